import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import Stripe from 'stripe';
import { DataSource } from 'typeorm';
import { AuditService } from '../../core/audit/audit.module';
import type { AuditActor } from '../../core/audit/audit.module';
import { BadInputError, ConflictError } from '../../core/errors/domain-error';
import { Accounts } from '../ledger/ledger.module';
import { STRIPE } from '../payments/payments.module';
import { PARTLY_REVERSED, PayoutsService } from '../payouts/payouts.module';
import { compare } from './match';
import type { Mismatch, ReconciliationReport, Side } from './reconciliation.types';

/** Objects are fetched this much beyond the window on both sides, so a movement booked just
 * inside it and created at the processor just outside (or the reverse) still meets its pair. */
const SLACK_MS = 24 * 3600 * 1000;
const MAX_WINDOW_MS = 400 * 24 * 3600 * 1000;

/**
 * Matches every funding, refund and payout of a window in the ledger with the processor's own
 * objects (payment intents, refunds, transfers and their balance transactions), and closes
 * periods whose reconciliation is clean. Reads other modules' tables, never writes them.
 */
@Injectable()
export class ReconciliationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(STRIPE) private readonly stripe: Stripe,
    private readonly payouts: PayoutsService,
    private readonly audit: AuditService,
  ) {}

  async reconcile(from: Date, to: Date, onProgress?: (step: string) => void): Promise<ReconciliationReport> {
    checkWindow(from, to);
    const window = { from, to };
    const wide = { from: new Date(from.getTime() - SLACK_MS), to: new Date(to.getTime() + SLACK_MS) };
    const created = { gte: Math.floor(wide.from.getTime() / 1000), lt: Math.ceil(wide.to.getTime() / 1000) };
    let matched = 0;
    const mismatches: Mismatch[] = [];
    const add = (r: { matched: number; mismatches: Mismatch[] }) => {
      matched += r.matched;
      mismatches.push(...r.mismatches);
    };

    onProgress?.('fundings');
    const intents = new Map<string, Side>();
    for await (const pi of this.stripe.paymentIntents.list({ created, limit: 100 }))
      if (pi.metadata?.funding_id && pi.status !== 'canceled' && pi.status !== 'requires_payment_method')
        intents.set(pi.id, side(pi.amount_received || pi.amount, pi.currency, pi.status, pi.created));
    add(
      compare(
        'funding',
        await this.ledgerByMeta('TASK_FUNDED', 'paymentIntentId', -1, wide),
        intents,
        window,
        () => 'succeeded',
      ),
    );

    onProgress?.('refunds');
    const pendingRefunds = new Set(
      (await this.db.query<{ id: string }[]>(`SELECT id FROM escrow_refunds WHERE status = 'PENDING'`)).map(
        (r) => r.id,
      ),
    );
    const refunds = new Map<string, Side>();
    for await (const re of this.stripe.refunds.list({ created, limit: 100 })) {
      const key = re.metadata?.escrow_refund_id;
      if (!key) continue;
      const prev = refunds.get(key);
      const status = re.status ?? 'unknown';
      refunds.set(key, {
        amount: (prev?.amount ?? 0n) + BigInt(re.amount),
        currency: re.currency.toUpperCase(),
        status: prev && prev.status !== 'succeeded' ? prev.status : status,
        at: prev?.at ?? new Date(re.created * 1000),
      });
    }
    const ledgerRefunds = await this.ledgerByMeta('ESCROW_REFUNDED', 'refundId', 1, wide);
    for (const id of pendingRefunds) ledgerRefunds.delete(id);
    add(compare('refund', ledgerRefunds, refunds, window, () => 'succeeded'));

    onProgress?.('payouts');
    const transfers = new Map<string, Side>();
    const transferIds = new Map<string, string>();
    for await (const tr of this.stripe.transfers.list({ created, limit: 100 })) {
      const key = tr.metadata?.payout_id;
      if (!key) continue;
      const status = tr.reversed ? 'reversed' : tr.amount_reversed > 0 ? 'partially_reversed' : 'paid';
      transfers.set(key, side(tr.amount, tr.currency, status, tr.created));
      transferIds.set(key, tr.id);
    }
    const ledgerPayouts = await this.ledgerByMeta('PAYOUT', 'payoutId', 1, wide);
    const returned = await this.ledgerByMeta('PAYOUT_RETURNED', 'payoutId', -1, wide);
    const partlyReversed = await this.ledgerByMeta(PARTLY_REVERSED, 'payoutId', -1, wide);
    const states = await this.payouts.statesOf([...ledgerPayouts.keys()]);
    for (const [id, l] of ledgerPayouts) {
      const state = states.get(id);
      if (state === 'PENDING') {
        ledgerPayouts.delete(id);
        continue;
      }
      const back = returned.get(id)?.amount ?? 0n;
      if (state === 'FAILED' && !transfers.has(id) && l.amount + back === 0n) {
        // Refused by the processor before any transfer existed, and the money came back.
        ledgerPayouts.delete(id);
        if (l.at >= from && l.at < to) matched++;
        continue;
      }
      // Amounts compare gross (what was transferred); a return of the money shows in the status.
      const status =
        back !== 0n ? `${state}_RETURNED` : partlyReversed.has(id) ? `${state}_PARTLY_REVERSED` : state;
      ledgerPayouts.set(id, { ...l, status: status ?? 'UNKNOWN' });
    }
    add(
      compare(
        'payout',
        ledgerPayouts,
        transfers,
        window,
        (l) => TRANSFER_STATUS_OF[l.status] ?? `(${l.status})`,
      ),
    );

    onProgress?.('balance transactions');
    const bts = new Map<string, bigint>();
    for await (const bt of this.stripe.balanceTransactions.list({ created, type: 'transfer', limit: 100 }))
      if (typeof bt.source === 'string') bts.set(bt.source, BigInt(-bt.amount));
    for (const [payoutId, transferId] of transferIds) {
      const t = transfers.get(payoutId)!;
      if (t.at < from || t.at >= to) continue;
      if (!bts.has(transferId))
        mismatches.push({
          kind: 'MISSING_AT_PROCESSOR',
          reference: `balance_transaction:${transferId}`,
          ledger: ledgerPayouts.get(payoutId) ?? null,
          processor: null,
          detail: `no balance transaction for transfer ${transferId} of payout ${payoutId}`,
        });
    }

    onProgress?.('pending');
    mismatches.push(...(await this.pending(from, to)));
    return { from, to, matchedCount: matched, mismatches };
  }

  /**
   * Closes [from, to) for good: refused unless its reconciliation is clean. Afterwards the
   * database refuses ledger entries dated inside it; corrections go into the open period.
   */
  async closePeriod(from: Date, to: Date, actor: AuditActor): Promise<ReconciliationReport> {
    checkWindow(from, to);
    if (to.getTime() > Date.now())
      throw new BadInputError('PERIOD_NOT_OVER', 'A period can be closed only once it has ended', {
        field: 'to',
      });
    const before = await this.entriesIn(from, to);
    const report = await this.reconcile(from, to);
    if (report.mismatches.length > 0)
      throw new ConflictError(
        'PERIOD_NOT_RECONCILED',
        `The period has ${report.mismatches.length} reconciliation mismatch(es); resolve them before closing`,
        { mismatches: report.mismatches.length },
      );
    await this.db.transaction(async (tx) => {
      // SHARE mode waits for every transaction writing ledger entries to end and holds new ones
      // until this commits: an entry stamped inside the period cannot slip in behind the check.
      await tx.query(`LOCK TABLE ledger_entries IN SHARE MODE`);
      const [{ count }] = await tx.query<{ count: string }[]>(
        `SELECT count(*)::text AS count FROM ledger_entries WHERE created_at >= $1 AND created_at < $2`,
        [from, to],
      );
      if (count !== before)
        throw new ConflictError(
          'PERIOD_CHANGED',
          'Entries were booked in the period while it was checked; retry',
        );
      // Closes run one at a time, so the overlap check below cannot race another close (the
      // exclusion constraint would refuse it anyway, as an internal error).
      await tx.query(`LOCK TABLE closed_periods IN SHARE ROW EXCLUSIVE MODE`);
      const overlapping = await tx.query<unknown[]>(
        `SELECT 1 FROM closed_periods WHERE tstzrange(period_start, period_end) && tstzrange($1, $2)`,
        [from, to],
      );
      if (overlapping.length)
        throw new ConflictError('PERIOD_ALREADY_CLOSED', 'The period overlaps one already closed');
      await tx.query(
        `INSERT INTO closed_periods (period_start, period_end, closed_by, matched_count) VALUES ($1, $2, $3, $4)`,
        [from, to, actorName(actor), report.matchedCount],
      );
      await this.audit.append(tx, {
        actor,
        action: 'closed_period.closed',
        subject: { type: 'closed_period', id: from.toISOString() },
        after: { from: from.toISOString(), to: to.toISOString(), matchedCount: report.matchedCount },
      });
    });
    return report;
  }

  private async entriesIn(from: Date, to: Date): Promise<string> {
    const [{ count }] = await this.db.query<{ count: string }[]>(
      `SELECT count(*)::text AS count FROM ledger_entries WHERE created_at >= $1 AND created_at < $2`,
      [from, to],
    );
    return count;
  }

  /**
   * The ledger's movements of one kind, keyed by a metadata field (a processor or payout id),
   * summed per key: `sign` turns the processor-clearing leg into the amount the processor moved.
   */
  private async ledgerByMeta(
    kind: string,
    field: string,
    sign: 1 | -1,
    window: { from: Date; to: Date },
  ): Promise<Map<string, Side>> {
    const rows = await this.db.query<{ key: string; currency: string; amount: string; at: Date }[]>(
      `SELECT e.metadata->>$2 AS key, p.currency, sum(p.amount)::text AS amount, min(e.created_at) AS at
       FROM ledger_entries e JOIN ledger_postings p ON p.entry_id = e.id AND p.account = $3
       WHERE e.kind = $1 AND e.created_at >= $4 AND e.created_at < $5 AND e.metadata ? $2
       GROUP BY 1, 2`,
      [kind, field, Accounts.processorClearing, window.from, window.to],
    );
    const out = new Map<string, Side>();
    for (const r of rows) {
      const prev = out.get(r.key);
      // Two currencies under one key: the second is a currency mismatch in itself.
      out.set(r.key, {
        amount: (prev?.amount ?? 0n) + BigInt(r.amount) * BigInt(sign),
        currency: prev && prev.currency !== r.currency ? `${prev.currency}+${r.currency}` : r.currency,
        status: 'booked',
        at: prev && prev.at < r.at ? prev.at : r.at,
      });
    }
    return out;
  }

  /** Fundings, refunds and payouts of the window still PENDING: their jobs could not settle them. */
  private async pending(from: Date, to: Date): Promise<Mismatch[]> {
    const rows = await this.db.query<{ ref: string; amount: string; currency: string }[]>(
      `SELECT 'funding:' || id AS ref, amount::text AS amount, currency FROM fundings
         WHERE status = 'PENDING' AND created_at >= $1 AND created_at < $2
       UNION ALL
       SELECT 'refund:' || id, amount::text, currency FROM escrow_refunds
         WHERE status = 'PENDING' AND created_at >= $1 AND created_at < $2
       UNION ALL
       SELECT 'payout:' || id, amount::text, currency FROM payouts
         WHERE status = 'PENDING' AND created_at >= $1 AND created_at < $2
       ORDER BY 1`,
      [from, to],
    );
    return rows.map((r) => ({
      kind: 'PENDING_UNSETTLED' as const,
      reference: r.ref,
      ledger: { amount: BigInt(r.amount), currency: r.currency },
      processor: null,
      detail: 'still pending: not settled with the processor',
    }));
  }
}

/** The transfer status the processor should show for a payout's state in the ledger. */
const TRANSFER_STATUS_OF: Record<string, string> = {
  PAID: 'paid',
  PAID_PARTLY_REVERSED: 'partially_reversed',
  FAILED_RETURNED: 'reversed',
};

function side(amount: number, currency: string, status: string, created: number): Side {
  return { amount: BigInt(amount), currency: currency.toUpperCase(), status, at: new Date(created * 1000) };
}

function checkWindow(from: Date, to: Date): void {
  if (!(from < to)) throw new BadInputError('INVALID_WINDOW', 'from must be before to', { field: 'to' });
  if (to.getTime() - from.getTime() > MAX_WINDOW_MS)
    throw new BadInputError('WINDOW_TOO_LONG', 'A reconciliation window is at most 400 days', {
      field: 'to',
    });
}

function actorName(actor: AuditActor): string {
  return actor === 'system' ? 'system' : `user:${actor.userId ?? 'unknown'}`;
}
