/**
 * The authorization table: for every query and mutation in schema.gql, the principals that may
 * call it. A new operation needs one line here, or the matrix test fails.
 */
import { PASSWORD, uniqueEmail } from '../../setup/test-app';
import { taskInput } from '../tasks/tasks-helpers';

export const PRINCIPALS = [
  'anonymous',
  'owner', // a requester of the organisation that owns the fixture task
  'foreignRequester', // a requester of another organisation
  'contractor',
  'orgReviewer', // a reviewer inside the owning organisation
  'platformReviewer', // a reviewer with no organisation
  'finance',
  'admin',
] as const;
export type PrincipalName = (typeof PRINCIPALS)[number];

export const EVERYONE: readonly PrincipalName[] = PRINCIPALS;
export const SIGNED_IN: readonly PrincipalName[] = PRINCIPALS.filter((p) => p !== 'anonymous');
/** Who manages the owning organisation's tasks. */
export const OWNING_ORG: readonly PrincipalName[] = ['owner', 'admin'];
/**
 * Who reads the owning organisation's tasks: the organisation, its reviewers and platform staff.
 * A platform reviewer (no organisation) sees only the tasks assigned to it, so not the fixture.
 */
export const ORG_READERS: readonly PrincipalName[] = ['owner', 'orgReviewer', 'finance', 'admin'];
/** Any requester, in its own organisation. */
export const REQUESTERS: readonly PrincipalName[] = ['owner', 'foreignRequester'];
export const STAFF_FINANCE: readonly PrincipalName[] = ['finance', 'admin'];
export const ADMIN_ONLY: readonly PrincipalName[] = ['admin'];

/** Which fixture task an org-scoped operation's task id points at. */
export type TaskFixture =
  /** One funded, published task, shared: for reads. */
  | 'open'
  /** A fresh draft per principal: for mutations that change the task. */
  | 'freshDraft';

/** What an argument override may use. */
export interface ArgContext {
  /** A signed-up user's credentials (login must reach the password check to be "allowed"). */
  email: string;
  password: string;
}

export interface MatrixRow {
  /** `Query.<field>` or `Mutation.<field>`. */
  op: string;
  allow: readonly PrincipalName[];
  /**
   * For operations taking a task id (an `ID` argument named `id` or `taskId`): the task it points
   * at. Default: the shared open task for queries, a fresh draft per principal for mutations.
   */
  task?: TaskFixture;
  /**
   * Arguments merged over the generated placeholders, when placeholders cannot reach the
   * authorisation decision (credentials) or must be unique per call.
   */
  args?: (ctx: ArgContext) => Record<string, unknown>;
  /**
   * `fresh`: new users of every kind for this operation alone, for operations that change the
   * caller (signing out everywhere, changing a password) and would break the shared sessions.
   */
  principals?: 'shared' | 'fresh';
}

const newUserInput = (role: string) => ({
  input: { email: uniqueEmail('matrix'), password: PASSWORD, displayName: 'Matrix user', role },
});

export const MATRIX: MatrixRow[] = [
  { op: 'Query.me', allow: SIGNED_IN },
  { op: 'Query.professions', allow: SIGNED_IN },
  { op: 'Query.rateQuote', allow: SIGNED_IN },
  { op: 'Query.rateTable', allow: SIGNED_IN },
  { op: 'Query.rateTables', allow: SIGNED_IN },
  { op: 'Query.scanText', allow: SIGNED_IN },
  { op: 'Query.task', allow: [...ORG_READERS, 'contractor'], task: 'open' },
  { op: 'Query.tasks', allow: SIGNED_IN },
  { op: 'Query.trialBalance', allow: STAFF_FINANCE },
  { op: 'Query.auditLog', allow: ADMIN_ONLY },
  { op: 'Query.verifyAuditLog', allow: ADMIN_ONLY },
  { op: 'Query.payouts', allow: ['contractor', ...STAFF_FINANCE] },
  { op: 'Query.myPayoutAccount', allow: ['contractor'] },
  { op: 'Query.reconciliation', allow: STAFF_FINANCE },

  { op: 'Mutation.login', allow: EVERYONE, args: (c) => ({ email: c.email, password: c.password }) },
  { op: 'Mutation.register', allow: EVERYONE, args: () => newUserInput('CONTRACTOR') },
  { op: 'Mutation.createUser', allow: ADMIN_ONLY, args: () => newUserInput('FINANCE') },
  { op: 'Mutation.createTask', allow: REQUESTERS, args: () => ({ input: taskInput() }) },
  { op: 'Mutation.fundTask', allow: OWNING_ORG, args: () => ({ paymentMethod: 'pm_card_visa' }) },
  { op: 'Mutation.publishTask', allow: OWNING_ORG },
  { op: 'Mutation.pauseTask', allow: OWNING_ORG },
  { op: 'Mutation.resumeTask', allow: OWNING_ORG },
  { op: 'Mutation.closeTask', allow: OWNING_ORG },
  { op: 'Mutation.cancelTask', allow: OWNING_ORG },
  { op: 'Mutation.publishRateTable', allow: ADMIN_ONLY },
  { op: 'Mutation.startPayoutOnboarding', allow: ['contractor'] },
  { op: 'Mutation.runPayouts', allow: STAFF_FINANCE },
  { op: 'Mutation.closePeriod', allow: STAFF_FINANCE },
  { op: 'Mutation.signOutEverywhere', allow: SIGNED_IN, principals: 'fresh' },
];
