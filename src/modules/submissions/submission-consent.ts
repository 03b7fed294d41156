import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { rawRead } from '../../core/database/raw-query';
import { withdrawalCovers } from '../consent/consent.module';

/** What one withdrawal takes back: every consent, or only one terms version, organisation or purpose. */
export interface WithdrawalScope {
  termsVersion?: string | null;
  organizationId?: string | null;
  purpose?: string | null;
}

/**
 * THE predicate of a sample still shared under consent (SQL on alias `s`): no withdrawal of its
 * contributor made after it was submitted covers it, and its content was not erased. Requester
 * and reviewer listings and the export both use it, so a withdrawal removes a sample from both
 * in the same commit.
 */
export const STILL_CONSENTED = `(s.content_erased_at IS NULL AND NOT ${withdrawalCovers({
  userId: 's.contractor_id',
  termsVersion: 's.consent_terms_version',
  organizationId: 's.organization_id',
  purposes: 's.consent_purposes',
  since: 's.submitted_at',
})})`;

export interface AffectedSample {
  id: string;
  taskId: string;
  organizationId: string;
  retentionDays: number;
  submittedAt: Date;
}

export interface ConsentReceiptRow {
  submissionId: string;
  taskId: string;
  organizationId: string;
  termsVersion: string;
  purposes: string[];
  retentionDays: number;
  consentGivenAt: Date;
  submittedAt: Date;
  stillConsented: boolean;
}

/**
 * One exported sample: its line built by PostgreSQL (`json`: the JSON object without its closing
 * brace, for the caller to add the contributor's pseudonym, which needs a key PostgreSQL never
 * sees), and the keyset cursor. A few strings per row instead of a parsed row of dates and arrays
 * re-serialised: less garbage per sample is what keeps a large export's heap flat.
 */
export interface ExportRow {
  id: string;
  contractorId: string;
  organizationId: string;
  json: string;
  /** submitted_at at full (microsecond) precision, for the keyset: a Date keeps milliseconds only. */
  cursorAt: string;
}

/** Counts for a task's data card; amounts are strings of minor units (bigint). */
export interface TaskSampleStats {
  accepted: number;
  stillConsented: number;
  withdrawn: number;
  erased: number;
  contributors: number;
  piiTypes: { type: string; samples: number }[];
  countries: { countryCode: string; samples: number }[];
  medianMinutes: number | null;
  paidMinor: string;
  scannerVersions: string[];
}

/**
 * The submissions table as consent sees it: receipts, the samples a withdrawal reaches, content
 * erasure that keeps the row (and so every ledger, payout and audit reference), and the keyset
 * batches of a task's export.
 */
@Injectable()
export class SubmissionConsent {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The contributor's samples that a withdrawal made now reaches (any status), in its transaction. */
  affected(tx: EntityManager, contractorId: string, scope: WithdrawalScope): Promise<AffectedSample[]> {
    return tx.query<AffectedSample[]>(
      `SELECT s.id, s.task_id AS "taskId", s.organization_id AS "organizationId",
              s.consent_retention_days AS "retentionDays", s.submitted_at AS "submittedAt"
       FROM submissions s
       WHERE s.contractor_id = $1 AND s.content_erased_at IS NULL
         AND ($2::text IS NULL OR s.consent_terms_version = $2)
         AND ($3::uuid IS NULL OR s.organization_id = $3)
         AND ($4::text IS NULL OR $4 = ANY (s.consent_purposes))
       ORDER BY s.submitted_at, s.id`,
      [contractorId, scope.termsVersion ?? null, scope.organizationId ?? null, scope.purpose ?? null],
    );
  }

  /**
   * Erases original and redacted text and the findings' offsets; the row, its money and its
   * provenance stay. Returns the ids erased now (already erased ones are skipped).
   */
  async eraseContent(tx: EntityManager, ids: string[]): Promise<string[]> {
    if (!ids.length) return [];
    const rows = await tx.query<{ id: string }[]>(
      `WITH erased AS (UPDATE submissions SET content = '', redacted_content = '', pii_findings = '[]'::jsonb,
              content_erased_at = now()
         WHERE id = ANY ($1::uuid[]) AND content_erased_at IS NULL RETURNING id)
       SELECT id FROM erased`,
      [ids],
    );
    return rows.map((r) => r.id);
  }

  /** Every submission of a contractor (erasure of the person: all of its content goes). */
  async idsOfContractor(tx: EntityManager, contractorId: string): Promise<string[]> {
    const rows = await tx.query<{ id: string }[]>(`SELECT id FROM submissions WHERE contractor_id = $1`, [
      contractorId,
    ]);
    return rows.map((r) => r.id);
  }

