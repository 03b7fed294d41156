import { randomUUID } from 'node:crypto';
import { Accounts } from '../../../src/modules/ledger/accounts';
import { LedgerService } from '../../../src/modules/ledger/ledger.service';
import { TestApp } from '../../setup/test-app';
import type { Money } from '../../support/gql-results';
import {
  contractor,
  financeToken,
  payoutsApp,
  processor,
  RUN,
  settled,
  topUpPlatform,
  trialBalanceTotal,
} from '../payouts/payouts-helpers';

const RECONCILE = `query($f: DateTime!, $t: DateTime!) { reconciliation(from: $f, to: $t) { from to matchedCount
  mismatches { kind reference ledgerAmount { amountMinor currency } processorAmount { amountMinor currency } } } }`;
const CLOSE = `mutation($f: DateTime!, $t: DateTime!) { closePeriod(from: $f, to: $t) { matchedCount } }`;

interface Mismatch {
  kind: string;
  reference: string;
  ledgerAmount: Money | null;
  processorAmount: Money | null;
}
interface ReconcileData {
  reconciliation: { from: string; to: string; matchedCount: number; mismatches: Mismatch[] };
}
interface CloseData {
  closePeriod: { matchedCount: number };
}
interface RunData {
  runPayouts: { id: string; payouts: { id: string; status: string; contractorId: string; amount: Money }[] };
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('reconciliation and period close', () => {
  let t: TestApp;
  let finance: string;
  let ledger: LedgerService;

  beforeAll(async () => {
    t = await payoutsApp();
    finance = await financeToken(t);
    ledger = t.app.get(LedgerService);
    await topUpPlatform(t, 1_000_000);
  });
  afterAll(() => t.close());
  afterEach(async () => {
    expect(await trialBalanceTotal(t, 'USD')).toBe(0n);
    expect(await trialBalanceTotal(t, 'EUR')).toBe(0n);
  });

  /** A funding as the payments module books it: a PaymentIntent and clearing → escrow. */
  async function funding(amount: number, booked = amount, bookedCurrency = 'USD') {
    const fundingId = randomUUID();
    const pi = await processor(t).paymentIntents.create({
      amount,
      currency: 'usd',
      payment_method: 'pm_card_visa',
      confirm: true,
      allowed_payment_method_types: ['card'],
      metadata: { funding_id: fundingId },
    });
    const escrow = Accounts.taskEscrow(randomUUID(), randomUUID());
    if (booked > 0)
      await ledger.post({
        idempotencyKey: `funding:${fundingId}`,
        kind: 'TASK_FUNDED',
        reference: escrow,
        metadata: { fundingId, paymentIntentId: pi.id },
        moves: [
          { from: Accounts.processorClearing, to: escrow, amount: BigInt(booked), currency: bookedCurrency },
        ],
      });
    return { pi, escrow };
  }

  async function fundedPayout(amount: number) {
    const { escrow } = await funding(amount);
    const c = await contractor(t);
    await ledger.post({
      idempotencyKey: `accept:${randomUUID()}`,
      kind: 'SAMPLE_ACCEPTED',
      reference: escrow,
      moves: [
        { from: escrow, to: Accounts.contractorPayable(c.id), amount: BigInt(amount), currency: 'USD' },
      ],
    });
    return c;
  }

  let closedTo = new Date(0);

  it('a clean period reconciles with no mismatch and closes, once', async () => {
    const from = new Date(Date.now() - 60_000);
    await fundedPayout(1_200);
    await fundedPayout(3_400);
    await funding(5_000);
    const run = await t.gql<RunData>(RUN, { c: 'USD' }, finance);
    expect(run.data.runPayouts.payouts).toHaveLength(2);
    await settled(t);
    await pause(1_100);
    const to = new Date();
    const r = await t.gql<ReconcileData>(RECONCILE, { f: from.toISOString(), t: to.toISOString() }, finance);
    expect(r.errors).toBeUndefined();
    expect(r.data.reconciliation.mismatches).toEqual([]);
    expect(r.data.reconciliation.matchedCount).toBe(5); // 3 fundings, 2 payouts

    const closed = await t.gql<CloseData>(CLOSE, { f: from.toISOString(), t: to.toISOString() }, finance);
    expect(closed.errors).toBeUndefined();
    expect(closed.data.closePeriod.matchedCount).toBe(5);
    const again = await t.gql(CLOSE, { f: from.toISOString(), t: to.toISOString() }, finance);
    expect(again.errors?.[0].extensions.reason).toBe('PERIOD_ALREADY_CLOSED');
    closedTo = to;
  });

  it('reports each corruption on either side with its kind, and refuses to close', async () => {
    const from = new Date(Math.max(closedTo.getTime(), Date.now() - 1_000) + 5_000);
    // The processor stamps objects in whole seconds: start the first one a second inside.
    await pause(Math.max(0, from.getTime() - Date.now()) + 1_050);
    // Ledger side: a booked funding the processor never saw.
    await ledger.post({
      idempotencyKey: `funding:${randomUUID()}`,
      kind: 'TASK_FUNDED',
      reference: 'corrupt',
      metadata: { paymentIntentId: 'pi_neverexisted' },
      moves: [
        {
          from: Accounts.processorClearing,
          to: Accounts.taskEscrow(randomUUID(), randomUUID()),
          amount: 700n,
          currency: 'USD',
        },
      ],
    });
    // Processor side: a charge nobody booked.
    const unbooked = await funding(800, 0);
    const short = await funding(1_000, 900);
    const wrongCurrency = await funding(1_100, 1_100, 'EUR');
    // A transfer reversed at the processor whose webhook has not arrived.
    const c = await fundedPayout(1_300);
    await t.gql(RUN, { c: 'USD' }, finance);
    await settled(t);
    const [p] = await t.sql<{ id: string; transfer_id: string }>(
      `SELECT id, transfer_id FROM payouts WHERE contractor_id = $1`,
      [c.id],
    );
    t.stripe.injectWebhookFaults({ drop: true, status: 500, count: 10 });
    await processor(t).transfers.createReversal(p.transfer_id);
    await t.stripe.flushWebhooks();
    // A payout whose transfer job cannot reach the processor: PENDING.
    const stuck = await fundedPayout(1_400);
    t.stripe.injectFaults({ path: '/v1/transfers', method: 'POST', status: 500, count: 10_000 });
    await t.gql(RUN, { c: 'USD' }, finance);
    await pause(1_100);
    const to = new Date();

    const r = await t.gql<ReconcileData>(RECONCILE, { f: from.toISOString(), t: to.toISOString() }, finance);
    expect(r.errors).toBeUndefined();
    const kinds = Object.fromEntries(r.data.reconciliation.mismatches.map((m) => [m.reference, m]));
    expect(kinds['funding:pi_neverexisted']).toMatchObject({
      kind: 'MISSING_AT_PROCESSOR',
      ledgerAmount: { amountMinor: 700 },
      processorAmount: null,
    });
    expect(kinds[`funding:${unbooked.pi.id}`]).toMatchObject({
      kind: 'MISSING_IN_LEDGER',
      processorAmount: { amountMinor: 800 },
    });
    expect(kinds[`funding:${short.pi.id}`]).toMatchObject({
      kind: 'AMOUNT_MISMATCH',
      ledgerAmount: { amountMinor: 900, currency: 'USD' },
      processorAmount: { amountMinor: 1_000, currency: 'USD' },
    });
    expect(kinds[`funding:${wrongCurrency.pi.id}`]).toMatchObject({ kind: 'CURRENCY_MISMATCH' });
    expect(kinds[`payout:${p.id}`]).toMatchObject({ kind: 'STATUS_MISMATCH' });
    const [stuckPayout] = await t.sql<{ id: string }>(`SELECT id FROM payouts WHERE contractor_id = $1`, [
      stuck.id,
    ]);
    expect(kinds[`payout:${stuckPayout.id}`]).toMatchObject({ kind: 'PENDING_UNSETTLED' });
    expect(r.data.reconciliation.mismatches).toHaveLength(6);

    const close = await t.gql(CLOSE, { f: from.toISOString(), t: to.toISOString() }, finance);
    expect(close.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'PERIOD_NOT_RECONCILED' });
    const [{ n }] = await t.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM closed_periods WHERE period_start = $1`,
      [from],
    );
    expect(n).toBe(0);

    // The same report as CSV, for FINANCE only.
    const q = `from=${encodeURIComponent(from.toISOString())}&to=${encodeURIComponent(to.toISOString())}`;
    const csv = await fetch(`${t.url}/finance/reconciliation.csv?${q}`, {
      headers: { authorization: `Bearer ${finance}` },
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    const text = await csv.text();
    expect(text.split('\r\n')[0]).toBe(
      'kind,reference,ledger_amount_minor,ledger_currency,processor_amount_minor,processor_currency,detail',
    );
    expect(text).toContain(`AMOUNT_MISMATCH,funding:${short.pi.id},900,USD,1000,USD`);
    expect((await fetch(`${t.url}/finance/reconciliation.csv?${q}`)).status).toBe(401);
    expect(
      (
        await fetch(`${t.url}/finance/reconciliation.csv?${q}`, {
          headers: { authorization: `Bearer ${c.token}` },
        })
      ).status,
    ).toBe(403);
    const bad = await fetch(`${t.url}/finance/reconciliation.csv?from=yesterday&to=x`, {
      headers: { authorization: `Bearer ${finance}` },
    });
    expect(bad.status).toBe(400);

    t.stripe.clearFaults();
    await settled(t);
  });

  it('the database refuses an entry dated in a closed period (last: it closes the present)', async () => {
    // Only SQL can close a period that has not ended; from 1 s ahead, for an hour.
    await t.sql(
      `INSERT INTO closed_periods (period_start, period_end, closed_by, matched_count)
       VALUES (now() + interval '1 second', now() + interval '1 hour', 'test', 0)`,
    );
    await pause(1_100);
    await expect(
      ledger.post({
        idempotencyKey: `late:${randomUUID()}`,
        kind: 'TEST',
        reference: 'late',
        moves: [
          { from: Accounts.processorClearing, to: Accounts.platformRevenue, amount: 1n, currency: 'USD' },
        ],
      }),
    ).rejects.toThrow(/closed period/);
    const rows = await t.sql(`SELECT 1 FROM ledger_entries WHERE reference = 'late'`);
    expect(rows).toHaveLength(0);
    await expect(t.sql(`DELETE FROM closed_periods`)).rejects.toThrow(/append-only/);
  });
});
