import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import Stripe from 'stripe';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../core/audit/audit.module';
import { JobsService } from '../../core/jobs/jobs.module';
import { Connection, isTimestampUuid, parsePage, toConnection } from '../../core/pagination/cursor';
import { Accounts, LedgerService } from '../ledger/ledger.module';
import { ProcessorEventsService, STRIPE } from '../payments/payments.module';
import { PayoutAccountsService } from './payout-accounts.service';
import { PAYOUT_TRANSFER_JOB, PayoutRunResult, PayoutRunsService } from './payout-runs.service';

export type { PayoutRunResult } from './payout-runs.service';

export type PayoutStatus = 'PENDING' | 'PAID' | 'FAILED';

export interface Payout {
  id: string;
  runId: string;
  contractorId: string;
  currency: string;
  amount: bigint;
  status: PayoutStatus;
  transferId: string | null;
  failureCode: string | null;
  failureReason: string | null;
  ledgerEntryId: string;
  createdAt: Date;
}

/** The payout that paid a credit out of a contractor's payable balance. */
export interface PayoutCover {
  payoutId: string;
  status: PayoutStatus;
  paidAt: Date | null;
  transferId: string | null;
}

/** Why a contractor's balance in one currency is (not) paid by the next run. */
export interface PayoutEligibility {
  currency: string;
  payable: bigint;
  minimum: bigint;
  eligible: boolean;
  reasons: string[];
}

interface PayoutRow {
  id: string;
  run_id: string;
  contractor_id: string;
  currency: string;
  amount: string;
  status: PayoutStatus;
  transfer_id: string | null;
  failure_code: string | null;
  failure_reason: string | null;
  ledger_entry_id: string;
  created_at: Date;
}

const toPayout = (r: PayoutRow): Payout => ({
  id: r.id,
  runId: r.run_id,
  contractorId: r.contractor_id,
  currency: r.currency,
  amount: BigInt(r.amount),
  status: r.status,
  transferId: r.transfer_id,
  failureCode: r.failure_code,
  failureReason: r.failure_reason,
  ledgerEntryId: r.ledger_entry_id,
  createdAt: r.created_at,
});

/** The ledger kind of a part of a payout that the processor reversed (money back to payable). */
export const PARTLY_REVERSED = 'PAYOUT_PARTLY_REVERSED';
export const PROCESSOR_EVENTS_SWEEP = 'payouts.processor-events-sweep';
/** Events the sweep asks the processor for; the webhook should have brought them already. */
const SWEPT_EVENT_TYPES = [
  'account.updated',
  'transfer.created',
  'transfer.reversed',
  'payout.paid',
  'payout.failed',
  'payment_intent.succeeded',
  'payment_intent.payment_failed',
];
const SWEEP_WINDOW_SECONDS = 3 * 24 * 3600;

/**
 * Pays contractors their payable balances through processor transfers. A payout row and its
 * ledger entry (payable → processor clearing) commit together with the job that makes the
 * transfer (PayoutRunsService writes them, a page of a run at a time); the transfer's idempotency
 * key is `payout:<id>`, so a retry after a lost response gets the same transfer back, never a
 * second one. A failed or reversed transfer returns the money to payable with a reversing entry
 * (a partial reversal, the part reversed).
 */
@Injectable()
export class PayoutsService implements OnModuleInit {
  private readonly logger = new Logger(PayoutsService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(STRIPE) private readonly stripe: Stripe,
    private readonly ledger: LedgerService,
    private readonly jobs: JobsService,
    private readonly audit: AuditService,
    private readonly events: ProcessorEventsService,
    private readonly accounts: PayoutAccountsService,
    private readonly runs: PayoutRunsService,
  ) {}

  onModuleInit(): void {
    this.jobs.work<{ payoutId: string }>(PAYOUT_TRANSFER_JOB, ({ payoutId }) => this.transfer(payoutId), {
      retryLimit: 10,
    });
    this.jobs.work(PROCESSOR_EVENTS_SWEEP, () => this.sweepProcessorEvents().then(() => undefined));
    this.jobs.schedule(PROCESSOR_EVENTS_SWEEP, '*/15 * * * *');
    this.events.on('transfer.created', (obj, tx) => this.applyTransferCreated(obj as Stripe.Transfer, tx));
    this.events.on('transfer.reversed', (obj, tx) => this.applyTransferReversed(obj as Stripe.Transfer, tx));
  }

  minimumFor(currency: string): bigint {
    return this.runs.minimumFor(currency);
  }

