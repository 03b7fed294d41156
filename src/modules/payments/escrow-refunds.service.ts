import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import Stripe from 'stripe';
import { DataSource, EntityManager } from 'typeorm';
import { JobsService } from '../../core/jobs/jobs.module';
import { Accounts, LedgerService } from '../ledger/ledger.module';
import { FundingService } from './funding.service';
import { STRIPE } from './stripe.client';
import { classifyProcessorError } from './stripe-errors';

export interface RefundRequest {
  taskId: string;
  organizationId: string;
  amount: bigint;
  currency: string;
  reason: string;
}

export const ESCROW_REFUND_JOB = 'escrow-refund';

/**
 * Returns unspent escrow to the requester: the refund row, its ledger entry (escrow → clearing)
 * and its job are written in the caller's transaction; the processor refunds follow after commit
 * — inline for a quick answer, and by the job whatever happens to this process — one per funding
 * payment, each with an idempotency key derived from (refund, payment), so no retry refunds twice.
 */
@Injectable()
export class EscrowRefundsService implements OnModuleInit {
  private readonly logger = new Logger(EscrowRefundsService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(STRIPE) private readonly stripe: Stripe,
    private readonly ledger: LedgerService,
    private readonly fundings: FundingService,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.jobs.work<{ refundId: string }>(ESCROW_REFUND_JOB, ({ refundId }) => this.settle(refundId));
  }

  async record(req: RefundRequest, tx: EntityManager): Promise<string> {
    const [{ id }] = await tx.query<{ id: string }[]>(
      `INSERT INTO escrow_refunds (task_id, amount, currency, reason) VALUES ($1, $2, $3, $4) RETURNING id`,
      [req.taskId, req.amount.toString(), req.currency, req.reason],
    );
    await this.ledger.post(
      {
        idempotencyKey: `escrow-refund:${id}`,
        kind: 'ESCROW_REFUNDED',
        reference: `task:${req.taskId}`,
        description: `Unspent escrow returned (${req.reason})`,
        metadata: { refundId: id },
        moves: [
          {
            from: Accounts.taskEscrow(req.organizationId, req.taskId),
            to: Accounts.processorClearing,
            amount: req.amount,
            currency: req.currency,
          },
        ],
      },
      tx,
    );
    await this.jobs.enqueue(ESCROW_REFUND_JOB, { refundId: id }, tx, { singletonKey: `escrow-refund:${id}` });
    return id;
  }

  /**
   * Issues the processor refunds of a recorded refund; safe to run again after any failure. Throws
   * when the processor fails, so the job retries (the same keys and amounts replay what did go
   * through); a refund with nothing left to take it from ends FAILED.
   */
  async settle(refundId: string): Promise<void> {
    try {
      await this.db.transaction(async (tx) => {
        // The row lock is held across the processor calls so the inline attempt and the job (or a
        // job re-run after its instance died) never split one refund into parts concurrently.
        const [refund] = await tx.query<{ task_id: string; amount: string; status: string }[]>(
          `SELECT task_id, amount, status FROM escrow_refunds WHERE id = $1 FOR UPDATE`,
          [refundId],
        );
        if (!refund || refund.status !== 'PENDING') return;
        const parts = await tx.query<{ funding_id: string; amount: string }[]>(
          `SELECT funding_id, amount FROM escrow_refund_parts WHERE refund_id = $1`,
          [refundId],
        );
        const done = new Set(parts.map((p) => p.funding_id));
        let remaining = parts.reduce((left, p) => left - BigInt(p.amount), BigInt(refund.amount));
        for (const f of await this.fundings.refundable(refund.task_id, tx)) {
          if (remaining === 0n) break;
          if (done.has(f.id)) continue;
          const part = f.refundable < remaining ? f.refundable : remaining;
          const created = await this.stripe.refunds.create(
            {
              payment_intent: f.paymentIntentId,
              amount: Number(part),
              metadata: { escrow_refund_id: refundId },
            },
            { idempotencyKey: `escrow-refund:${refundId}:${f.id}` },
          );
          await tx.query(
            `INSERT INTO escrow_refund_parts (refund_id, funding_id, amount, processor_refund_id) VALUES ($1, $2, $3, $4)`,
            [refundId, f.id, part.toString(), created.id],
          );
          await this.fundings.addRefunded(f.id, part, tx);
          remaining -= part;
        }
        await tx.query(
          `UPDATE escrow_refunds SET status = $2, failure_reason = $3, updated_at = now(),
             processor_refund_ids = ARRAY(SELECT processor_refund_id FROM escrow_refund_parts WHERE refund_id = $1)
           WHERE id = $1`,
          [
            refundId,
            remaining === 0n ? 'SUCCEEDED' : 'FAILED',
            remaining === 0n ? null : `${remaining} not refundable`,
          ],
        );
        if (remaining > 0n)
          this.logger.error(
            { refundId, remaining: remaining.toString() },
            'escrow refund exceeds what was paid',
          );
      });
    } catch (error) {
      const failure = classifyProcessorError(error);
      const reason = failure.kind === 'transient' ? failure.error.message : failure.reason;
      this.logger.error(
        { err: error, refundId },
        'escrow refund at the processor failed; it stays PENDING for a retry',
      );
      await this.db.query(`UPDATE escrow_refunds SET failure_reason = $2, updated_at = now() WHERE id = $1`, [
        refundId,
        reason,
      ]);
      throw error;
    }
  }
}
