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
  /**
   * The operation's `id` argument names something other than a task (a job, a dispute…): a
   * placeholder id then answers NOT_FOUND to those allowed, which counts as allowed.
   */
  notTaskScoped?: boolean;
  /**
   * Refusal reasons that are a business decision about the caller's data, not about its role: a
   * contractor without a profile is NOT_ELIGIBLE (FORBIDDEN) to claim, yet may call claimTask.
   */
  businessRefusals?: string[];
}

const CONTRACTOR: readonly PrincipalName[] = ['contractor'];
/** Who verifies qualifications: reviewers (of an organisation or the platform) and admins. */
const VERIFIERS: readonly PrincipalName[] = ['orgReviewer', 'platformReviewer', 'admin'];

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
  { op: 'Query.myConsentReceipts', allow: ['contractor'] },
  { op: 'Query.withdrawalNotices', allow: REQUESTERS },
  {
    op: 'Mutation.setWithdrawalWebhook',
    allow: REQUESTERS,
    args: () => ({ url: 'https://hooks.example.com/fairsample' }),
  },
  { op: 'Mutation.removeWithdrawalWebhook', allow: REQUESTERS },
  { op: 'Query.submission', allow: SIGNED_IN },
  { op: 'Query.submissions', allow: SIGNED_IN },
  { op: 'Query.myEarnings', allow: ['contractor'] },
  { op: 'Query.myEarningsStatement', allow: ['contractor'] },
  { op: 'Query.disputes', allow: ['contractor', 'admin'] },
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
  { op: 'Mutation.submitSample', allow: ['contractor'] },
  { op: 'Mutation.reviewSubmission', allow: [...REQUESTERS, 'orgReviewer', 'platformReviewer'] },
  { op: 'Mutation.assignReviewer', allow: OWNING_ORG },
  { op: 'Mutation.payBonus', allow: REQUESTERS },
  { op: 'Mutation.disputeRejection', allow: ['contractor'] },
  { op: 'Mutation.resolveDispute', allow: ADMIN_ONLY },
  { op: 'Mutation.startPayoutOnboarding', allow: ['contractor'] },
  { op: 'Mutation.runPayouts', allow: STAFF_FINANCE },
  { op: 'Mutation.closePeriod', allow: STAFF_FINANCE },
  { op: 'Mutation.signOutEverywhere', allow: SIGNED_IN, principals: 'fresh' },
  { op: 'Mutation.eraseContractor', allow: ADMIN_ONLY, args: () => ({ requestReference: 'DSR-matrix-1' }) },
  // A wrong password reaches the decision (WRONG_PASSWORD) without filing a request.
  { op: 'Mutation.requestErasure', allow: CONTRACTOR, args: () => ({ password: 'not-the-password' }) },
  { op: 'Query.openErasureRequests', allow: ADMIN_ONLY },
  { op: 'Query.failedJobs', allow: ADMIN_ONLY },
  { op: 'Mutation.retryJob', allow: ADMIN_ONLY, notTaskScoped: true },

  { op: 'Query.myContractorProfile', allow: CONTRACTOR },
  { op: 'Mutation.updateContractorProfile', allow: CONTRACTOR },
  { op: 'Query.qualificationTypes', allow: SIGNED_IN },
  { op: 'Mutation.createQualificationType', allow: ADMIN_ONLY },
  { op: 'Mutation.requestQualification', allow: CONTRACTOR },
  { op: 'Query.myQualifications', allow: CONTRACTOR },
  { op: 'Query.pendingQualifications', allow: VERIFIERS },
  { op: 'Mutation.decideQualification', allow: VERIFIERS },
  { op: 'Query.consentTerms', allow: SIGNED_IN },
  { op: 'Mutation.publishConsentTerms', allow: ADMIN_ONLY },
  { op: 'Mutation.giveConsent', allow: CONTRACTOR },
  { op: 'Mutation.withdrawConsent', allow: CONTRACTOR },
  { op: 'Query.myConsents', allow: CONTRACTOR },
  { op: 'Query.eligibleTasks', allow: CONTRACTOR },
  { op: 'Query.taskEligibility', allow: CONTRACTOR, task: 'open' },
  { op: 'Query.matchContractors', allow: OWNING_ORG, task: 'open' },
  { op: 'Mutation.claimTask', allow: CONTRACTOR, task: 'open', businessRefusals: ['NOT_ELIGIBLE'] },
  { op: 'Mutation.releaseClaim', allow: CONTRACTOR },
  { op: 'Query.claim', allow: CONTRACTOR },
  { op: 'Query.myClaims', allow: CONTRACTOR },
];