  /** See PayoutRunsService.run. */
  run(
    currency: string,
    actor: string,
    onProgress?: (done: number, paid: number) => void,
  ): Promise<PayoutRunResult> {
    return this.runs.run(currency, actor, onProgress);
  }

  /**
   * The job: creates the transfer (or gets the one a lost response created, by its key) and
   * records it. An outage throws, so the job is retried with the same key.
   */
  async transfer(payoutId: string): Promise<void> {
    const payout = await this.find(payoutId);
    if (!payout || payout.status !== 'PENDING') return;
    const [row] = await this.db.query<{ processor_account_id: string }[]>(
      `SELECT processor_account_id FROM payouts WHERE id = $1`,
      [payoutId],
    );
    let transfer: Stripe.Transfer;
    try {
      transfer = await this.stripe.transfers.create(
        {
          amount: Number(payout.amount),
          currency: payout.currency.toLowerCase(),
          destination: row.processor_account_id,
          transfer_group: `payout:${payout.id}`,
          description: 'Fairsample payout',
          metadata: { payout_id: payout.id, run_id: payout.runId },
        },
        { idempotencyKey: `payout:${payout.id}` },
      );
    } catch (error) {
      if (isRefusal(error)) {
        await this.db.transaction((tx) =>
          this.fail(tx, payout.id, error.code ?? 'transfer_refused', error.message, null),
        );
        return;
      }
      this.logger.warn({ err: error, payoutId }, 'transfer not confirmed; the job will retry');
      throw error;
    }
    await this.db.transaction((tx) => this.markPaid(tx, payout.id, transfer));
  }

  private async markPaid(tx: EntityManager, payoutId: string, transfer: Stripe.Transfer): Promise<void> {
    if (transfer.reversed) return this.applyTransferReversed(transfer, tx);
    const rows = await tx.query<{ id: string }[]>(
      `WITH paid AS (UPDATE payouts SET status = 'PAID', transfer_id = $2, updated_at = now()
       WHERE id = $1 AND status = 'PENDING' RETURNING id) SELECT id FROM paid`,
      [payoutId, transfer.id],
    );
    if (rows.length)
      await this.audit.append(tx, {
        actor: 'system',
        action: 'payout.paid',
        subject: { type: 'payout', id: payoutId },
        before: { status: 'PENDING' },
        after: { status: 'PAID', transferId: transfer.id },
      });
  }

  /** FAILED with the processor's reason; the money goes back to payable, by a new entry. */
  private async fail(
    tx: EntityManager,
    payoutId: string,
    code: string,
    reason: string,
    transferId: string | null,
  ): Promise<void> {
    const rows = await tx.query<{ id: string }[]>(
      `WITH failed AS (UPDATE payouts SET status = 'FAILED', failure_code = $2, failure_reason = $3,
         transfer_id = COALESCE(transfer_id, $4), updated_at = now()
       WHERE id = $1 AND status <> 'FAILED' RETURNING id) SELECT id FROM failed`,
      [payoutId, code, reason.slice(0, 1000), transferId],
    );
    if (rows.length === 0) return;
    const payout = (await this.find(payoutId, tx))!;
    // Parts of the transfer reversed earlier went back to payable already; the rest goes now.
    const rest = payout.amount - (await this.reversedInPart(tx, payout));
    if (rest > 0n)
      await this.ledger.post(
        {
          idempotencyKey: `payout-returned:${payoutId}`,
          kind: 'PAYOUT_RETURNED',
          reference: `payout:${payoutId}`,
          description: `Payout failed: ${code}`,
          metadata: { payoutId, code },
          moves: [
            {
              from: Accounts.processorClearing,
              to: Accounts.contractorPayable(payout.contractorId),
              amount: rest,
              currency: payout.currency,
            },
          ],
        },
        tx,
      );
    await this.audit.append(tx, {
      actor: 'system',
      action: 'payout.failed',
      subject: { type: 'payout', id: payoutId },
      after: { status: 'FAILED', code },
    });
  }

  /** transfer.created: the transfer exists, so the payout is paid (if nothing settled it yet). */
  async applyTransferCreated(transfer: Stripe.Transfer, tx: EntityManager): Promise<void> {
    const payoutId = transfer.metadata?.payout_id;
    if (!payoutId || !(await this.find(payoutId, tx))) return;
    await this.markPaid(tx, payoutId, transfer);
  }

