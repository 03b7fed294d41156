import { GraphQLSchemaHost } from '@nestjs/graphql';
import { getNamedType, GraphQLObjectType, GraphQLSchema, isObjectType } from 'graphql';
import { createTestApp, TestApp } from '../../setup/test-app';
import { fundedOpenTask, requester } from '../tasks/tasks-helpers';
import { eligibleContractors, MATCH, ok } from './matching-helpers';
import type { MatchData } from '../../support/gql-results';

/**
 * Operations a requester calls about work and the people doing it. `me`/`register`/`login`
 * return the requester's own User (its own email is fine); they are not about contractors.
 */
const REQUESTER_ROOTS: Record<'Query' | 'Mutation', string[]> = {
  Query: ['task', 'tasks', 'matchContractors', 'submissions', 'rateQuote', 'rateTables', 'consentTerms'],
  Mutation: ['createTask', 'fundTask', 'publishTask', 'pauseTask', 'resumeTask', 'closeTask', 'cancelTask'],
};
const IDENTIFYING = /^(email|displayName|name|firstName|lastName|userId|contractorId|createdBy|user)$/i;

/** Every object type reachable from the requester's operations, with the path that reaches it. */
function reachable(schema: GraphQLSchema): Map<string, string> {
  const seen = new Map<string, string>();
  const visit = (type: GraphQLObjectType, path: string) => {
    if (seen.has(type.name)) return;
    seen.set(type.name, path);
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      if (isObjectType(named)) visit(named, `${path}.${field.name}`);
    }
  };
  for (const [root, fields] of Object.entries(REQUESTER_ROOTS)) {
    const rootType = root === 'Query' ? schema.getQueryType()! : schema.getMutationType()!;
    for (const name of fields) {
      const field = rootType.getFields()[name];
      if (!field) continue; // not built yet (submissions): checked once it exists
      const named = getNamedType(field.type);
      if (isObjectType(named)) visit(named, `${root}.${name}`);
    }
  }
  return seen;
}

describe("requesters never see a contractor's email, name or user id", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('no type reachable from the requester operations has an identifying field', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const types = reachable(schema);
    expect(types.has('ContractorMatches')).toBe(true);
    expect(types.has('MatchedContractor')).toBe(true);
    const leaks = [...types.entries()].flatMap(([name, path]) =>
      Object.keys((schema.getType(name) as GraphQLObjectType).getFields())
        .filter((f) => IDENTIFYING.test(f))
        .map((f) => `${path} → ${name}.${f}`),
    );
    expect(leaks).toEqual([]);
  });

  it("matchContractors' sample carries pseudonyms only: no id, email or name appears in the response", async () => {
    const req = await requester(t);
    const other = await requester(t);
    const task = await fundedOpenTask(t, req, { slots: 3 });
    const otherTask = await fundedOpenTask(t, other, { slots: 3 });
    const cs = await eligibleContractors(t, 3);
    const r = await t.gql<MatchData>(MATCH, { id: task.id, first: 10 }, req);
    const body = JSON.stringify(r);
    const users = await t.sql<{ id: string; email: string; display_name: string }>(
      `SELECT id, email, display_name FROM users WHERE id = ANY($1::uuid[])`,
      [cs.map((c) => c.id)],
    );
    for (const u of users) {
      expect(body).not.toContain(u.id);
      expect(body).not.toContain(u.email);
    }
    const mine = ok(r).matchContractors.sample.map((s) => s.pseudonym);
    expect(new Set(mine).size).toBe(3);
    // Stable within an organisation, different across organisations.
    const again = ok(await t.gql<MatchData>(MATCH, { id: task.id, first: 10 }, req)).matchContractors.sample;
    expect(again.map((s) => s.pseudonym).sort()).toEqual([...mine].sort());
    const theirs = ok(await t.gql<MatchData>(MATCH, { id: otherTask.id, first: 10 }, other)).matchContractors
      .sample;
    for (const p of theirs.map((s) => s.pseudonym)) expect(mine).not.toContain(p);
    // Another organisation's task is not found, not sized.
    expect((await t.gql(MATCH, { id: task.id }, other)).errors?.[0].extensions.code).toBe('NOT_FOUND');
  });
});
