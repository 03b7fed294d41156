import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import Stripe from 'stripe';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { ConflictError } from '../../core/errors/domain-error';
import { JobsService } from '../../core/jobs/jobs.module';
import { Accounts, LedgerService } from '../ledger/ledger.module';
import { FundingEntity, FundingStatus } from './entities/funding.entity';
import { minimumCharge } from './processor-minimums';
import { ProcessorEventsService } from './processor-events.service';
import { STRIPE } from './stripe.client';
import { classifyProcessorError } from './stripe-errors';

export interface FundRequest {
  taskId: string;
  organizationId: string;
  amount: bigint;
  currency: string;
  paymentMethod: string;
}

/** A funding of a task that money can still be refunded from. */
export interface RefundableFunding {
  id: string;
  paymentIntentId: string;
  refundable: bigint;
}

export const FUNDING_CHARGE_JOB = 'funding-charge';
export const FUNDING_SWEEP_JOB = 'funding-sweep';
/** Overlapping runs are harmless (same idempotency key) but wasteful: let the inline try finish. */
const CHARGE_JOB_DELAY_MS = 5_000;
/** A PENDING funding this old is settled by the sweep (the charge job had its chance first). */
const SWEEP_AFTER_SECONDS = 120;
/** Stripe keeps idempotency keys 24 h; past that, replaying a charge could charge a second time. */
const REPLAYABLE_FOR_SECONDS = 23 * 3600;

/**
 * Charges a requester's card into a task's escrow. Exactly once: the funding row exists before
 * the processor is called, its id is the PaymentIntent's idempotency key, and the ledger entry's
 * key is `funding:<id>` — whether the API response, the charge job, the sweep or the webhook (any
 * number of times, in any order) reports the success first, one entry is posted. Every funding
 * ends SUCCEEDED or FAILED: the charge is a job written with the funding, a processor refusal is
 * final at once, and a funding still PENDING after that is settled by a sweep that asks the
 * processor what happened.
 */
@Injectable()
export class FundingService implements OnModuleInit {
  private readonly logger = new Logger(FundingService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(STRIPE) private readonly stripe: Stripe,
    private readonly ledger: LedgerService,
    private readonly events: ProcessorEventsService,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.events.on('payment_intent.succeeded', (obj, tx) =>
      this.applySucceeded(obj as Stripe.PaymentIntent, tx),
    );
    this.events.on('payment_intent.payment_failed', (obj, tx) =>
      this.applyFailed(obj as Stripe.PaymentIntent, tx),
    );
    this.jobs.work<{ fundingId: string }>(FUNDING_CHARGE_JOB, async ({ fundingId }) => {
      await this.charge(fundingId);
    });
    this.jobs.work(FUNDING_SWEEP_JOB, async () => {
      await this.sweepPending();
    });
    this.jobs.schedule(FUNDING_SWEEP_JOB, '* * * * *');
  }

  /**
   * Step 1, inside the caller's transaction (which holds the task's row lock): the funding row and
   * its charge job. A partial unique index allows one PENDING funding per task, so a card is never
   * charged twice.
   *
   * The amount is at least the processor's minimum charge. A top-up smaller than that (a draft
   * repriced by a few cents after it was funded) would otherwise be refused forever and the task
   * could never be published; charging the minimum instead leaves a small surplus in the escrow,
   * which is unspent money and goes back to the requester with the refund at close or cancel.
   */
  async createPending(req: FundRequest, tx: EntityManager): Promise<FundingEntity> {
    const floor = minimumCharge(req.currency);
    let funding: FundingEntity;
    try {
      funding = await tx.getRepository(FundingEntity).save({
        taskId: req.taskId,
        organizationId: req.organizationId,
        amount: req.amount < floor ? floor : req.amount,
        currency: req.currency,
        status: FundingStatus.PENDING,
        paymentMethod: req.paymentMethod,
        refundedAmount: 0n,
      });
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505')
        throw new ConflictError('FUNDING_IN_PROGRESS', 'A payment for this task is already being processed');
      throw error;
    }
    await this.jobs.enqueue(FUNDING_CHARGE_JOB, { fundingId: funding.id }, tx, {
      singletonKey: `funding:${funding.id}`,
      // The caller's inline attempt goes first; the job is the guarantee if that one fails.
      startAfter: new Date(Date.now() + CHARGE_JOB_DELAY_MS),
    });
    return funding;
  }

