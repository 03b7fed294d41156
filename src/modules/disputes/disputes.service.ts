import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService, type AuditActor } from '../../core/audit/audit.module';
import { Principal, Role } from '../../core/auth/roles';
import { isPgError, PgCode } from '../../core/database/pg-errors';
import { JobsService } from '../../core/jobs/jobs.module';
import { Connection, isTimestampUuid, parsePage, toConnection } from '../../core/pagination/cursor';
import { SubmissionsService } from '../submissions/submissions.module';
import { DisputeModel } from './dto/dispute.model';
import {
  alreadyDisputed,
  DECISION_DAYS,
  DISPUTE_WINDOW_DAYS,
  disputeNotFound,
  disputeResolved,
  disputeWindowClosed,
  notRejected,
} from './disputes.errors';

/** Upholds one dispute left undecided past its deadline (enqueued when it is opened). */
export const DISPUTE_AUTO_UPHOLD_JOB = 'dispute-auto-uphold';
/** Upholds every overdue dispute, should a per-dispute job be late or lost. */
export const DISPUTE_AUTO_UPHOLD_SWEEP = 'dispute-auto-uphold-sweep';
const AUTO_UPHOLD_NOTE = `Upheld automatically: the dispute was not decided within ${DECISION_DAYS} days.`;

interface DisputeRow {
  id: string;
  submissionId: string;
  contractorId: string;
  message: string;
  openedAt: Date;
  decideBy: Date;
  resolvedAt: Date | null;
  upheld: boolean | null;
  note: string | null;
  resolvedBySystem: boolean;
}
const COLUMNS = `id, submission_id AS "submissionId", contractor_id AS "contractorId", message,
  opened_at AS "openedAt", decide_by AS "decideBy", resolved_at AS "resolvedAt", upheld, note,
  resolved_by_system AS "resolvedBySystem"`;

/**
 * Disputes: a contractor appeals a rejection once, within 14 days; an admin decides with a note;
 * nobody deciding within 7 days upholds it. Upholding turns the rejection into an acceptance and
 * pays it in the same transaction (the submissions module's `accept`, ledger key
 * `accept:<submissionId>`), so the job running twice, or racing an admin, pays once.
 */