  /**
   * transfer.reversed. In full: the contractor never got the money; the payout FAILS and what
   * has not gone back to payable yet goes back. In part: each reversal's amount goes back to
   * payable by its own entry, keyed by the reversal's id, and the payout stays PAID for the rest.
   * Every transfer.reversed event carries all the transfer's reversals so far, so any number of
   * deliveries of any of them, in any order, books each reversal once.
   */
  async applyTransferReversed(transfer: Stripe.Transfer, tx: EntityManager): Promise<void> {
    const payoutId = transfer.metadata?.payout_id;
    if (!payoutId) return;
    // The payout row's lock serialises the reversal events of one payout, so a part booked and
    // the full return computed from the parts booked never race.
    const [row] = await tx.query<{ status: PayoutStatus }[]>(
      `SELECT status FROM payouts WHERE id = $1 FOR UPDATE`,
      [payoutId],
    );
    if (!row || row.status === 'FAILED') return; // failed: the whole amount went back already
    if (transfer.amount_reversed >= transfer.amount) {
      await this.fail(
        tx,
        payoutId,
        'transfer_reversed',
        'The payment processor reversed the transfer',
        transfer.id,
      );
      return;
    }
    const payout = (await this.find(payoutId, tx))!;
    const reversals = await this.reversalsOf(transfer);
    const posted = await this.ledger.postMany(
      reversals.map((r) => ({
        idempotencyKey: `payout-reversal:${r.id}`,
        kind: PARTLY_REVERSED,
        reference: `payout:${payoutId}`,
        description: 'Part of the payout reversed by the payment processor',
        metadata: { payoutId, transferId: transfer.id, reversalId: r.id },
        moves: [
          {
            from: Accounts.processorClearing,
            to: Accounts.contractorPayable(payout.contractorId),
            amount: BigInt(r.amount),
            currency: payout.currency,
          },
        ],
      })),
      tx,
    );
    await this.audit.appendMany(
      tx,
      reversals
        .filter((_, i) => posted[i].created)
        .map((r) => ({
          actor: 'system' as const,
          action: 'payout.partly_reversed',
          subject: { type: 'payout', id: payoutId },
          after: { reversalId: r.id, amountReversed: r.amount },
        })),
    );
  }

  /** Every reversal of a transfer: those the event carries, or all of them from the processor. */
  private async reversalsOf(transfer: Stripe.Transfer): Promise<{ id: string; amount: number }[]> {
    if (!transfer.reversals?.has_more) return transfer.reversals?.data ?? [];
    const all: { id: string; amount: number }[] = [];
    for await (const r of this.stripe.transfers.listReversals(transfer.id, { limit: 100 })) all.push(r);
    return all;
  }

  /** What earlier partial reversals of this payout's transfer returned to payable. */
  private async reversedInPart(tx: EntityManager, payout: Payout): Promise<bigint> {
    const entries = await this.ledger.entriesByReference(`payout:${payout.id}`, tx);
    const account = Accounts.contractorPayable(payout.contractorId);
    return entries
      .filter((e) => e.kind === PARTLY_REVERSED)
      .flatMap((e) => e.legs)
      .filter((l) => l.account === account)
      .reduce((sum, l) => sum + l.amount, 0n);
  }

  /**
   * Applies what the webhook never delivered: the platform's recent events, listed from the
   * processor's API, and — since connected accounts' own events are listed only per account —
   * the current state of every account still waiting for onboarding to finish.
   */
  async sweepProcessorEvents(): Promise<number> {
    let applied = await this.accounts.refreshWaiting();
    const since = Math.floor(Date.now() / 1000) - SWEEP_WINDOW_SECONDS;
    for await (const event of this.stripe.events.list({
      created: { gte: since },
      types: SWEPT_EVENT_TYPES,
      limit: 100,
    }))
      if (await this.events.handle(event)) applied++;
    return applied;
  }

  async find(id: string, tx?: EntityManager): Promise<Payout | null> {
    const [row] = await (tx ?? this.db.manager).query<PayoutRow[]>(`SELECT * FROM payouts WHERE id = $1`, [
      id,
    ]);
    return row ? toPayout(row) : null;
  }

