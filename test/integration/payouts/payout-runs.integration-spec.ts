import { PayoutsService } from '../../../src/modules/payouts/payouts.service';
import { TestApp } from '../../setup/test-app';
import {
  contractor,
  Contractor,
  credit,
  financeToken,
  payable,
  payoutsApp,
  processor,
  settled,
  topUpPlatform,
  trialBalanceTotal,
} from './payouts-helpers';

interface RunResult {
  runPayouts: {
    id: string;
    payouts: { id: string; status: string; contractorId: string; amount: { amountMinor: number } }[];
  };
}
const RUN = `mutation($c: String!) { runPayouts(currency: $c) { id payouts { id status contractorId amount { amountMinor } } } }`;
const RECONCILE = `query($f: DateTime!, $t: DateTime!) { reconciliation(from: $f, to: $t) {
  mismatches { kind reference } } }`;

/** Runs read two contractors per page here, so a handful of contractors spans several pages. */
describe('payout runs, page by page', () => {
  let t: TestApp;
  let finance: string;

  beforeAll(async () => {
    t = await payoutsApp({ PAYOUT_BATCH_SIZE: '2' });
    finance = await financeToken(t);
    await topUpPlatform(t, 10_000_000);
  });
  afterAll(() => t.close());
  afterEach(async () => {
    expect(await trialBalanceTotal(t)).toBe(0n);
  });

  async function creditedContractors(amounts: bigint[]): Promise<Contractor[]> {
    const out: Contractor[] = [];
    for (const amount of amounts) {
      const c = await contractor(t);
      await credit(t, c.id, amount);
      out.push(c);
    }
    return out;
  }

  async function payoutsOf(cs: Contractor[]) {
    return t.sql<{ contractor_id: string; run_id: string; amount: string }>(
      `SELECT contractor_id, run_id, amount::text AS amount FROM payouts WHERE contractor_id = ANY($1::uuid[])`,
      [cs.map((c) => c.id)],
    );
  }

  it('a run that died between pages is resumed by the next call: everyone paid once, exactly', async () => {
    const amounts = [600n, 700n, 800n, 900n, 1_000n];
    const cs = await creditedContractors(amounts);
    let pages = 0;
    await expect(
      t.app.get(PayoutsService).run('USD', 'system:test', () => {
        if (++pages === 1) throw new Error('the process died after its first page');
      }),
    ).rejects.toThrow('the process died');
    const [running] = await t.sql<{ id: string; last_account: string }>(
      `SELECT id, last_account FROM payout_runs WHERE currency = 'USD' AND status = 'RUNNING'`,
    );
    expect(running.last_account).toMatch(/^contractor:.*:payable$/);
    expect(await payoutsOf(cs)).toHaveLength(2); // the first page committed, nothing after it

    const r = await t.gql<RunResult>(RUN, { c: 'USD' }, finance);
    expect(r.errors).toBeUndefined();
    expect(r.data.runPayouts.id).toBe(running.id);
    const rows = await payoutsOf(cs);
    expect(rows).toHaveLength(5);
    for (const [i, c] of cs.entries()) {
      const mine = rows.filter((p) => p.contractor_id === c.id);
      expect(mine).toEqual([{ contractor_id: c.id, run_id: running.id, amount: amounts[i].toString() }]);
    }
    const [run] = await t.sql<{ status: string }>(`SELECT status FROM payout_runs WHERE id = $1`, [
      running.id,
    ]);
    expect(run.status).toBe('DONE');
    await settled(t);
    for (const c of cs) expect(await payable(t, c.id)).toBe(0n);
  });

  it('two runs at once share the pages: one payout per contractor', async () => {
    const cs = await creditedContractors([510n, 520n, 530n, 540n, 550n, 560n, 570n]);
    const results = await Promise.all([1, 2, 3].map(() => t.gql<RunResult>(RUN, { c: 'USD' }, finance)));
    for (const r of results) expect(r.errors).toBeUndefined();
    expect(new Set(results.map((r) => r.data.runPayouts.id)).size).toBe(1);
    const rows = await payoutsOf(cs);
    expect(rows.map((p) => p.contractor_id).sort()).toEqual(cs.map((c) => c.id).sort());
    await settled(t);
    for (const c of cs) expect(await payable(t, c.id)).toBe(0n);
  });

  it('a credit booked after a run is paid by the next run, and only that credit', async () => {
    const [c] = await creditedContractors([2_000n]);
    await t.gql<RunResult>(RUN, { c: 'USD' }, finance);
    await credit(t, c.id, 650n);
    // Still PENDING or already PAID, the second run pays only what came after the first.
    await settled(t);
    const again = await t.gql<RunResult>(RUN, { c: 'USD' }, finance);
    expect(again.data.runPayouts.payouts.map((p) => [p.contractorId, p.amount.amountMinor])).toEqual([
      [c.id, 650],
    ]);
    await settled(t);
    expect(await payable(t, c.id)).toBe(0n);
  });

  it('a partial transfer reversal returns that part to payable, once per reversal, and the rest later', async () => {
    const started = new Date(Date.now() - 60_000);
    const [c] = await creditedContractors([1_500n]);
    await t.gql<RunResult>(RUN, { c: 'USD' }, finance);
    await settled(t);
    const [p] = await t.sql<{ id: string; transfer_id: string }>(
      `SELECT id, transfer_id FROM payouts WHERE contractor_id = $1`,
      [c.id],
    );

    // Two partial reversals; their events arrive three times each, shuffled.
    t.stripe.configureDelivery({ duplicates: 2, shuffle: true, seed: 11, hold: true });
    await processor(t).transfers.createReversal(p.transfer_id, { amount: 400 });
    await processor(t).transfers.createReversal(p.transfer_id, { amount: 100 });
    t.stripe.configureDelivery({ hold: false });
    await t.stripe.flushWebhooks();
    t.stripe.configureDelivery({ duplicates: 0, shuffle: false });
    // And the sweep lists the same events again.
    await t.app.get(PayoutsService).sweepProcessorEvents();

    const partly = await t.sql<{ amount: string }>(
      `SELECT lp.amount::text AS amount FROM ledger_entries e
       JOIN ledger_postings lp ON lp.entry_id = e.id AND lp.account = $2
       WHERE e.reference = $1 AND e.kind = 'PAYOUT_PARTLY_REVERSED' ORDER BY lp.amount`,
      [`payout:${p.id}`, `contractor:${c.id}:payable`],
    );
    expect(partly.map((r) => r.amount)).toEqual(['100', '400']);
    expect(await payable(t, c.id)).toBe(500n);
    const [still] = await t.sql<{ status: string }>(`SELECT status FROM payouts WHERE id = $1`, [p.id]);
    expect(still.status).toBe('PAID');
    const report = await t.gql<{ reconciliation: { mismatches: { kind: string; reference: string }[] } }>(
      RECONCILE,
      { f: started.toISOString(), t: new Date(Date.now() + 60_000).toISOString() },
      finance,
    );
    expect(report.errors).toBeUndefined();
    expect(report.data.reconciliation.mismatches.filter((m) => m.reference === `payout:${p.id}`)).toEqual([]);

    // The rest reversed: the payout fails and only what had not come back yet comes back.
    await processor(t).transfers.createReversal(p.transfer_id);
    await t.stripe.flushWebhooks();
    await t.app.get(PayoutsService).sweepProcessorEvents();
    const [failed] = await t.sql<{ status: string; failure_code: string }>(
      `SELECT status, failure_code FROM payouts WHERE id = $1`,
      [p.id],
    );
    expect(failed).toEqual({ status: 'FAILED', failure_code: 'transfer_reversed' });
    expect(await payable(t, c.id)).toBe(1_500n);
    const [returned] = await t.sql<{ amount: string }>(
      `SELECT lp.amount::text AS amount FROM ledger_entries e
       JOIN ledger_postings lp ON lp.entry_id = e.id AND lp.account = $2
       WHERE e.idempotency_key = $1`,
      [`payout-returned:${p.id}`, `contractor:${c.id}:payable`],
    );
    expect(returned.amount).toBe('1000');
  });
});
