import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../core/audit/audit.module';
import { Principal } from '../../core/auth/roles';
import { JobsService } from '../../core/jobs/jobs.module';
import { isTimestampUuid, parsePage, toConnection } from '../../core/pagination/cursor';
import { ConsentRow, ConsentService, ConsentWithdrawalScope } from '../consent/consent.module';
import { PseudonymsService } from '../contractors/contractors.module';
import { SubmissionConsent } from '../submissions/submissions.module';
import {
  ConsentReceiptConnection,
  TaskWithdrawalCountModel,
  WithdrawalNoticeConnection,
  WithdrawalNoticeModel,
} from './dto/withdrawal.model';
import { WebhookNotice, WithdrawalWebhooksService } from './withdrawal-webhooks.service';

/** Erases the content of one withdrawal's samples once all are due (at most 30 days on). */
export const WITHDRAWAL_ERASE_JOB = 'withdrawal-erase-content';
/** Erases every withdrawn sample whose time has come, should a job be late or lost. */
export const WITHDRAWAL_ERASE_SWEEP = 'withdrawal-erase-sweep';
/** Rows erased per transaction by the job and the sweep. */
const ERASE_BATCH = 500;

const isSeq = (sortKey: string, id: string): boolean => /^\d{1,18}$/.test(sortKey) && sortKey === id;

interface NoticeRow {
  seq: string;
  submissionId: string;
  taskId: string;
  contributor: string;
  withdrawnAt: Date;
  eraseAfter: Date;
}

/**
 * Withdrawal that reaches everything: in one transaction the withdrawal is recorded (from then on
 * the shared predicate drops the samples from listings and exports), every requester organisation
 * concerned gets one notice per sample (a feed it polls), and the content erasure is enqueued —
 * when the task's retention ends, at the latest 30 days after the withdrawal. Money, ledger,
 * payouts and audit rows stay; only the text goes.
 */
