import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../core/audit/audit.module';
import { Principal, Role } from '../../core/auth/roles';
import { DomainError } from '../../core/errors/domain-error';
import { basisPointsOf, MoneyModel } from '../../core/money/money';
import { AccountsService } from '../accounts/accounts.module';
import { Accounts, LedgerMove, LedgerService } from '../ledger/ledger.module';
import { RatesService } from '../rates/rates.module';
import {
  alreadyDecided,
  budgetExhausted,
  SubmissionModel,
  SubmissionRow,
  SubmissionsService,
} from '../submissions/submissions.module';
import { TaskEscrowService, TasksService } from '../tasks/tasks.module';
import { BonusModel } from './dto/bonus.model';
import { PayBonusArgs, ReviewDecision, ReviewInput } from './dto/review.input';
import {
  bonusExceedsSpareEscrow,
  bonusKeyReused,
  feedbackTooShort,
  notAccepted,
  notAReviewerOf,
  notTaskRequester,
  reasonRequired,
} from './reviews.errors';

/** A rejection must say why in words a contractor can act on. */
export const MIN_REJECTION_FEEDBACK = 20;

interface BonusRow {
  id: string;
  submissionId: string;
  amountMinor: string;
  feeMinor: string;
  currency: string;
  note: string;
  entryId: string;
  createdAt: Date;
}
const BONUS_COLUMNS = `id, submission_id AS "submissionId", amount_minor::text AS "amountMinor",
  fee_minor::text AS "feeMinor", currency, note, entry_id AS "entryId", created_at AS "createdAt"`;

/**
 * Reviewing submissions (by the task's requesters or reviewers assigned to it), assigning
 * reviewers, and bonuses. The state changes and the payment are the submissions module's
 * conditional UPDATEs; this module decides who may make them and with what explanation.
 */
