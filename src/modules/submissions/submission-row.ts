import type { PiiFinding, PiiType } from '../privacy/privacy.module';

export type SubmissionStatusValue = 'SUBMITTED' | 'ACCEPTED' | 'REJECTED' | 'REVISION_REQUESTED';

/** One stored version of a sample, as the submissions service reads it. */
export interface SubmissionRow {
  id: string;
  claimId: string;
  taskId: string;
  organizationId: string;
  contractorId: string;
  version: number;
  status: SubmissionStatusValue;
  content: string;
  redactedContent: string;
  piiFindings: PiiFinding[];
  piiTypes: PiiType[];
  scannerVersion: string;
  consentTermsVersion: string;
  consentPurposes: string[];
  consentRetentionDays: number;
  consentGivenAt: Date;
  priceMinor: bigint;
  feeMinor: bigint;
  currency: string;
  rateTableId: string;
  rateTableVersion: string;
  minutesToFirstSubmission: number | null;
  submittedAt: Date;
  reviewDueAt: Date;
  reviewedAt: Date | null;
  reviewedBy: string | null;
  acceptedBySystem: boolean;
  rejectionReason: string | null;
  feedback: string | null;
  acceptanceEntryId: string | null;
}

/** Columns aliased to SubmissionRow; bigints come back as text and are converted by `fromDb`. */
export const SUBMISSION_COLUMNS = `s.id, s.claim_id AS "claimId", s.task_id AS "taskId",
  s.organization_id AS "organizationId", s.contractor_id AS "contractorId", s.version, s.status,
  s.content, s.redacted_content AS "redactedContent", s.pii_findings AS "piiFindings",
  s.pii_types AS "piiTypes", s.scanner_version AS "scannerVersion",
  s.consent_terms_version AS "consentTermsVersion", s.consent_purposes AS "consentPurposes",
  s.consent_retention_days AS "consentRetentionDays", s.consent_given_at AS "consentGivenAt",
  s.price_minor::text AS "priceMinor", s.fee_minor::text AS "feeMinor", s.currency,
  s.rate_table_id AS "rateTableId", s.rate_table_version AS "rateTableVersion",
  s.minutes_to_first_submission AS "minutesToFirstSubmission", s.submitted_at AS "submittedAt",
  s.review_due_at AS "reviewDueAt", s.reviewed_at AS "reviewedAt", s.reviewed_by AS "reviewedBy",
  s.accepted_by_system AS "acceptedBySystem", s.rejection_reason AS "rejectionReason", s.feedback,
  s.acceptance_entry_id AS "acceptanceEntryId"`;

type RawRow = Omit<SubmissionRow, 'priceMinor' | 'feeMinor'> & { priceMinor: string; feeMinor: string };

export function fromDb(r: RawRow): SubmissionRow {
  return { ...r, priceMinor: BigInt(r.priceMinor), feeMinor: BigInt(r.feeMinor) };
}
export type { RawRow };