  /** Status of each payout id given (for reconciliation). */
  async statesOf(ids: string[]): Promise<Map<string, PayoutStatus>> {
    const rows = await this.db.query<{ id: string; status: PayoutStatus }[]>(
      `SELECT id, status FROM payouts WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.status]));
  }

  async ofRun(runId: string): Promise<Payout[]> {
    const rows = await this.db.query<PayoutRow[]>(
      `SELECT * FROM payouts WHERE run_id = $1 ORDER BY created_at, id`,
      [runId],
    );
    return rows.map(toPayout);
  }

  /** All payouts (finance) or one contractor's, newest first. */
  async list(
    filter: { contractorId?: string; status?: PayoutStatus },
    first?: number | null,
    after?: string | null,
  ): Promise<Connection<Payout>> {
    const page = parsePage(first, after, isTimestampUuid);
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.contractorId) where.push(`contractor_id = $${params.push(filter.contractorId)}`);
    if (filter.status) where.push(`status = $${params.push(filter.status)}`);
    const base = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const keyset = page.after
      ? `${base ? `${base} AND` : 'WHERE'} (created_at, id) < ($${params.push(page.after.sortKey)}::timestamptz, $${params.push(page.after.id)}::uuid)`
      : base;
    const rows = await this.db.query<PayoutRow[]>(
      `SELECT * FROM payouts ${keyset} ORDER BY created_at DESC, id DESC LIMIT ${page.first + 1}`,
      params,
    );
    const [{ count }] = await this.db.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM payouts ${base}`,
      params.slice(0, where.length),
    );
    return toConnection(rows, page, count, (r) => [r.created_at.toISOString(), r.id], toPayout);
  }

  /** Why each of a contractor's payable balances will (not) be paid by the next run. */
  async eligibility(contractorId: string): Promise<PayoutEligibility[]> {
    const status = await this.accounts.status(contractorId);
    const rows = await this.db.query<{ currency: string; balance: string }[]>(
      `SELECT currency, balance::text AS balance FROM ledger_balances WHERE account = $1 ORDER BY currency`,
      [Accounts.contractorPayable(contractorId)],
    );
    const pending = await this.db.query<{ currency: string }[]>(
      `SELECT currency FROM payouts WHERE contractor_id = $1 AND status = 'PENDING'`,
      [contractorId],
    );
    return rows.map((r) => {
      const payable = BigInt(r.balance);
      const minimum = this.minimumFor(r.currency);
      const reasons: string[] = [];
      if (payable < minimum)
        reasons.push('Your payable balance is below the minimum payout for this currency.');
      if (!status.payoutsEnabled) {
        reasons.push(
          status.onboardingStarted
            ? 'Payout onboarding is not complete.'
            : 'Start payout onboarding so we know where to pay you.',
        );
        if (status.disabledReason) reasons.push(status.disabledReason);
        for (const r of status.requirements) reasons.push(`Still needed: ${r}.`);
      }
      if (pending.some((p) => p.currency === r.currency))
        reasons.push('A payout in this currency is still being processed.');
      return { currency: r.currency, payable, minimum, eligible: reasons.length === 0, reasons };
    });
  }

  /**
   * Which payout covered each of a contractor's payable credits: a payout pays the whole balance,
   * so a credit is covered by the first payout (not failed) created at or after it. Entries not
   * paid yet are absent from the map.
   */
  async payoutsCovering(contractorId: string, entryIds: string[]): Promise<Map<string, string>> {
    const covers = await this.coversOf(contractorId, entryIds);
    return new Map([...covers].map(([entryId, cover]) => [entryId, cover.payoutId]));
  }

  /** `payoutsCovering` with the payout's state and transfer, for a statement page: one query. */
  async coversOf(contractorId: string, entryIds: string[]): Promise<Map<string, PayoutCover>> {
    if (entryIds.length === 0) return new Map();
    const rows = await this.db.query<
      {
        entry_id: string;
        id: string;
        status: PayoutStatus;
        paid_at: Date | null;
        transfer_id: string | null;
      }[]
    >(
      `SELECT e.id AS entry_id, c.id, c.status, c.paid_at, c.transfer_id
       FROM ledger_entries e JOIN ledger_postings lp ON lp.entry_id = e.id AND lp.account = $2 AND lp.amount > 0
       JOIN LATERAL (
         SELECT p.id, p.status, p.paid_at, p.transfer_id FROM payouts p JOIN ledger_entries pe ON pe.id = p.ledger_entry_id
         WHERE p.contractor_id = $1 AND p.status <> 'FAILED' AND p.currency = lp.currency
           AND pe.created_at >= e.created_at ORDER BY pe.created_at, p.id LIMIT 1) c ON true
       WHERE e.id = ANY($3::uuid[])`,
      [contractorId, Accounts.contractorPayable(contractorId), entryIds],
    );
    return new Map(
      rows.map((r) => [
        r.entry_id,
        { payoutId: r.id, status: r.status, paidAt: r.paid_at, transferId: r.transfer_id },
      ]),
    );
  }
}

/** A 4xx from the processor (not rate limiting, not an idempotency clash): retrying cannot help. */
function isRefusal(error: unknown): error is Stripe.errors.StripeError {
  return (
    error instanceof Stripe.errors.StripeInvalidRequestError ||
    error instanceof Stripe.errors.StripePermissionError
  );
}
