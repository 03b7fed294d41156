import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import Stripe from 'stripe';
import { DataSource, EntityManager } from 'typeorm';
import { Accounts, LedgerService } from '../ledger/ledger.module';
import { STRIPE } from './stripe.client';
import { translateStripeError } from './stripe-errors';

export interface RefundRequest {
  taskId: string;
  organizationId: string;
  amount: bigint;
  currency: string;
  reason: string;
}

/**
 * Returns unspent escrow to the requester: the ledger entry (escrow → clearing) is written in
 * the caller's transaction; the processor refunds follow after commit, one per funding payment,
 * each with an idempotency key derived from the refund id, so a retry never refunds twice.
 */
@Injectable()
export class EscrowRefundsService {
  private readonly logger = new Logger(EscrowRefundsService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(STRIPE) private readonly stripe: Stripe,
    private readonly ledger: LedgerService,
  ) {}

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
    return id;
  }

  /** Issues the processor refunds of a recorded refund; safe to run again after any failure. */
  async settle(refundId: string): Promise<void> {
    const [refund] = await this.db.query<
      { task_id: string; amount: string; status: string; processor_refund_ids: string[] }[]
    >(`SELECT * FROM escrow_refunds WHERE id = $1`, [refundId]);
    if (!refund || refund.status === 'SUCCEEDED') return;
    let remaining = BigInt(refund.amount);
    const fundings = await this.db.query<
      { id: string; payment_intent_id: string; amount: string; refunded_amount: string }[]
    >(
      `SELECT id, payment_intent_id, amount, refunded_amount FROM fundings
       WHERE task_id = $1 AND status = 'SUCCEEDED' ORDER BY created_at`,
      [refund.task_id],
    );
    try {
      for (const f of fundings) {
        if (remaining === 0n) break;
        const refundable = BigInt(f.amount) - BigInt(f.refunded_amount);
        const part = refundable < remaining ? refundable : remaining;
        if (part <= 0n) continue;
        const created = await this.stripe.refunds.create(
          {
            payment_intent: f.payment_intent_id,
            amount: Number(part),
            metadata: { escrow_refund_id: refundId },
          },
          { idempotencyKey: `escrow-refund:${refundId}:${f.id}` },
        );
        await this.db.transaction(async (tx) => {
          // The array guard makes a replayed refund (same idempotency key) count once.
          const done = await tx.query<unknown[]>(
            `UPDATE escrow_refunds SET processor_refund_ids = array_append(processor_refund_ids, $2), updated_at = now()
             WHERE id = $1 AND NOT ($2 = ANY(processor_refund_ids)) RETURNING id`,
            [refundId, created.id],
          );
          if (done.length)
            await tx.query(
              `UPDATE fundings SET refunded_amount = refunded_amount + $2, updated_at = now() WHERE id = $1`,
              [f.id, part.toString()],
            );
        });
        remaining -= part;
      }
      await this.db.query(
        `UPDATE escrow_refunds SET status = $2, failure_reason = $3, updated_at = now() WHERE id = $1`,
        [
          refundId,
          remaining === 0n ? 'SUCCEEDED' : 'FAILED',
          remaining === 0n ? null : `${remaining} not refundable`,
        ],
      );
    } catch (error) {
      const reason = translateStripeError(error).message;
      this.logger.error(
        { err: error, refundId },
        'escrow refund at the processor failed; it stays PENDING for a retry',
      );
      await this.db.query(`UPDATE escrow_refunds SET failure_reason = $2, updated_at = now() WHERE id = $1`, [
        refundId,
        reason,
      ]);
    }
  }
}
