import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import {
  buildSchema,
  getNamedType,
  GraphQLField,
  GraphQLInputType,
  GraphQLObjectType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { createTestApp, GqlResult, PASSWORD, registerUser, TestApp, uniqueEmail } from '../../setup/test-app';
import { ADMIN, ADMIN_ENV, createTask, fundedOpenTask, login, staffToken } from '../tasks/tasks-helpers';
import { ArgContext, MATRIX, MatrixRow, PrincipalName, PRINCIPALS, TaskFixture } from './authz-matrix';

/**
 * Every query and mutation of schema.gql, called by every kind of principal, against the table in
 * authz-matrix.ts. Arguments are placeholders of the right type built from the schema (only the
 * required ones); an `ID` argument named `id` or `taskId` gets a real task of the owning
 * organisation, which makes the operation org-scoped: there NOT_FOUND means "denied" too (another
 * organisation must not even learn that the task exists). Anything else (a business error such
 * as an invalid transition or a bad placeholder value) means the caller got past authorisation;
 * INTERNAL_SERVER_ERROR fails the row too. One test per operation reports its unexpected allows
 * and unexpected denies together.
 */
const schema = buildSchema(readFileSync(join(__dirname, '..', '..', '..', 'schema.gql'), 'utf8'));
const TASK_ARGS = new Set(['id', 'taskId']);
const DENIED = new Set(['UNAUTHENTICATED', 'FORBIDDEN']);
/** Codes that mean the generated document or arguments are wrong: a bug in this test. */
const MALFORMED = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST']);

interface Operation {
  op: string;
  kind: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
}

function operationsOf(type: GraphQLObjectType | null | undefined, kind: Operation['kind']): Operation[] {
  return Object.values(type?.getFields() ?? {}).map((field) => ({
    op: `${type!.name}.${field.name}`,
    kind,
    field,
  }));
}
const OPERATIONS = [
  ...operationsOf(schema.getQueryType(), 'query'),
  ...operationsOf(schema.getMutationType(), 'mutation'),
];

const requiredArgs = (op: Operation) =>
  op.field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
const isOrgScoped = (op: Operation, row?: MatrixRow) =>
  !row?.notTaskScoped &&
  requiredArgs(op).some((a) => TASK_ARGS.has(a.name) && getNamedType(a.type).name === 'ID');

/** A value of the given input type: required input fields only, lists of one. */
function placeholder(type: GraphQLInputType, name: string, taskId: string): unknown {
  if (isNonNullType(type)) return placeholder(type.ofType, name, taskId);
  if (isListType(type)) return [placeholder(type.ofType, name, taskId)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields()))
      if (isNonNullType(f.type) && f.defaultValue === undefined)
        out[f.name] = placeholder(f.type, f.name, taskId);
    return out;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return TASK_ARGS.has(name) ? taskId : randomUUID();
      case 'Int':
      case 'SafeInt':
      case 'Float':
        return 1;
      case 'Boolean':
        return true;
      case 'DateTime':
        return new Date().toISOString();
      case 'String':
        if (name === 'currency') return 'USD';
        if (name === 'email') return uniqueEmail('matrix');
        if (name === 'password') return PASSWORD;
        return 'matrix placeholder';
    }
  }
  throw new Error(`no placeholder for ${String(type)} (${name}): extend placeholder()`);
}

function documentOf(op: Operation): string {
  const args = requiredArgs(op);
  const vars = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const call = args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
  const selection = isLeafType(getNamedType(op.field.type)) ? '' : ' { __typename }';
  return `${op.kind} Matrix${vars ? `(${vars})` : ''} { ${op.field.name}${call}${selection} }`;
}

