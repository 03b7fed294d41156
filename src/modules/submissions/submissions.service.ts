import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService, type AuditActor } from '../../core/audit/audit.module';
import { Principal } from '../../core/auth/roles';
import { isPgError, PgCode } from '../../core/database/pg-errors';
import { DomainError } from '../../core/errors/domain-error';
import { JobsService } from '../../core/jobs/jobs.module';
import { Connection, isTimestampUuid, parsePage, toConnection } from '../../core/pagination/cursor';
import { ClaimsService } from '../claims/claims.module';
import { ConsentService } from '../consent/consent.module';
import { Accounts, LedgerService, LedgerMove } from '../ledger/ledger.module';
import { PrivacyService, SCANNER_VERSION, typesFound } from '../privacy/privacy.module';
import {
  releaseCheckAfter,
  REVISION_AFTER_END_DAYS,
  TaskEntity,
  TaskEscrowService,
} from '../tasks/tasks.module';
import { SubmitSampleInput } from './dto/submit-sample.input';
import { SubmissionModel, SubmissionStatus } from './dto/submission.model';
import { fromDb, RawRow, SUBMISSION_COLUMNS, SubmissionRow, SubmissionStatusValue } from './submission-row';
import {
  alreadyDecided,
  attestationRefused,
  budgetExhausted,
  contentTooLong,
  emptyContent,
  MAX_CONTENT_LENGTH,
  noCurrentConsent,
  notAwaitingRevision,
  revisionWindowClosed,
  wrongTermsVersion,
} from './submissions.errors';
import { SubmissionViews, Viewer } from './submission-views';

/** Accepts one submission once its review window has passed (enqueued at submit time). */
export const AUTO_ACCEPT_JOB = 'submission-auto-accept';
/** Accepts every submission past its review window, should a per-submission job be late or lost. */
export const AUTO_ACCEPT_SWEEP = 'submission-auto-accept-sweep';

export interface Acceptance {
  row: SubmissionRow;
  entryId: string;
}

/**
 * Samples: submitting (and resubmitting after a revision request) on a claim, the personal-data
 * scan stored beside the original, and the review transitions. Every transition is a conditional
 * UPDATE on the submission's status, so of two reviewers (or a reviewer and the auto-accept job)
 * exactly one decides; acceptance posts the payment in the same transaction under the ledger key
 * `accept:<submissionId>`, so a submission is paid at most once whatever path accepts it.
 */