@Injectable()
export class ReviewsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly submissions: SubmissionsService,
    private readonly tasks: TasksService,
    private readonly taskEscrow: TaskEscrowService,
    private readonly accounts: AccountsService,
    private readonly rates: RatesService,
    private readonly ledger: LedgerService,
    private readonly audit: AuditService,
  ) {}

  async review(me: Principal, input: ReviewInput): Promise<SubmissionModel> {
    const feedback = input.feedback ?? '';
    if (input.decision === ReviewDecision.REJECT) {
      if (!input.reason) throw reasonRequired();
      if (feedback.length < MIN_REJECTION_FEEDBACK) throw feedbackTooShort(MIN_REJECTION_FEEDBACK);
    }
    if (input.decision === ReviewDecision.REQUEST_REVISION && feedback.length < 1) throw feedbackTooShort(1);
    const row = await this.db.transaction(async (tx) => {
      const found = await this.submissions.findVisibleOrThrow(me, input.submissionId, tx);
      await this.assertMayReview(me, found, tx);
      switch (input.decision) {
        case ReviewDecision.ACCEPT: {
          const done = await this.submissions.accept(tx, found.id, {
            from: 'SUBMITTED',
            actor: me,
            reviewerId: me.userId,
          });
          if (!done) throw alreadyDecided(await this.submissions.statusOf(found.id, tx));
          return done.row;
        }
        case ReviewDecision.REJECT:
          return this.submissions.decline(tx, me, found.id, 'REJECTED', input.reason!, feedback);
        case ReviewDecision.REQUEST_REVISION:
          return this.submissions.decline(tx, me, found.id, 'REVISION_REQUESTED', null, feedback);
      }
    });
    return (await this.submissions.models(me, [row]))[0];
  }

  /** Assigns a reviewer to a task; returns whether it is (now) assigned. */
  async assignReviewer(me: Principal, taskId: string, userId: string): Promise<boolean> {
    const user = await this.accounts.profileOrThrow(userId).catch((e: unknown) => {
      // An unknown user is a bad argument, not a missing task: the task check comes first below.
      if (e instanceof DomainError && e.code === 'NOT_FOUND') return null;
      throw e;
    });
    await this.tasks.findVisibleOrThrow(me, taskId);
    await this.tasks.assignReviewer(me, taskId, {
      id: userId,
      role: user?.role ?? Role.CONTRACTOR,
      organizationId: user?.organizationId ?? null,
    });
    return true;
  }

  /**
   * A bonus on an accepted submission: task escrow → the contractor's payable, plus the rate
   * table's fee → platform revenue, under the ledger key `bonus:<taskId>:<idempotencyKey>`.
   * The same key again returns the same bonus; with another amount or submission it is refused.
   * It spends only spare escrow: what every slot not yet paid (free or with work under way) needs
   * stays, so a bonus never leaves an acceptance unpaid.
   */
  async payBonus(me: Principal, args: PayBonusArgs): Promise<BonusModel> {
    const row = await this.db.transaction(async (tx) => {
      const s = await this.submissions.findVisibleOrThrow(me, args.submissionId, tx);
      if (me.role !== Role.REQUESTER || me.organizationId !== s.organizationId) throw notTaskRequester();
      if (s.status !== 'ACCEPTED') throw notAccepted(s.status);
      const amount = BigInt(args.amount);
      // Locks the task (see position): claims, closing and other bonuses of this task wait, so the
      // spare escrow read here is still spare at commit — and a parallel call with the same key,
      // once it has the lock, finds this one's bonus below.
      const position = await this.taskEscrow.position(s.taskId, tx, { lock: true });
      const existing = await this.bonusByKey(s.taskId, args.idempotencyKey, tx);
      if (existing) return this.sameBonusOrThrow(existing, s, amount);
      const table = await this.rates.findPublishedOrThrow(s.rateTableVersion);
      const fee = basisPointsOf(amount, table.platformFeeBasisPoints);
      if (amount + fee > position.spare) throw bonusExceedsSpareEscrow(amount, fee, position);
      const escrow = Accounts.taskEscrow(s.organizationId, s.taskId);
      const moves: LedgerMove[] = [
        { from: escrow, to: Accounts.contractorPayable(s.contractorId), amount, currency: s.currency },
      ];
      if (fee > 0n)
        moves.push({ from: escrow, to: Accounts.platformRevenue, amount: fee, currency: s.currency });
      const posted = await this.ledger
        .post(
          {
            idempotencyKey: `bonus:${s.taskId}:${args.idempotencyKey}`,
            kind: 'BONUS',
            reference: `submission:${s.id}`,
            metadata: { taskId: s.taskId },
            moves,
          },
          tx,
        )
        .catch((e: unknown) => {
          throw e instanceof DomainError && e.reason === 'INSUFFICIENT_FUNDS'
            ? budgetExhausted()
            : e instanceof DomainError && e.reason === 'IDEMPOTENCY_KEY_REUSED'
              ? bonusKeyReused()
              : e;
        });
      const [inserted] = await tx.query<BonusRow[]>(
        `INSERT INTO bonuses (submission_id, task_id, contractor_id, amount_minor, fee_minor, currency, note,
           idempotency_key, paid_by, entry_id)
         VALUES ($1, $2, $3, $4::bigint, $5::bigint, $6, $7, $8, $9, $10)
         ON CONFLICT (task_id, idempotency_key) DO NOTHING RETURNING ${BONUS_COLUMNS}`,
        [
          s.id,
          s.taskId,
          s.contractorId,
          amount.toString(),
          fee.toString(),
          s.currency,
          args.note,
          args.idempotencyKey,
          me.userId,
          posted.entryId,
        ],
      );
      // A parallel call with the same key committed first (the ledger replayed its entry).
      if (!inserted)
        return this.sameBonusOrThrow((await this.bonusByKey(s.taskId, args.idempotencyKey, tx))!, s, amount);
      await this.audit.append(tx, {
        actor: me,
        action: 'bonus.paid',
        subject: { type: 'bonus', id: inserted.id },
        after: {
          submissionId: s.id,
          amountMinor: amount,
          feeMinor: fee,
          currency: s.currency,
          ledgerEntryId: posted.entryId,
        },
      });
      return inserted;
    });
    return bonusModel(row);
  }

  private async bonusByKey(taskId: string, key: string, tx: EntityManager): Promise<BonusRow | null> {
    const [row] = await tx.query<BonusRow[]>(
      `SELECT ${BONUS_COLUMNS} FROM bonuses WHERE task_id = $1 AND idempotency_key = $2`,
      [taskId, key],
    );
    return row ?? null;
  }

  private sameBonusOrThrow(existing: BonusRow, s: SubmissionRow, amount: bigint): BonusRow {
    if (existing.submissionId !== s.id || BigInt(existing.amountMinor) !== amount) throw bonusKeyReused();
    return existing;
  }

  private async assertMayReview(me: Principal, s: SubmissionRow, tx: EntityManager): Promise<void> {
    if (me.role === Role.REQUESTER && me.organizationId === s.organizationId) return;
    if (me.role === Role.REVIEWER && (await this.tasks.isAssignedReviewer(s.taskId, me.userId, tx))) return;
    throw notAReviewerOf();
  }
}

function bonusModel(b: BonusRow): BonusModel {
  const money = (v: string) => MoneyModel.of({ amountMinor: BigInt(v), currency: b.currency });
  return {
    id: b.id,
    submissionId: b.submissionId,
    amount: money(b.amountMinor),
    fee: money(b.feeMinor),
    note: b.note,
    ledgerEntryId: b.entryId,
    createdAt: b.createdAt,
  };
}