  /**
   * Step 2, after commit (inline for a quick answer, and as the charge job): charge the card. The
   * PaymentIntent is created with the idempotency key `funding:<id>` and parameters derived from
   * the funding row alone, so calling this again replays the same PaymentIntent instead of charging
   * twice. A refusal settles the funding FAILED; an outage is thrown, for the job to retry.
   */
  async charge(fundingId: string): Promise<FundingEntity> {
    const funding = await this.findOrThrow(fundingId);
    if (funding.status !== FundingStatus.PENDING) return funding;
    let intent: Stripe.PaymentIntent;
    try {
      const customer = await this.customerOf(funding.organizationId);
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
      const failure = classifyProcessorError(error);
      if (failure.kind !== 'transient') {
        this.logger.warn(
          { fundingId, code: failure.code },
          `payment ${failure.kind} by the processor: ${failure.reason}`,
        );
        await this.db.transaction((tx) =>
          this.markFailed(funding.id, failure.code, failure.reason, failure.intentId, tx),
        );
        return this.findOrThrow(funding.id);
      }
      // Outage or timeout: the charge may or may not exist. The funding stays PENDING; the job
      // retries with the same key, the webhook or the sweep settles it. Nothing is guessed.
      this.logger.error({ err: error, fundingId: funding.id }, 'payment intent creation failed');
      throw failure.error;
    }
    await this.applyIntent(intent);
    return this.findOrThrow(funding.id);
  }

  /**
   * Settles a PENDING funding by asking the processor: the PaymentIntent is retrieved by id, or
   * found among the customer's by the funding id in its metadata. None means the charge never
   * reached the processor: it is made now (same idempotency key) while that key is still
   * replayable, and abandoned (FAILED) after that rather than charging a card a day late.
   */
  async reconcile(fundingId: string): Promise<void> {
    const funding = await this.findOrThrow(fundingId);
    if (funding.status !== FundingStatus.PENDING) return;
    const intent = await this.findIntent(funding);
    if (intent) return this.applyIntent(intent);
    const ageSeconds = (Date.now() - funding.createdAt.getTime()) / 1000;
    if (ageSeconds < REPLAYABLE_FOR_SECONDS) {
      await this.charge(fundingId);
      return;
    }
    await this.db.transaction((tx) =>
      this.markFailed(
        fundingId,
        'not_charged',
        'The payment never reached the processor and was abandoned; fund the task again',
        null,
        tx,
      ),
    );
  }

  /** The scheduled sweep: every funding PENDING for a while is reconciled with the processor. */
  async sweepPending(olderThanSeconds = SWEEP_AFTER_SECONDS): Promise<{ settled: number; failed: number }> {
    const stale = await this.db.query<{ id: string }[]>(
      `SELECT id FROM fundings WHERE status = 'PENDING' AND created_at < now() - make_interval(secs => $1)
       ORDER BY created_at LIMIT 500`,
      [olderThanSeconds],
    );
    let failed = 0;
    for (const { id } of stale)
      await this.reconcile(id).catch((err: unknown) => {
        failed++;
        this.logger.error(
          { err, fundingId: id },
          'pending funding could not be reconciled; next sweep retries',
        );
      });
    if (failed > 0) throw new Error(`${failed} of ${stale.length} pending fundings could not be reconciled`);
    return { settled: stale.length - failed, failed };
  }

  /** Settles payments of this task left PENDING, before anything new is decided (best effort). */
  async resumePending(taskId: string): Promise<void> {
    for (const id of await this.pendingOf(taskId, this.db.manager, false))
      await this.reconcile(id).catch(() => undefined); // still pending: refused below, the sweep goes on
  }

  /**
   * Is a payment of this task still in flight? FOR UPDATE waits for a success being applied right
   * now (applySucceeded holds the funding row until its ledger entry commits), so a caller that
   * reads the escrow after this sees that money — without it, a second fundTask read escrow 0
   * while the first payment's success was committing, and charged the card again.
   */
  async hasPending(taskId: string, tx: EntityManager): Promise<boolean> {
    return (await this.pendingOf(taskId, tx, true)).length > 0;
  }

