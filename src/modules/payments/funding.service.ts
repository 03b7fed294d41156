import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import Stripe from 'stripe';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { ConflictError } from '../../core/errors/domain-error';
import { Accounts, LedgerService } from '../ledger/ledger.module';
import { FundingEntity } from './entities/funding.entity';
import { ProcessorEventsService } from './processor-events.service';
import { STRIPE } from './stripe.client';
import { PaymentDeclinedError, translateStripeError } from './stripe-errors';

export interface FundRequest {
  taskId: string;
  organizationId: string;
  amount: bigint;
  currency: string;
  paymentMethod: string;
}

/**
 * Charges a requester's card into a task's escrow. Exactly once: the funding row exists before
 * the processor is called, its id is the PaymentIntent's idempotency key, and the ledger entry's
 * key is `funding:<id>` — whether the API response or the webhook (any number of times, in any
 * order) reports the success first, one entry is posted.
 */
@Injectable()
export class FundingService implements OnModuleInit {
  private readonly logger = new Logger(FundingService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(STRIPE) private readonly stripe: Stripe,
    private readonly ledger: LedgerService,
    private readonly events: ProcessorEventsService,
  ) {}

  onModuleInit(): void {
    this.events.on('payment_intent.succeeded', (obj, tx) =>
      this.applySucceeded(obj as Stripe.PaymentIntent, tx),
    );
    this.events.on('payment_intent.payment_failed', (obj, tx) =>
      this.applyFailed(obj as Stripe.PaymentIntent, tx),
    );
  }

  /**
   * Step 1, inside the caller's transaction (which holds the task's row lock): the funding row.
   * A partial unique index allows one PENDING funding per task, so a card is never charged twice.
   */
  async createPending(req: FundRequest, tx: EntityManager): Promise<FundingEntity> {
    try {
      return await tx.getRepository(FundingEntity).save({
        taskId: req.taskId,
        organizationId: req.organizationId,
        amount: req.amount,
        currency: req.currency,
        status: 'PENDING',
        paymentMethod: req.paymentMethod,
        refundedAmount: 0n,
      });
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505')
        throw new ConflictError('FUNDING_IN_PROGRESS', 'A payment for this task is already being processed');
      throw error;
    }
  }

  /**
   * Step 2, after commit: charge the card. The PaymentIntent is created with the idempotency key
   * `funding:<id>` and parameters derived from the funding row alone, so calling this again for a
   * funding whose response was lost replays the same PaymentIntent instead of charging twice.
   */
  async charge(fundingId: string): Promise<FundingEntity> {
    const funding = await this.findOrThrow(fundingId);
    if (funding.status !== 'PENDING') return funding;
    const customer = await this.customerOf(funding.organizationId);
    let intent: Stripe.PaymentIntent;
    try {
      intent = await this.stripe.paymentIntents.create(
        {
          amount: Number(funding.amount),
          currency: funding.currency.toLowerCase(),
          customer,
          payment_method: funding.paymentMethod,
          confirm: true,
          allowed_payment_method_types: ['card'],
          description: `Fairsample task ${funding.taskId} escrow`,
          metadata: {
            funding_id: funding.id,
            task_id: funding.taskId,
            organization_id: funding.organizationId,
          },
        },
        { idempotencyKey: `funding:${funding.id}` },
      );
    } catch (error) {
      const translated = translateStripeError(error);
      if (translated instanceof PaymentDeclinedError) {
        const pi = (error as Stripe.errors.StripeCardError).payment_intent;
        return this.markFailed(funding.id, translated.declineCode, translated.message, pi?.id ?? null);
      }
      // Outage or timeout: the charge may or may not exist. The funding stays PENDING; the
      // webhook, or the next call for this task (resumePending), settles it. Nothing is guessed.
      this.logger.error({ err: error, fundingId: funding.id }, 'payment intent creation failed');
      throw translated;
    }
    if (intent.status === 'succeeded') await this.db.transaction((tx) => this.applySucceeded(intent, tx));
    else
      await this.db.query(`UPDATE fundings SET payment_intent_id = $2, updated_at = now() WHERE id = $1`, [
        funding.id,
        intent.id,
      ]);
    return this.findOrThrow(funding.id);
  }

  /** Settles payments of this task left PENDING by a lost response, before anything new is decided. */
  async resumePending(taskId: string): Promise<void> {
    const pending = await this.db.query<{ id: string }[]>(
      `SELECT id FROM fundings WHERE task_id = $1 AND status = 'PENDING'`,
      [taskId],
    );
    for (const { id } of pending) await this.charge(id).catch(() => undefined); // still pending: refused below
  }

  /**
   * Is a payment of this task still in flight? FOR UPDATE waits for a success being applied right
   * now (applySucceeded holds the funding row until its ledger entry commits), so a caller that
   * reads the escrow after this sees that money — without it, a second fundTask read escrow 0
   * while the first payment's success was committing, and charged the card again.
   */
  async hasPending(taskId: string, tx: EntityManager): Promise<boolean> {
    const rows = await tx.query<unknown[]>(
      `SELECT 1 FROM fundings WHERE task_id = $1 AND status = 'PENDING' FOR UPDATE`,
      [taskId],
    );
    return rows.length > 0;
  }