  /** The consent each of the contractor's samples was made under, newest first, one page. */
  receipts(
    contractorId: string,
    limit: number,
    after?: { sortKey: string; id: string },
  ): Promise<ConsentReceiptRow[]> {
    return this.db.query<ConsentReceiptRow[]>(
      `SELECT s.id AS "submissionId", s.task_id AS "taskId", s.organization_id AS "organizationId",
              s.consent_terms_version AS "termsVersion", s.consent_purposes AS purposes,
              s.consent_retention_days AS "retentionDays", s.consent_given_at AS "consentGivenAt",
              s.submitted_at AS "submittedAt", ${STILL_CONSENTED} AS "stillConsented"
       FROM submissions s
       WHERE s.contractor_id = $1
         ${after ? `AND (s.submitted_at, s.id) < ($2::timestamptz, $3::uuid)` : ''}
       ORDER BY s.submitted_at DESC, s.id DESC LIMIT $${after ? 4 : 2}`,
      after ? [contractorId, after.sortKey, after.id, limit] : [contractorId, limit],
    );
  }

  countReceipts(contractorId: string): Promise<number> {
    return this.db
      .query<{ n: number }[]>(`SELECT count(*)::int AS n FROM submissions WHERE contractor_id = $1`, [
        contractorId,
      ])
      .then(([r]) => r.n);
  }

  /**
   * One keyset batch of a task's accepted, still-consented samples (oldest first). Each batch is
   * its own short query, so an export of any size holds one batch in memory.
   */
  exportBatch(taskId: string, limit: number, after?: { cursorAt: string; id: string }): Promise<ExportRow[]> {
    // The cursor condition is written only when there is a cursor: `$2 IS NULL OR (…) > (…)` would
    // keep PostgreSQL from starting the index scan at the cursor, re-reading every earlier row.
    const keyset = after ? `AND (s.submitted_at, s.id) > ($2::timestamptz, $3::uuid)` : '';
    const params = after ? [taskId, after.cursorAt, after.id, limit] : [taskId, limit];
    return rawRead<ExportRow>(
      this.db,
      `SELECT s.id, s.contractor_id AS "contractorId", s.organization_id AS "organizationId",
              s.submitted_at::text AS "cursorAt",
              '{"id":' || to_json(s.id) || ',"taskId":' || to_json(s.task_id)
                || ',"text":' || to_json(s.redacted_content) || ',"artifactKind":' || to_json(t.artifact_kind)
                || ',"socCode":' || to_json(t.profession_code)
                || ',"consent":' || json_build_object('termsVersion', s.consent_terms_version,
                     'purposes', s.consent_purposes, 'retentionDays', s.consent_retention_days)
                || ',"attestedAt":'
                || to_json(to_char(s.submitted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
                || ',"scan":' || json_build_object('scannerVersion', s.scanner_version, 'piiTypesFound', s.pii_types)
                || ',"pricePaid":' || json_build_object('amountMinor', s.price_minor, 'currency', s.currency)
                AS json
       FROM submissions s JOIN tasks t ON t.id = s.task_id
       WHERE s.task_id = $1 AND s.status = 'ACCEPTED' AND ${STILL_CONSENTED} ${keyset}
       ORDER BY s.submitted_at, s.id LIMIT $${params.length}`,
      params,
    );
  }

  /** Aggregates of a task's samples for its data card (a fixed number of queries). */
  async stats(taskId: string): Promise<TaskSampleStats> {
    const [totals] = await this.db.query<Omit<TaskSampleStats, 'piiTypes' | 'countries'>[]>(
      `SELECT count(*) FILTER (WHERE s.status = 'ACCEPTED')::int AS accepted,
              count(*) FILTER (WHERE s.status = 'ACCEPTED' AND ${STILL_CONSENTED})::int AS "stillConsented",
              count(*) FILTER (WHERE s.content_erased_at IS NULL AND NOT ${STILL_CONSENTED})::int AS withdrawn,
              count(*) FILTER (WHERE s.content_erased_at IS NOT NULL)::int AS erased,
              count(DISTINCT s.contractor_id) FILTER (WHERE s.status = 'ACCEPTED' AND ${STILL_CONSENTED})::int
                AS contributors,
              percentile_disc(0.5) WITHIN GROUP (ORDER BY s.minutes_to_first_submission)
                FILTER (WHERE s.status = 'ACCEPTED') AS "medianMinutes",
              coalesce(sum(s.price_minor) FILTER (WHERE s.status = 'ACCEPTED'), 0)::text AS "paidMinor",
              coalesce(array_agg(DISTINCT s.scanner_version), '{}') AS "scannerVersions"
       FROM submissions s WHERE s.task_id = $1`,
      [taskId],
    );
    const piiTypes = await this.db.query<{ type: string; samples: number }[]>(
      `SELECT t AS type, count(*)::int AS samples
       FROM submissions s, unnest(s.pii_types) t
       WHERE s.task_id = $1 AND s.status = 'ACCEPTED' AND ${STILL_CONSENTED}
       GROUP BY t ORDER BY samples DESC, t`,
      [taskId],
    );
    const countries = await this.db.query<{ countryCode: string; samples: number }[]>(
      `SELECT coalesce(p.country_code, 'unknown') AS "countryCode", count(*)::int AS samples
       FROM submissions s LEFT JOIN contractor_profiles p ON p.user_id = s.contractor_id
       WHERE s.task_id = $1 AND s.status = 'ACCEPTED' AND ${STILL_CONSENTED}
       GROUP BY 1 ORDER BY samples DESC, 1`,
      [taskId],
    );
    return { ...totals, piiTypes, countries };
  }
}