@Injectable()
export class SubmissionsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly claims: ClaimsService,
    private readonly consent: ConsentService,
    private readonly privacy: PrivacyService,
    private readonly ledger: LedgerService,
    private readonly audit: AuditService,
    private readonly jobs: JobsService,
    private readonly views: SubmissionViews,
    private readonly taskEscrow: TaskEscrowService,
  ) {}

  onModuleInit(): void {
    this.jobs.work<{ submissionId: string }>(AUTO_ACCEPT_JOB, async ({ submissionId }) => {
      await this.autoAccept(submissionId);
    });
    this.jobs.work(AUTO_ACCEPT_SWEEP, async () => {
      await this.autoAcceptDue();
    });
    this.jobs.schedule(AUTO_ACCEPT_SWEEP, '* * * * *');
  }

  async submit(me: Principal, input: SubmitSampleInput): Promise<SubmissionModel> {
    const content = input.content;
    if (content.trim().length === 0) throw emptyContent();
    if (content.length > MAX_CONTENT_LENGTH) throw contentTooLong(content.length);
    if (!input.attestation.holdsRightToShare) throw attestationRefused('holdsRightToShare');
    if (!input.attestation.ownWork) throw attestationRefused('ownWork');
    const scan = this.privacy.scan(content);
    const row = await this.db.transaction(async (tx) => {
      const claim = await this.claims.findRowOrThrow(input.claimId, me.userId, tx);
      const task = await tx.getRepository(TaskEntity).findOneByOrFail({ id: claim.taskId });
      if (input.attestation.consentTermsVersion !== task.consentTermsVersion)
        throw wrongTermsVersion(input.attestation.consentTermsVersion, task.consentTermsVersion);
      const consent = await this.consent.inForceFor(tx, me.userId, {
        termsVersion: task.consentTermsVersion,
        organizationId: task.organizationId,
        purposes: task.purposes,
      });
      if (!consent) throw noCurrentConsent(task.consentTermsVersion);
      // revisionClosed: on an ended task, the revision request's deadline (database clock) passed.
      const [latest] = await tx.query<
        { version: number; status: SubmissionStatusValue; revisionClosed: boolean }[]
      >(
        `SELECT version, status, ($2::timestamptz IS NOT NULL
           AND greatest(reviewed_at, $2::timestamptz) <= now() - make_interval(days => $3)) AS "revisionClosed"
         FROM submissions WHERE claim_id = $1 ORDER BY version DESC LIMIT 1`,
        [claim.id, task.endedAt, REVISION_AFTER_END_DAYS],
      );
      let version = 1;
      if (!latest) {
        // The claim's own conditional UPDATE decides a race with its expiry.
        await this.claims.markSubmitted(claim.id, me.userId, tx);
      } else if (latest.status === 'REVISION_REQUESTED') {
        if (latest.revisionClosed) throw revisionWindowClosed(REVISION_AFTER_END_DAYS);
        version = latest.version + 1;
      } else throw notAwaitingRevision(latest.status);
      let inserted: RawRow[];
      try {
        inserted = await tx.query<RawRow[]>(
          `WITH s AS (
             INSERT INTO submissions (claim_id, task_id, organization_id, contractor_id, version, content,
               redacted_content, pii_findings, pii_types, scanner_version, holds_right_to_share, own_work,
               consent_terms_version, consent_purposes, consent_retention_days, consent_given_at,
               price_minor, fee_minor, currency, rate_table_id, rate_table_version,
               minutes_to_first_submission, review_due_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10, true, true, $11, $12, $13, $14,
               $15::bigint, $16::bigint, $17, $18, $19,
               CASE WHEN $5 = 1 THEN greatest(0, floor(extract(epoch FROM now() - $20::timestamptz) / 60))::int END,
               now() + make_interval(hours => $21))
             RETURNING *)
           SELECT ${SUBMISSION_COLUMNS} FROM s`,
          [
            claim.id,
            task.id,
            task.organizationId,
            me.userId,
            version,
            content,
            scan.redacted,
            JSON.stringify(scan.findings),
            typesFound(scan.findings),
            SCANNER_VERSION,
            task.consentTermsVersion,
            task.purposes,
            task.retentionDays,
            consent.givenAt,
            task.pricePerSample.toString(),
            task.platformFee.toString(),
            task.currency,
            task.rateTableId,
            task.rateTableVersion,
            claim.claimedAt,
            task.reviewWindowHours,
          ],
        );
      } catch (error) {
        // A parallel resubmission of the same version got there first.
        if (isPgError(error, PgCode.UNIQUE_VIOLATION, 'submissions_claim_version_key'))
          throw notAwaitingRevision('SUBMITTED');
        throw error;
      }
      const created = fromDb(inserted[0]);
      await this.jobs.enqueue(AUTO_ACCEPT_JOB, { submissionId: created.id }, tx, {
        startAfter: created.reviewDueAt,
        singletonKey: `auto-accept:${created.id}`,
      });
      if (version === 1)
        await this.audit.append(tx, {
          actor: me,
          action: 'claim.submitted',
          subject: { type: 'claim', id: claim.id },
          before: { status: 'ACTIVE' },
          after: { status: 'SUBMITTED' },
        });
      await this.audit.append(tx, {
        actor: me,
        action: 'submission.submitted',
        subject: { type: 'submission', id: created.id },
        after: {
          status: created.status,
          version: created.version,
          claimId: claim.id,
          taskId: task.id,
          consentTermsVersion: created.consentTermsVersion,
          consentPurposes: created.consentPurposes,
          consentRetentionDays: created.consentRetentionDays,
          piiTypes: created.piiTypes,
          scannerVersion: created.scannerVersion,
        },
      });
      return created;
    });
    return (await this.views.models(me, [row]))[0];
  }

  /** What the caller may see, newest first, one page (a fixed number of queries per page). */
  async list(
    me: Principal,
    args: { taskId?: string; status?: SubmissionStatus; first?: number; after?: string },
  ): Promise<Connection<SubmissionModel>> {
    const page = parsePage(args.first, args.after, isTimestampUuid);
    const viewer = await this.views.viewer(me, args.taskId);
    const where = [...viewer.where];
    const params = [...viewer.params];
    const add = (clause: string, value: unknown) => {
      params.push(value);
      where.push(clause.replace('?', `$${params.length}`));
    };
    if (args.taskId) add('s.task_id = ?', args.taskId);
    if (args.status) add('s.status = ?', args.status);
    const [{ n }] = await this.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM submissions s WHERE ${where.join(' AND ')}`,
      params,
    );
    if (page.after) {
      params.push(page.after.sortKey, page.after.id);
      where.push(`(s.submitted_at, s.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(page.first + 1);
    const rows = (
      await this.db.query<RawRow[]>(
        `SELECT ${SUBMISSION_COLUMNS} FROM submissions s WHERE ${where.join(' AND ')}
         ORDER BY s.submitted_at DESC, s.id DESC LIMIT $${params.length}`,
        params,
      )
    ).map(fromDb);
    const models = await this.views.models(me, rows.slice(0, page.first));
    return toConnection(
      rows,
      page,
      n,
      (r) => [r.submittedAt.toISOString(), r.id],
      (r) => models.find((m) => m.id === r.id)!,
    );
  }

  /** One submission the caller may see (NOT_FOUND otherwise), in the caller's transaction. */
  async findVisibleOrThrow(me: Principal, id: string, tx?: EntityManager): Promise<SubmissionRow> {
    const row = await this.views.findVisible(me, id, tx ?? this.db.manager);
    return row;
  }

  async models(me: Principal, rows: SubmissionRow[], tx?: EntityManager): Promise<SubmissionModel[]> {
    return this.views.models(me, rows, tx);
  }

  /**
   * SUBMITTED (or REJECTED, for an upheld dispute) → ACCEPTED, and the payment: escrow → the
   * contractor's payable (price) and → platform revenue (fee), one ledger entry keyed
   * `accept:<id>`. Null when the submission is not in `from` (someone else decided first).
   * Escrow that cannot pay is BUDGET_EXHAUSTED and the caller's transaction changes nothing.
   */
  async accept(
    tx: EntityManager,
    id: string,
    opts: {
      from: 'SUBMITTED' | 'REJECTED';
      actor: AuditActor;
      reviewerId: string | null;
      onlyIfDue?: boolean;
    },
  ): Promise<Acceptance | null> {
    const [raw] = await tx.query<RawRow[]>(
      `WITH s AS (UPDATE submissions SET status = 'ACCEPTED', reviewed_at = now(), reviewed_by = $3,
           accepted_by_system = $4
         WHERE id = $1 AND status = $2 ${opts.onlyIfDue ? 'AND review_due_at <= now()' : ''}
         RETURNING *)
       SELECT ${SUBMISSION_COLUMNS} FROM s`,
      [id, opts.from, opts.reviewerId, opts.actor === 'system'],
    );
    if (!raw) return null;
    const row = fromDb(raw);
    const escrow = Accounts.taskEscrow(row.organizationId, row.taskId);
    const moves: LedgerMove[] = [
      {
        from: escrow,
        to: Accounts.contractorPayable(row.contractorId),
        amount: row.priceMinor,
        currency: row.currency,
      },
    ];
    if (row.feeMinor > 0n)
      moves.push({
        from: escrow,
        to: Accounts.platformRevenue,
        amount: row.feeMinor,
        currency: row.currency,
      });
    const posted = await this.ledger
      .post(
        {
          idempotencyKey: `accept:${row.id}`,
          kind: 'SAMPLE_ACCEPTED',
          reference: `submission:${row.id}`,
          metadata: { taskId: row.taskId, rateTableVersion: row.rateTableVersion },
          moves,
        },
        tx,
      )
      .catch((e: unknown) => {
        throw e instanceof DomainError && e.reason === 'INSUFFICIENT_FUNDS' ? budgetExhausted() : e;
      });
    // This transaction already holds the row's lock (the UPDATE above): no new lock is taken.
    await tx.query(`UPDATE submissions SET acceptance_entry_id = $2 WHERE id = $1`, [row.id, posted.entryId]);
    await this.audit.append(tx, {
      actor: opts.actor,
      action: 'submission.accepted',
      subject: { type: 'submission', id: row.id },
      before: { status: opts.from },
      after: { status: 'ACCEPTED', acceptedBySystem: opts.actor === 'system', ledgerEntryId: posted.entryId },
    });
    return { row: { ...row, acceptanceEntryId: posted.entryId }, entryId: posted.entryId };
  }

  /** SUBMITTED → REJECTED or REVISION_REQUESTED with the reviewer's reason and feedback. */
  async decline(
    tx: EntityManager,
    me: Principal,
    id: string,
    to: 'REJECTED' | 'REVISION_REQUESTED',
    reason: string | null,
    feedback: string,
  ): Promise<SubmissionRow> {
    const [raw] = await tx.query<RawRow[]>(
      `WITH s AS (UPDATE submissions SET status = $2, reviewed_at = now(), reviewed_by = $3,
           rejection_reason = $4, feedback = $5
         WHERE id = $1 AND status = 'SUBMITTED' RETURNING *)
       SELECT ${SUBMISSION_COLUMNS} FROM s`,
      [id, to, me.userId, reason, feedback],
    );
    if (!raw) throw alreadyDecided(await this.statusOf(id, tx));
    const row = fromDb(raw);
    // Once the decision is final (no dispute within its 14 days; no resubmission by the revision
    // deadline), its slot's share goes back to the requester if the task has ended by then.
    await this.taskEscrow.scheduleRelease(
      row.taskId,
      `decided:${id}`,
      tx,
      releaseCheckAfter(to === 'REJECTED' ? 14 : REVISION_AFTER_END_DAYS),
    );
    await this.audit.append(tx, {
      actor: me,
      action: to === 'REJECTED' ? 'submission.rejected' : 'submission.revision_requested',
      subject: { type: 'submission', id },
      before: { status: 'SUBMITTED' },
      after: { status: to, rejectionReason: reason },
    });
    return row;
  }

  /**
   * A rejection became final before its 14 days ran out (its dispute was dismissed), in the
   * caller's transaction: the slot's share goes back to the requester now if the task has ended.
   */
  async rejectionFinal(tx: EntityManager, id: string): Promise<void> {
    const [row] = await tx.query<{ taskId: string }[]>(
      `SELECT task_id AS "taskId" FROM submissions WHERE id = $1`,
      [id],
    );
    if (row) await this.taskEscrow.scheduleRelease(row.taskId, `final:${id}`, tx);
  }

  async statusOf(id: string, tx?: EntityManager): Promise<string> {
    const [row] = await (tx ?? this.db.manager).query<{ status: string }[]>(
      `SELECT status FROM submissions WHERE id = $1`,
      [id],
    );
    return row?.status ?? 'UNKNOWN';
  }

  /** Accepts one submission left unreviewed past its window; true if this call accepted it. */
  async autoAccept(submissionId: string): Promise<boolean> {
    const done = await this.db.transaction((tx) =>
      this.accept(tx, submissionId, {
        from: 'SUBMITTED',
        actor: 'system',
        reviewerId: null,
        onlyIfDue: true,
      }),
    );
    return done !== null;
  }

  /** Accepts every submission past its review window; returns how many this call accepted. */
  async autoAcceptDue(limit = 500): Promise<number> {
    const due = await this.db.query<{ id: string }[]>(
      `SELECT id FROM submissions WHERE status = 'SUBMITTED' AND review_due_at <= now()
       ORDER BY review_due_at LIMIT $1`,
      [limit],
    );
    let accepted = 0;
    for (const { id } of due) {
      // One task out of escrow must not hold up the others: it is retried on the next sweep.
      const ok = await this.autoAccept(id).catch((e: unknown) => {
        if (e instanceof DomainError && e.reason === 'BUDGET_EXHAUSTED') return false;
        throw e;
      });
      if (ok) accepted++;
    }
    return accepted;
  }
}

export type { Viewer };