@Injectable()
export class DisputesService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly submissions: SubmissionsService,
    private readonly audit: AuditService,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.jobs.work<{ disputeId: string }>(DISPUTE_AUTO_UPHOLD_JOB, async ({ disputeId }) => {
      await this.autoUphold(disputeId);
    });
    this.jobs.work(DISPUTE_AUTO_UPHOLD_SWEEP, async () => {
      await this.autoUpholdDue();
    });
    this.jobs.schedule(DISPUTE_AUTO_UPHOLD_SWEEP, '*/5 * * * *');
  }

  async open(me: Principal, submissionId: string, message: string): Promise<DisputeModel> {
    const row = await this.db.transaction(async (tx) => {
      const s = await this.submissions.findVisibleOrThrow(me, submissionId, tx);
      if (s.contractorId !== me.userId) throw disputeNotFound(submissionId);
      if (s.status !== 'REJECTED') throw notRejected(s.status);
      let inserted: DisputeRow[];
      try {
        // The window is checked against the database's clock in the same statement.
        inserted = await tx.query<DisputeRow[]>(
          `INSERT INTO disputes (submission_id, contractor_id, message, decide_by)
           SELECT $1, $2, $3, now() + make_interval(days => $4) WHERE $5::timestamptz > now() - make_interval(days => $6)
           RETURNING ${COLUMNS}`,
          [s.id, me.userId, message, DECISION_DAYS, s.reviewedAt, DISPUTE_WINDOW_DAYS],
        );
      } catch (error) {
        if (isPgError(error, PgCode.UNIQUE_VIOLATION, 'disputes_one_per_submission')) throw alreadyDisputed();
        throw error;
      }
      if (!inserted.length) throw disputeWindowClosed();
      const d = inserted[0];
      await this.jobs.enqueue(DISPUTE_AUTO_UPHOLD_JOB, { disputeId: d.id }, tx, {
        startAfter: d.decideBy,
        singletonKey: `dispute-auto-uphold:${d.id}`,
      });
      await this.audit.append(tx, {
        actor: me,
        action: 'dispute.opened',
        subject: { type: 'dispute', id: d.id },
        after: { open: true, submissionId: s.id },
      });
      return d;
    });
    return model(row);
  }

  async resolve(me: Principal, disputeId: string, uphold: boolean, note: string): Promise<DisputeModel> {
    const row = await this.db.transaction(async (tx) => {
      const decided = await this.decide(tx, disputeId, uphold, note, me, false);
      if (decided) return decided;
      const [exists] = await tx.query<unknown[]>(`SELECT 1 FROM disputes WHERE id = $1`, [disputeId]);
      throw exists ? disputeResolved() : disputeNotFound(disputeId);
    });
    return model(row);
  }

  /** Upholds one overdue dispute; true if this call decided it. */
  async autoUphold(disputeId: string): Promise<boolean> {
    const done = await this.db.transaction((tx) =>
      this.decide(tx, disputeId, true, AUTO_UPHOLD_NOTE, 'system', true),
    );
    return done !== null;
  }

  async autoUpholdDue(limit = 500): Promise<number> {
    const due = await this.db.query<{ id: string }[]>(
      `SELECT id FROM disputes WHERE resolved_at IS NULL AND decide_by <= now() ORDER BY decide_by LIMIT $1`,
      [limit],
    );
    let upheld = 0;
    for (const { id } of due) if (await this.autoUphold(id)) upheld++;
    return upheld;
  }

  /** Disputes the caller may see: admins all, a contractor its own. */
  /** Erasure of a person (in the caller's transaction): the messages it wrote go; decisions stay. */
  async eraseMessages(tx: EntityManager, contractorId: string): Promise<void> {
    await tx.query(`UPDATE disputes SET message = '[erased]' WHERE contractor_id = $1`, [contractorId]);
  }

  async list(
    me: Principal,
    args: { open?: boolean; first?: number; after?: string },
  ): Promise<Connection<DisputeModel>> {
    const page = parsePage(args.first, args.after, isTimestampUuid);
    const where: string[] = [];
    const params: unknown[] = [];
    if (me.role !== Role.ADMIN) {
      params.push(me.userId);
      where.push(`contractor_id = $${params.length}`);
    }
    if (args.open !== undefined && args.open !== null)
      where.push(args.open ? 'resolved_at IS NULL' : 'resolved_at IS NOT NULL');
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ n }] = await this.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM disputes ${filter}`,
      params,
    );
    if (page.after) {
      params.push(page.after.sortKey, page.after.id);
      where.push(`(opened_at, id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(page.first + 1);
    const rows = await this.db.query<DisputeRow[]>(
      `SELECT ${COLUMNS} FROM disputes ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY opened_at DESC, id DESC LIMIT $${params.length}`,
      params,
    );
    return toConnection(rows, page, n, (r) => [r.openedAt.toISOString(), r.id], model);
  }

  /**
   * Decides an open dispute (a conditional UPDATE: one decision wins) and, when upheld, accepts
   * and pays the rejected submission in the same transaction. Null if it was already decided or
   * (for the job) is not yet due.
   */
  private async decide(
    tx: EntityManager,
    disputeId: string,
    uphold: boolean,
    note: string,
    actor: AuditActor,
    onlyIfDue: boolean,
  ): Promise<DisputeRow | null> {
    const userId = actor === 'system' ? null : actor.userId;
    const [d] = await tx.query<DisputeRow[]>(
      `WITH d AS (UPDATE disputes SET resolved_at = now(), upheld = $2, note = $3, resolved_by = $4,
           resolved_by_system = $5
         WHERE id = $1 AND resolved_at IS NULL ${onlyIfDue ? 'AND decide_by <= now()' : ''} RETURNING *)
       SELECT ${COLUMNS} FROM d`,
      [disputeId, uphold, note, userId, actor === 'system'],
    );
    if (!d) return null;
    if (uphold) {
      const accepted = await this.submissions.accept(tx, d.submissionId, {
        from: 'REJECTED',
        actor,
        reviewerId: userId,
      });
      if (!accepted) throw notRejected(await this.submissions.statusOf(d.submissionId, tx));
    } else await this.submissions.rejectionFinal(tx, d.submissionId);
    await this.audit.append(tx, {
      actor,
      action: uphold ? 'dispute.upheld' : 'dispute.dismissed',
      subject: { type: 'dispute', id: d.id },
      before: { open: true },
      after: { open: false, upheld: uphold, submissionId: d.submissionId },
    });
    return d;
  }
}

function model(d: DisputeRow): DisputeModel {
  return {
    id: d.id,
    submissionId: d.submissionId,
    open: d.resolvedAt === null,
    upheld: d.upheld,
    message: d.message,
    note: d.note,
    openedAt: d.openedAt,
    decideBy: d.decideBy,
    resolvedAt: d.resolvedAt,
    resolvedBySystem: d.resolvedBySystem,
  };
}