  /** payment_intent.succeeded, from the API response or a webhook: posts clearing → escrow once. */
  async applySucceeded(intent: Stripe.PaymentIntent, tx: EntityManager): Promise<void> {
    const funding = await this.lockForIntent(intent, tx);
    if (!funding || funding.status === FundingStatus.SUCCEEDED) return;
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
    if (!funding) return;
    const err = intent.last_payment_error;
    await this.markFailed(
      funding.id,
      err?.decline_code ?? err?.code ?? 'payment_failed',
      err?.message ?? 'The payment failed',
      intent.id,
      tx,
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

  /** Succeeded payments of a task with money left to refund, oldest first. */
  async refundable(taskId: string, tx: EntityManager): Promise<RefundableFunding[]> {
    const rows = await tx.query<{ id: string; payment_intent_id: string; left: string }[]>(
      `SELECT id, payment_intent_id, (amount - refunded_amount)::text AS left FROM fundings
       WHERE task_id = $1 AND status = 'SUCCEEDED' AND amount > refunded_amount ORDER BY created_at, id`,
      [taskId],
    );
    return rows.map((r) => ({ id: r.id, paymentIntentId: r.payment_intent_id, refundable: BigInt(r.left) }));
  }

  /** Counts a processor refund against its payment; the CHECK refuses refunding more than was paid. */
  async addRefunded(fundingId: string, amount: bigint, tx: EntityManager): Promise<void> {
    await tx.query(
      `UPDATE fundings SET refunded_amount = refunded_amount + $2, updated_at = now() WHERE id = $1`,
      [fundingId, amount.toString()],
    );
  }

  /** The one place a funding fails; only a payment still in flight can (success is final). */
  private async markFailed(
    id: string,
    code: string,
    reason: string,
    intentId: string | null,
    tx: EntityManager,
  ): Promise<void> {
    await tx.query(
      `UPDATE fundings SET status = 'FAILED', failure_code = $2, failure_reason = $3,
         payment_intent_id = COALESCE(payment_intent_id, $4), updated_at = now()
       WHERE id = $1 AND status = 'PENDING'`,
      [id, code, reason, intentId],
    );
  }

  /** Ids of the task's PENDING fundings; `lock` waits for a success being applied (see hasPending). */
  private async pendingOf(taskId: string, q: EntityManager, lock: boolean): Promise<string[]> {
    const rows = await q.query<{ id: string }[]>(
      `SELECT id FROM fundings WHERE task_id = $1 AND status = 'PENDING'${lock ? ' FOR UPDATE' : ''}`,
      [taskId],
    );
    return rows.map((r) => r.id);
  }

  /** Applies what the processor says about a PaymentIntent; one still in progress changes nothing. */
  private async applyIntent(intent: Stripe.PaymentIntent): Promise<void> {
    if (intent.status === 'succeeded') await this.db.transaction((tx) => this.applySucceeded(intent, tx));
    else if (
      intent.status === 'canceled' ||
      (intent.status === 'requires_payment_method' && intent.last_payment_error)
    )
      await this.db.transaction((tx) => this.applyFailed(intent, tx));
    else {
      const id = intent.metadata?.funding_id;
      if (id)
        await this.db.query(
          `UPDATE fundings SET payment_intent_id = $2, updated_at = now() WHERE id = $1 AND payment_intent_id IS NULL`,
          [id, intent.id],
        );
    }
  }

  /** The funding's PaymentIntent at the processor, or null if it was never created. */
  private async findIntent(funding: FundingEntity): Promise<Stripe.PaymentIntent | null> {
    if (funding.paymentIntentId) return this.stripe.paymentIntents.retrieve(funding.paymentIntentId);
    const customer = await this.knownCustomer(funding.organizationId);
    if (!customer) return null; // the charge needs the customer first: no customer, no charge
    const since = Math.floor(funding.createdAt.getTime() / 1000) - 300; // clocks differ a little
    for await (const pi of this.stripe.paymentIntents.list({
      customer,
      created: { gte: since },
      limit: 100,
    }))
      if (pi.metadata?.funding_id === funding.id) return pi;
    return null;
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

  private async knownCustomer(organizationId: string): Promise<string | null> {
    const [row] = await this.db.query<{ customer_id: string }[]>(
      `SELECT customer_id FROM organization_customers WHERE organization_id = $1`,
      [organizationId],
    );
    return row?.customer_id ?? null;
  }

  /** The organisation's customer at the processor, created once (idempotency key per org). */
  private async customerOf(organizationId: string): Promise<string> {
    const known = await this.knownCustomer(organizationId);
    if (known) return known;
    const customer = await this.stripe.customers.create(
      {
        description: `Fairsample organisation ${organizationId}`,
        metadata: { organization_id: organizationId },
      },
      { idempotencyKey: `customer:org:${organizationId}` },
    );
    await this.db.query(
      `INSERT INTO organization_customers (organization_id, customer_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [organizationId, customer.id],
    );
    return customer.id;
  }
}
