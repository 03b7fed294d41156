/** SQL expressions (column references or parameters) describing what a consent is used for. */
export interface ConsentUse {
  /** The contractor. */
  userId: string;
  termsVersion: string;
  organizationId: string;
  /** A text[] of purposes. */
  purposes: string;
  /** Only withdrawals made at or after this moment count (a later consent or sample is not covered by an older one). */
  since: string;
}

/**
 * THE predicate of a withdrawal covering a use of consent (SQL): one of the contractor's
 * withdrawals, made since `since`, of every consent or of this terms version, organisation or one
 * of these purposes. Eligibility, submission and the sample listings and export all ask it.
 */
export function withdrawalCovers(use: ConsentUse): string {
  return `EXISTS (SELECT 1 FROM consent_withdrawals w
    WHERE w.user_id = ${use.userId} AND w.withdrawn_at >= ${use.since}
      AND (w.terms_version IS NULL OR w.terms_version = ${use.termsVersion})
      AND (w.organization_id IS NULL OR w.organization_id = ${use.organizationId})
      AND (w.purpose IS NULL OR w.purpose = ANY (${use.purposes})))`;
}