describe('authorization matrix (schema.gql × principals)', () => {
  const rows = new Map<string, MatrixRow>(MATRIX.map((r) => [r.op, r]));

  it('has exactly one row per schema operation, and no row for an operation the schema lacks', () => {
    const ops = OPERATIONS.map((o) => o.op);
    const duplicated = MATRIX.map((r) => r.op).filter((op, i, all) => all.indexOf(op) !== i);
    expect({
      missingRows: ops.filter((op) => !rows.has(op)),
      rowsWithoutOperation: MATRIX.map((r) => r.op).filter((op) => !ops.includes(op)),
      duplicated,
    }).toEqual({ missingRows: [], rowsWithoutOperation: [], duplicated: [] });
  });

  describe('each operation', () => {
    let t: TestApp;
    let admin: string;
    let orgId: string;
    let shared: SignedIn;
    let openTaskId: string;

    interface SignedIn {
      tokens: Record<PrincipalName, string | undefined>;
      ctx: ArgContext;
    }

    /** A new user of every kind, signed in; `owner` and `orgReviewer` join the owning organisation. */
    async function signInAll(): Promise<SignedIn> {
      const inOrg = async (role: 'REQUESTER' | 'REVIEWER') => {
        const email = uniqueEmail(`org-${role.toLowerCase()}`);
        const r = await t.gql(
          `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
          { input: { email, password: PASSWORD, displayName: `Org ${role}`, role, organizationId: orgId } },
          admin,
        );
        if (r.errors) throw new Error(`createUser ${role}: ${JSON.stringify(r.errors)}`);
        return { email, token: await login(t, email, PASSWORD) };
      };
      const owner = await inOrg('REQUESTER');
      return {
        tokens: {
          anonymous: undefined,
          owner: owner.token,
          foreignRequester: (await registerUser(t, 'REQUESTER')).token,
          contractor: (await registerUser(t, 'CONTRACTOR')).token,
          orgReviewer: (await inOrg('REVIEWER')).token,
          platformReviewer: await staffToken(t, admin, 'REVIEWER'),
          finance: await staffToken(t, admin, 'FINANCE'),
          admin: await staffToken(t, admin, 'ADMIN'),
        },
        ctx: { email: owner.email, password: PASSWORD },
      };
    }

    beforeAll(async () => {
      t = await createTestApp(ADMIN_ENV);
      admin = await login(t, ADMIN.email, ADMIN.password);
      const founder = await registerUser(t, 'REQUESTER');
      [{ organization_id: orgId }] = await t.sql(`SELECT organization_id FROM users WHERE id = $1`, [
        founder.id,
      ]);
      shared = await signInAll();
      openTaskId = (await fundedOpenTask(t, founder.token)).id;
    });
    afterAll(() => t.close());

    async function taskFor(fixture: TaskFixture, owner: string): Promise<string> {
      return fixture === 'open' ? openTaskId : (await createTask(t, owner)).id;
    }

    function verdict(op: Operation, row: MatrixRow, r: GqlResult): { allowed: boolean; codes: string[] } {
      const codes = (r.errors ?? []).map((e) => e.extensions?.code ?? 'NO_CODE');
      const malformed = codes.filter((c) => MALFORMED.has(c));
      if (malformed.length)
        throw new Error(`${op.op}: the generated call is malformed: ${JSON.stringify(r.errors)}`);
      const denied = (r.errors ?? []).some((e) => {
        const code = e.extensions?.code ?? 'NO_CODE';
        if (row.businessRefusals?.includes(e.extensions?.reason ?? '')) return false;
        return DENIED.has(code) || (code === 'NOT_FOUND' && isOrgScoped(op, row));
      });
      return { allowed: !denied, codes };
    }

    it.each(OPERATIONS.map((o) => [o.op, o] as const))('%s', async (_name, op) => {
      const row = rows.get(op.op);
      if (!row) throw new Error(`${op.op} has no row in authz-matrix.ts`);
      const fixture = row.task ?? (op.kind === 'query' ? 'open' : 'freshDraft');
      const doc = documentOf(op);
      const { tokens, ctx } = row.principals === 'fresh' ? await signInAll() : shared;
      const unexpectedAllows: string[] = [];
      const unexpectedDenies: string[] = [];
      /** A placeholder must be refused cleanly, never crash the server. */
      const internalErrors: string[] = [];
      // One principal at a time; a mutation gets a fresh task each, so no call sees another's effect.
      for (const who of PRINCIPALS) {
        const taskId = isOrgScoped(op, row) ? await taskFor(fixture, tokens.owner!) : randomUUID();
        const vars: Record<string, unknown> = {};
        for (const a of requiredArgs(op)) vars[a.name] = placeholder(a.type, a.name, taskId);
        Object.assign(vars, row.args?.(ctx));
        const { allowed, codes } = verdict(op, row, await t.gql(doc, vars, tokens[who]));
        const expected = row.allow.includes(who);
        if (allowed && !expected)
          unexpectedAllows.push(`${who}${codes.length ? ` (${codes.join(',')})` : ''}`);
        if (!allowed && expected) unexpectedDenies.push(`${who} (${codes.join(',')})`);
        if (codes.includes('INTERNAL_SERVER_ERROR')) internalErrors.push(who);
      }
      expect({ op: op.op, unexpectedAllows, unexpectedDenies, internalErrors }).toEqual({
        op: op.op,
        unexpectedAllows: [],
        unexpectedDenies: [],
        internalErrors: [],
      });
    });
  });
});