  /** payment_intent.succeeded, from the API response or a webhook: posts clearing → escrow once. */
  async applySucceeded(intent: Stripe.PaymentIntent, tx: EntityManager): Promise<void> {
    const funding = await this.lockForIntent(intent, tx);
    if (!funding || funding.status === 'SUCCEEDED') return;
    const amount = BigInt(intent.amount_received || intent.amount);
    if (amount !== funding.amount || intent.currency.toUpperCase() !== funding.currency)
      this.logger.warn(
        { fundingId: funding.id, intent: intent.id },
        'processor amount differs from the funding; the processor wins',
      );
    // A funding marked FAILED can still succeed later (a retried confirmation): money was taken.
    await tx.query(
      `UPDATE fundings SET status = 'SUCCEEDED', payment_intent_id = $2, amount = $3, failure_code = NULL,
         failure_reason = NULL, updated_at = now() WHERE id = $1`,
      [funding.id, intent.id, amount.toString()],
    );
    await this.ledger.post(
      {
        idempotencyKey: `funding:${funding.id}`,
        kind: 'TASK_FUNDED',
        reference: `task:${funding.taskId}`,
        description: `Escrow funded by payment ${intent.id}`,
        metadata: { fundingId: funding.id, paymentIntentId: intent.id },
        moves: [
          {
            from: Accounts.processorClearing,
            to: Accounts.taskEscrow(funding.organizationId, funding.taskId),
            amount,
            currency: intent.currency.toUpperCase(),
          },
        ],
      },
      tx,
    );
  }

  /** payment_intent.payment_failed: only a payment still in flight can fail; success is final. */
  async applyFailed(intent: Stripe.PaymentIntent, tx: EntityManager): Promise<void> {
    const funding = await this.lockForIntent(intent, tx);
    if (!funding || funding.status !== 'PENDING') return;
    const err = intent.last_payment_error;
    await tx.query(
      `UPDATE fundings SET status = 'FAILED', payment_intent_id = $2, failure_code = $3, failure_reason = $4,
         updated_at = now() WHERE id = $1`,
      [
        funding.id,
        intent.id,
        err?.decline_code ?? err?.code ?? 'payment_failed',
        err?.message ?? 'The payment failed',
      ],
    );
  }

  async findOrThrow(id: string): Promise<FundingEntity> {
    return this.db.getRepository(FundingEntity).findOneByOrFail({ id });
  }

  async listForTask(taskId: string, tx?: EntityManager): Promise<FundingEntity[]> {
    return (tx ?? this.db.manager)
      .getRepository(FundingEntity)
      .find({ where: { taskId }, order: { createdAt: 'ASC' } });
  }

  private async markFailed(
    id: string,
    code: string,
    reason: string,
    intentId: string | null,
  ): Promise<FundingEntity> {
    await this.db.query(
      `UPDATE fundings SET status = 'FAILED', failure_code = $2, failure_reason = $3,
         payment_intent_id = COALESCE(payment_intent_id, $4), updated_at = now()
       WHERE id = $1 AND status = 'PENDING'`,
      [id, code, reason, intentId],
    );
    return this.findOrThrow(id);
  }

  private async lockForIntent(
    intent: Stripe.PaymentIntent,
    tx: EntityManager,
  ): Promise<FundingEntity | null> {
    const id = intent.metadata?.funding_id;
    const rows: { id: string }[] = await tx.query(
      `SELECT id FROM fundings WHERE ($1::uuid IS NOT NULL AND id = $1::uuid) OR payment_intent_id = $2 FOR UPDATE`,
      [id && /^[0-9a-f-]{36}$/i.test(id) ? id : null, intent.id],
    );
    if (rows.length === 0) {
      this.logger.warn(
        { intent: intent.id },
        'payment intent matches no funding; ignored (reconciliation will list it)',
      );
      return null;
    }
    return tx.getRepository(FundingEntity).findOneByOrFail({ id: rows[0].id });
  }

  /** The organisation's customer at the processor, created once (idempotency key per org). */
  private async customerOf(organizationId: string): Promise<string> {
    const found: { customer_id: string }[] = await this.db.query(
      `SELECT customer_id FROM organization_customers WHERE organization_id = $1`,
      [organizationId],
    );
    if (found.length) return found[0].customer_id;
    const customer = await this.stripe.customers
      .create(
        {
          description: `Fairsample organisation ${organizationId}`,
          metadata: { organization_id: organizationId },
        },
        { idempotencyKey: `customer:org:${organizationId}` },
      )
      .catch((e: unknown) => {
        throw translateStripeError(e);
      });
    await this.db.query(
      `INSERT INTO organization_customers (organization_id, customer_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [organizationId, customer.id],
    );
    return customer.id;
  }
}