@Injectable()
export class WithdrawalsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly consent: ConsentService,
    private readonly samples: SubmissionConsent,
    private readonly pseudonyms: PseudonymsService,
    private readonly audit: AuditService,
    private readonly jobs: JobsService,
    private readonly webhooks: WithdrawalWebhooksService,
  ) {}

  onModuleInit(): void {
    this.jobs.work<{ withdrawalId: string }>(WITHDRAWAL_ERASE_JOB, async ({ withdrawalId }) => {
      await this.eraseDue(withdrawalId);
    });
    this.jobs.work(WITHDRAWAL_ERASE_SWEEP, async () => {
      await this.eraseDue(null);
    });
    this.jobs.schedule(WITHDRAWAL_ERASE_SWEEP, '17 * * * *');
  }

  async withdraw(me: Principal, scope: ConsentWithdrawalScope): Promise<ConsentRow> {
    return this.db.transaction(async (tx) => {
      const { consent } = await this.withdrawIn(tx, me, me.userId, scope, 'scheduled');
      return consent!;
    });
  }

  /**
   * Erasure of a person: withdraws every consent (recipients are told, as for a withdrawal) and
   * erases all of its samples' content now, in the caller's transaction.
   */
  async withdrawAndEraseAll(tx: EntityManager, actor: Principal, userId: string): Promise<number> {
    await this.withdrawIn(tx, actor, userId, {}, 'now');
    const ids = await this.samples.eraseContent(tx, await this.samples.idsOfContractor(tx, userId));
    await tx.query(
      `UPDATE withdrawal_notices SET erased_at = now()
       WHERE submission_id = ANY ($1::uuid[]) AND erased_at IS NULL`,
      [ids],
    );
    await this.auditErased(tx, ids, 'erasure');
    return ids.length;
  }

  private async withdrawIn(
    tx: EntityManager,
    actor: Principal,
    userId: string,
    scope: ConsentWithdrawalScope,
    erase: 'scheduled' | 'now',
  ): Promise<{ consent: ConsentRow | null }> {
    const { withdrawal, consent } = await this.consent.recordWithdrawal(tx, userId, scope, {
      requireConsent: erase === 'scheduled',
    });
    const affected = await this.samples.affected(tx, userId, scope);
    if (affected.length) {
      // Erase when the task's retention ends, but never later than 30 days after withdrawing.
      const notices = await tx.query<
        (Omit<WebhookNotice, 'withdrawnAt' | 'eraseAfter'> & { eraseAfter: Date })[]
      >(
        `WITH n AS (
           INSERT INTO withdrawal_notices (withdrawal_id, organization_id, task_id, submission_id,
             contributor_pseudonym, erase_after)
           SELECT $1, a.organization_id, a.task_id, a.submission_id, a.pseudonym,
                  CASE WHEN $8 THEN now() ELSE least(now() + interval '30 days',
                    greatest(now(), a.submitted_at + make_interval(days => a.retention_days))) END
           FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::timestamptz[], $7::int[])
             AS a(submission_id, organization_id, task_id, pseudonym, submitted_at, retention_days)
           RETURNING seq, organization_id, task_id, submission_id, contributor_pseudonym, erase_after)
         SELECT seq::text, organization_id AS "organizationId", task_id AS "taskId",
                submission_id AS "submissionId", contributor_pseudonym AS contributor, erase_after AS "eraseAfter"
         FROM n ORDER BY seq`,
        [
          withdrawal.id,
          affected.map((a) => a.id),
          affected.map((a) => a.organizationId),
          affected.map((a) => a.taskId),
          affected.map((a) => this.pseudonyms.of(a.organizationId, userId)),
          affected.map((a) => a.submittedAt),
          affected.map((a) => a.retentionDays),
          erase === 'now',
        ],
      );
      const last = new Date(Math.max(...notices.map((n) => n.eraseAfter.getTime())));
      await this.webhooks.enqueue(
        tx,
        notices.map((n) => ({
          ...n,
          withdrawnAt: withdrawal.withdrawnAt.toISOString(),
          eraseAfter: n.eraseAfter.toISOString(),
        })),
      );
      if (erase === 'scheduled')
        await this.jobs.enqueue(WITHDRAWAL_ERASE_JOB, { withdrawalId: withdrawal.id }, tx, {
          startAfter: last,
          singletonKey: `withdrawal-erase:${withdrawal.id}`,
        });
    }
    await this.audit.append(tx, {
      actor,
      action: 'consent.withdrawn',
      subject: { type: 'consent_withdrawal', id: withdrawal.id },
      after: {
        termsVersion: withdrawal.termsVersion,
        organizationId: withdrawal.organizationId,
        purpose: withdrawal.purpose,
        samples: affected.length,
      },
      metadata: { contractorId: userId },
    });
    return { consent };
  }

  /**
   * Erases the content of withdrawn samples that are due (of one withdrawal, or all), in batches;
   * SKIP LOCKED lets the job and the sweep run side by side without erasing a row twice.
   */
  async eraseDue(withdrawalId: string | null): Promise<number> {
    let total = 0;
    for (;;) {
      const erased = await this.db.transaction(async (tx) => {
        const due = await tx.query<{ seq: string; submissionId: string; withdrawalId: string }[]>(
          `SELECT seq, submission_id AS "submissionId", withdrawal_id AS "withdrawalId" FROM withdrawal_notices
           WHERE erased_at IS NULL AND erase_after <= now() AND ($1::uuid IS NULL OR withdrawal_id = $1)
           ORDER BY seq LIMIT ${ERASE_BATCH} FOR UPDATE SKIP LOCKED`,
          [withdrawalId],
        );
        if (!due.length) return 0;
        const ids = await this.samples.eraseContent(tx, [...new Set(due.map((d) => d.submissionId))]);
        await tx.query(`UPDATE withdrawal_notices SET erased_at = now() WHERE seq = ANY ($1::bigint[])`, [
          due.map((d) => d.seq),
        ]);
        await this.auditErased(tx, ids, 'withdrawal');
        return due.length;
      });
      total += erased;
      if (erased < ERASE_BATCH) return total;
    }
  }

  /** One audit entry per erased submission (ids only: the chain never holds content). */
  async auditErased(
    tx: EntityManager,
    submissionIds: string[],
    cause: 'withdrawal' | 'erasure',
  ): Promise<void> {
    for (const id of submissionIds)
      await this.audit.append(tx, {
        actor: 'system',
        action: 'submission.content_erased',
        subject: { type: 'submission', id },
        metadata: { cause },
      });
  }

  async receipts(me: Principal, args: { first?: number; after?: string }): Promise<ConsentReceiptConnection> {
    const page = parsePage(args.first, args.after, isTimestampUuid);
    const [rows, total] = await Promise.all([
      this.samples.receipts(me.userId, page.first + 1, page.after),
      this.samples.countReceipts(me.userId),
    ]);
    return toConnection(
      rows,
      page,
      total,
      (r) => [r.submittedAt.toISOString(), r.submissionId],
      (r) => r,
    );
  }

  /** The organisation's notices, oldest first after the cursor, and its per-task counts. */
  async notices(
    me: Principal,
    args: { first?: number; after?: string },
  ): Promise<WithdrawalNoticeConnection> {
    const page = parsePage(args.first, args.after, isSeq);
    const org = me.organizationId;
    if (!org)
      return { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0, byTask: [] };
    const rows = await this.db.query<NoticeRow[]>(
      `SELECT n.seq::text AS seq, n.submission_id AS "submissionId", n.task_id AS "taskId",
              n.contributor_pseudonym AS contributor, w.withdrawn_at AS "withdrawnAt", n.erase_after AS "eraseAfter"
       FROM withdrawal_notices n JOIN consent_withdrawals w ON w.id = n.withdrawal_id
       WHERE n.organization_id = $1 AND n.seq > $2::bigint
       ORDER BY n.seq LIMIT $3`,
      [org, page.after?.sortKey ?? '0', page.first + 1],
    );
    const byTask = await this.db.query<(TaskWithdrawalCountModel & { total: number })[]>(
      `SELECT task_id AS "taskId", count(DISTINCT submission_id)::int AS samples
       FROM withdrawal_notices WHERE organization_id = $1 GROUP BY task_id ORDER BY task_id`,
      [org],
    );
    const [{ n }] = await this.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM withdrawal_notices WHERE organization_id = $1`,
      [org],
    );
    const connection = toConnection<NoticeRow, WithdrawalNoticeModel>(
      rows,
      page,
      n,
      (r) => [r.seq, r.seq],
      ({ seq: _seq, ...notice }) => notice,
    );
    return { ...connection, byTask };
  }

  /** Withdrawn samples of one task (for its data card). */
  async countForTask(taskId: string): Promise<number> {
    const [{ n }] = await this.db.query<{ n: number }[]>(
      `SELECT count(DISTINCT submission_id)::int AS n FROM withdrawal_notices WHERE task_id = $1`,
      [taskId],
    );
    return n;
  }
}
