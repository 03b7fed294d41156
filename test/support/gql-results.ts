/**
 * Result types of the GraphQL documents the integration tests share (matching and submissions
 * helpers), as far as the tests read them: pass one to `t.gql<…>` so the results are typed.
 */

export interface Money {
  amountMinor: number;
  currency: string;
}

/** A Relay-style connection of `N`. */
export interface Connection<N> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: N }[];
}

// ---- matching-helpers documents ----

export interface ContractorProfile {
  countryCode: string;
  languages: string[];
  payoutsEnabled: boolean;
  professions: { professionCode: string; yearsExperience: number }[];
}
export interface ProfileData {
  updateContractorProfile: ContractorProfile;
}

export interface Consent {
  termsVersion: string;
  purposes: string[];
  givenAt: string;
  withdrawnAt: string | null;
}
export interface GiveConsentData {
  giveConsent: Consent;
}
export interface WithdrawConsentData {
  withdrawConsent: Consent;
}

export interface Claim {
  id: string;
  status: string;
  claimedAt: string;
  expiresAt: string;
  task: { id: string; slotsRemaining: number; status: string };
}
export interface ClaimData {
  claimTask: Claim;
}

export interface EligibilityData {
  taskEligibility: { eligible: boolean; reasons: string[]; codes: string[] };
}

export interface FeedTask {
  id: string;
  slotsRemaining: number;
  pricePerSample: { amountMinor: number };
  estimatedMinutes: number;
  createdAt: string;
}
export interface FeedData {
  eligibleTasks: Connection<FeedTask>;
}

export interface MatchData {
  matchContractors: {
    taskId: string;
    eligibleCount: number;
    failing: { rule: string; count: number }[];
    sample: { pseudonym: string; yearsExperience: number; countryCode: string; languages: string[] }[];
  };
}

export interface QualificationType {
  id: string;
  name: string;
  description: string;
  validityDays: number | null;
}
export interface CreateQualificationTypeData {
  createQualificationType: QualificationType;
}

export interface Qualification {
  id: string;
  status: string;
  held: boolean;
  note: string | null;
  decidedAt: string | null;
  expiresAt: string | null;
  type: { id: string; name: string };
}
export interface RequestQualificationData {
  requestQualification: Qualification;
}
export interface DecideQualificationData {
  decideQualification: Qualification;
}

// ---- submissions-helpers documents ----

/** A submission (SUBMISSION_FIELDS), as far as tests read it. */
export interface Submission {
  id: string;
  status: string;
  rejectionReason: string | null;
  acceptedBySystem: boolean;
  [k: string]: unknown;
}
export interface SubmissionData {
  submission: Submission;
}
export interface ReviewData {
  reviewSubmission: Submission;
}

export interface EarningsData {
  myEarnings: { pending: Money[]; payable: Money[]; paid: Money[] };
}

export interface StatementLine {
  kind: string;
  submissionId: string | null;
  taskId: string | null;
  rateTableVersion: string | null;
  amount: Money;
  [k: string]: unknown;
}
export interface StatementData {
  myEarningsStatement: Connection<StatementLine>;
}

export interface PayBonusData {
  payBonus: {
    id: string;
    amount: { amountMinor: number };
    fee: { amountMinor: number };
    ledgerEntryId: string;
  };
}

export interface AssignData {
  assignReviewer: boolean;
}

export interface Dispute {
  id: string;
  submissionId: string;
  open: boolean;
  upheld: boolean | null;
  message: string;
  note: string | null;
  resolvedBySystem: boolean;
}
export interface DisputeData {
  disputeRejection: Dispute;
}
export interface ResolveData {
  resolveDispute: Dispute;
}
export interface DisputesData {
  disputes: {
    totalCount: number;
    edges: { node: Pick<Dispute, 'id' | 'submissionId' | 'open' | 'upheld' | 'note'> }[];
  };
}
