import { PayoutsService } from '../../../src/modules/payouts/payouts.service';
import { TestApp } from '../../setup/test-app';
import {
  contractor,
  Contractor,
  credit,
  financeToken,
  ledgerSnapshot,
  MY_ACCOUNT,
  ONBOARD,
  payable,
  payoutsApp,
  processor,
  RUN,
  settled,
  topUpPlatform,
  transfersByPayout,
  trialBalanceTotal,
} from './payouts-helpers';

interface RunData {
  runPayouts: {
    id: string;
    payouts: {
      id: string;
      status: string;
      contractorId: string;
      amount: { amountMinor: number; currency: string };
    }[];
  };
}
interface OnboardData {
  startPayoutOnboarding: { onboardingUrl: string; payoutsEnabled: boolean };
}
interface MyAccountData {
  myPayoutAccount: {
    onboardingStarted: boolean;
    payoutsEnabled: boolean;
    requirements: string[];
    disabledReason: string | null;
    balances: {
      payable: { amountMinor: number; currency: string };
      minimum: { amountMinor: number };
      eligible: boolean;
      reasons: string[];
    }[];
  };
}
interface PayoutRow {
  id: string;
  status: string;
  amount: number;
  transfer_id: string | null;
  failure_reason: string | null;
}

describe('payouts through connected accounts', () => {
  let t: TestApp;
  let finance: string;

  beforeAll(async () => {
    t = await payoutsApp();
    finance = await financeToken(t);
    await topUpPlatform(t, 10_000_000);
  });
  afterAll(() => t.close());
  afterEach(async () => {
    t.stripe.clearFaults();
    expect(await trialBalanceTotal(t)).toBe(0n);
  });

  const pendingCount = async () =>
    (await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM payouts WHERE status = 'PENDING'`))[0].n;

  /** Every payout has exactly one transfer (or none when refused), with its amount. */
  async function expectTransfersOneToOne(): Promise<void> {
    const transfers = await transfersByPayout(t);
    const payouts = await t.sql<PayoutRow>(
      `SELECT id, status, amount::int AS amount, transfer_id, failure_reason FROM payouts`,
    );
    for (const p of payouts) {
      const list = transfers.get(p.id) ?? [];
      expect(list.length).toBeLessThanOrEqual(1);
      if (p.status === 'PAID') {
        expect(list).toHaveLength(1);
        expect(list[0].id).toBe(p.transfer_id);
        expect(list[0].amount).toBe(p.amount);
      } else expect(p.status === 'FAILED' && p.failure_reason).toBeTruthy();
    }
    for (const id of transfers.keys()) expect(payouts.some((p) => p.id === id)).toBe(true);
  }

  it('onboards once: the same account every time, shown not enabled until onboarding completes', async () => {
    const c = await contractor(t, false);
    const [a, b] = await Promise.all([
      t.gql<OnboardData>(ONBOARD, {}, c.token),
      t.gql<OnboardData>(ONBOARD, {}, c.token),
    ]);
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    expect(a.data.startPayoutOnboarding.payoutsEnabled).toBe(false);
    const rows = await t.sql<{ processor_account_id: string }>(
      `SELECT processor_account_id FROM payout_accounts WHERE user_id = $1`,
      [c.id],
    );
    expect(rows).toHaveLength(1);
    const account = await processor(t).accounts.retrieve(rows[0].processor_account_id);
    expect(account.type).toBe('express');
    expect(account.country).toBe('US');
    expect(account.metadata?.user_id).toBe(c.id);

    const before = await t.gql<MyAccountData>(MY_ACCOUNT, {}, c.token);
    expect(before.data.myPayoutAccount.payoutsEnabled).toBe(false);
    expect(before.data.myPayoutAccount.requirements.length).toBeGreaterThan(0);
    for (const r of before.data.myPayoutAccount.requirements) expect(r).not.toMatch(/^[a-z_]+\.[a-z_.]+$/);

    await fetch(a.data.startPayoutOnboarding.onboardingUrl);
    await t.stripe.flushWebhooks();
    const after = await t.gql<MyAccountData>(MY_ACCOUNT, {}, c.token);
    expect(after.data.myPayoutAccount).toMatchObject({ payoutsEnabled: true, requirements: [] });
    const profile = await t.gql<{ myContractorProfile: { payoutsEnabled: boolean } }>(
      `query { myContractorProfile { payoutsEnabled } }`,
      {},
      c.token,
    );
    expect(profile.data.myContractorProfile.payoutsEnabled).toBe(true);
  });

  it('pays every eligible contractor exactly its payable balance, and nobody twice', async () => {
    const paid: Contractor[] = [];
    for (let i = 0; i < 4; i++) {
      const c = await contractor(t);
      await credit(t, c.id, BigInt(1_000 + i * 250));
      paid.push(c);
    }
    const small = await contractor(t);
    await credit(t, small.id, 499n); // below the 5.00 minimum
    const notOnboarded = await contractor(t, false);
    await credit(t, notOnboarded.id, 5_000n);

    const r = await t.gql<RunData>(RUN, { c: 'USD' }, finance);
    expect(r.errors).toBeUndefined();
    const byContractor = new Map(r.data.runPayouts.payouts.map((p) => [p.contractorId, p]));
    expect(byContractor.size).toBe(4);
    for (const [i, c] of paid.entries())
      expect(byContractor.get(c.id)).toMatchObject({
        amount: { amountMinor: 1_000 + i * 250, currency: 'USD' },
      });
    await settled(t);
    for (const c of paid) expect(await payable(t, c.id)).toBe(0n);
    expect(await payable(t, small.id)).toBe(499n);
    expect(await payable(t, notOnboarded.id)).toBe(5_000n);
    await expectTransfersOneToOne();
    const statuses = await t.sql<{ status: string }>(`SELECT DISTINCT status FROM payouts`);
    expect(statuses).toEqual([{ status: 'PAID' }]);

    const again = await t.gql<RunData>(RUN, { c: 'USD' }, finance);
    expect(again.data.runPayouts.payouts).toEqual([]);

    // Those left out are told why, in words.
    const smallView = await t.gql<MyAccountData>(MY_ACCOUNT, {}, small.token);
    expect(smallView.data.myPayoutAccount.balances[0]).toMatchObject({
      eligible: false,
      minimum: { amountMinor: 500 },
    });
    expect(smallView.data.myPayoutAccount.balances[0].reasons.join(' ')).toMatch(/below the minimum/);
    const waiting = await t.gql<MyAccountData>(MY_ACCOUNT, {}, notOnboarded.token);
    expect(waiting.data.myPayoutAccount.balances[0].reasons.join(' ')).toMatch(/onboarding/i);

    // A contractor sees its own payouts only.
    const own = await t.gql<{
      payouts: { totalCount: number; edges: { node: { contractorId: string; status: string } }[] };
    }>(`query { payouts { totalCount edges { node { contractorId status } } } }`, {}, paid[0].token);
    expect(own.data.payouts.totalCount).toBe(1);
    expect(own.data.payouts.edges[0].node).toEqual({ contractorId: paid[0].id, status: 'PAID' });
  });

  it('two runs of one currency at once produce one set of payouts', async () => {
    const cs: Contractor[] = [];
    for (let i = 0; i < 5; i++) {
      const c = await contractor(t);
      await credit(t, c.id, 700n);
      cs.push(c);
    }
    const [a, b] = await Promise.all([
      t.gql<RunData>(RUN, { c: 'USD' }, finance),
      t.gql<RunData>(RUN, { c: 'USD' }, finance),
    ]);
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    await settled(t);
    const rows = await t.sql<{ contractor_id: string; n: number }>(
      `SELECT contractor_id, count(*)::int AS n FROM payouts WHERE contractor_id = ANY($1::uuid[]) GROUP BY 1`,
      [cs.map((c) => c.id)],
    );
    expect(rows).toHaveLength(5);
    for (const r of rows) expect(r.n).toBe(1);
    await expectTransfersOneToOne();
  });

  it('a refused transfer fails the payout with the reason and returns the money to payable', async () => {
    const c = await contractor(t);
    await credit(t, c.id, 2_000n);
    t.stripe.failTransfersTo(c.account!, 'transfers_not_allowed');
    await t.gql<RunData>(RUN, { c: 'USD' }, finance);
    await settled(t);
    const [p] = await t.sql<{ status: string; failure_code: string; failure_reason: string }>(
      `SELECT status, failure_code, failure_reason FROM payouts WHERE contractor_id = $1`,
      [c.id],
    );
    expect(p.status).toBe('FAILED');
    expect(p.failure_code).toBe('transfers_not_allowed');
    expect(p.failure_reason).toBeTruthy();
    expect(await payable(t, c.id)).toBe(2_000n);
    const entries = await t.sql<{ kind: string }>(
      `SELECT kind FROM ledger_entries WHERE reference LIKE 'payout:%' AND metadata->>'payoutId' IN
       (SELECT id::text FROM payouts WHERE contractor_id = $1) ORDER BY created_at`,
      [c.id],
    );
    expect(entries.map((e) => e.kind)).toEqual(['PAYOUT', 'PAYOUT_RETURNED']);
    t.stripe.failTransfersTo(c.account!, null);
  });

  it('a transfer reversed at the processor returns the money to payable', async () => {
    const c = await contractor(t);
    await credit(t, c.id, 1_500n);
    await t.gql<RunData>(RUN, { c: 'USD' }, finance);
    await settled(t);
    const [p] = await t.sql<{ id: string; transfer_id: string }>(
      `SELECT id, transfer_id FROM payouts WHERE contractor_id = $1`,
      [c.id],
    );
    await processor(t).transfers.createReversal(p.transfer_id);
    await t.stripe.flushWebhooks();
    const [after] = await t.sql<{ status: string; failure_code: string }>(
      `SELECT status, failure_code FROM payouts WHERE id = $1`,
      [p.id],
    );
    expect(after).toEqual({ status: 'FAILED', failure_code: 'transfer_reversed' });
    expect(await payable(t, c.id)).toBe(1_500n);
  });

  it('a lost response or a refused call before the transfer is repaired by the retry: one transfer each', async () => {
    const cs: Contractor[] = [];
    for (let i = 0; i < 6; i++) {
      const c = await contractor(t);
      await credit(t, c.id, 900n + BigInt(i));
      cs.push(c);
    }
    // The SDK tries 3 times (2 network retries): 3 faults in a row fail the job's attempt, so
    // pg-boss runs it again — "the worker died" before the call, and after it before recording.
    t.stripe.injectFaults({ path: '/v1/transfers', method: 'POST', status: 500, when: 'after', count: 3 });
    t.stripe.injectFaults({ path: '/v1/transfers', method: 'POST', status: 503, when: 'before', count: 3 });
    t.stripe.injectFaults({ path: '/v1/transfers', method: 'POST', status: 500, when: 'after', count: 2 });
    await t.gql<RunData>(RUN, { c: 'USD' }, finance);
    await settled(t, 60_000);
    const rows = await t.sql<{ status: string }>(
      `SELECT status FROM payouts WHERE contractor_id = ANY($1::uuid[])`,
      [cs.map((c) => c.id)],
    );
    expect(rows.map((r) => r.status)).toEqual(Array(6).fill('PAID'));
    await expectTransfersOneToOne();
    for (const c of cs) expect(await payable(t, c.id)).toBe(0n);
  });

  it('a worker that died after recording leaves nothing to redo: running the job again changes nothing', async () => {
    const c = await contractor(t);
    await credit(t, c.id, 1_234n);
    await t.gql<RunData>(RUN, { c: 'USD' }, finance);
    await settled(t);
    const [p] = await t.sql<{ id: string }>(`SELECT id FROM payouts WHERE contractor_id = $1`, [c.id]);
    const before = await ledgerSnapshot(t);
    await t.app.get(PayoutsService).transfer(p.id);
    expect(await ledgerSnapshot(t)).toEqual(before);
    expect((await transfersByPayout(t)).get(p.id)).toHaveLength(1);
  });

  it('webhooks delivered three times in random order leave the ledger as one delivery would', async () => {
    const cs: Contractor[] = [];
    for (let i = 0; i < 3; i++) {
      const c = await contractor(t);
      await credit(t, c.id, 3_000n);
      cs.push(c);
    }
    t.stripe.configureDelivery({ duplicates: 2, shuffle: true, seed: 7, hold: true });
    await t.gql<RunData>(RUN, { c: 'USD' }, finance);
    // The job records the transfers; the held webhooks (transfer.created, plus one reversal)
    // arrive afterwards, three times each, shuffled.
    for (;;) {
      if ((await pendingCount()) === 0) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const [p] = await t.sql<{ transfer_id: string }>(
      `SELECT transfer_id FROM payouts WHERE contractor_id = $1`,
      [cs[0].id],
    );
    await processor(t).transfers.createReversal(p.transfer_id);
    const expected = [...(await ledgerSnapshot(t))];
    t.stripe.configureDelivery({ hold: false });
    await t.stripe.flushWebhooks();
    t.stripe.configureDelivery({ duplicates: 0, shuffle: false });
    const after = await ledgerSnapshot(t);
    // Exactly one new entry: the reversal's return of the money.
    expect(after.length).toBe(expected.length + 1);
    expect(after.filter((l) => l.startsWith('payout-returned:'))).toHaveLength(
      expected.filter((l) => l.startsWith('payout-returned:')).length + 1,
    );
    expect(await payable(t, cs[0].id)).toBe(3_000n);
    expect(await payable(t, cs[1].id)).toBe(0n);
    await expectTransfersOneToOne();
  });

  it('the sweep applies events the webhook never delivered', async () => {
    const c = await contractor(t, false);
    const o = await t.gql<OnboardData>(ONBOARD, {}, c.token);
    t.stripe.injectWebhookFaults({ drop: true, status: 500, count: 10 });
    await fetch(o.data.startPayoutOnboarding.onboardingUrl);
    await t.stripe.flushWebhooks();
    const enabled = async () =>
      (
        await t.sql<{ payouts_enabled: boolean }>(
          `SELECT payouts_enabled FROM payout_accounts WHERE user_id = $1`,
          [c.id],
        )
      )[0].payouts_enabled;
    expect(await enabled()).toBe(false);
    const swept = await t.app.get(PayoutsService).sweepProcessorEvents();
    expect(swept).toBeGreaterThan(0);
    expect(await enabled()).toBe(true);
  });

  it('names the payout that paid each earning; a later earning is not covered yet', async () => {
    const c = await contractor(t);
    await credit(t, c.id, 800n);
    await t.gql<RunData>(RUN, { c: 'USD' }, finance);
    await settled(t);
    await credit(t, c.id, 300n);
    const entries = await t.sql<{ id: string }>(
      `SELECT e.id FROM ledger_entries e JOIN ledger_postings p ON p.entry_id = e.id
       WHERE p.account = $1 AND p.amount > 0 ORDER BY e.created_at`,
      [`contractor:${c.id}:payable`],
    );
    const [payout] = await t.sql<{ id: string }>(`SELECT id FROM payouts WHERE contractor_id = $1`, [c.id]);
    const covering = await t.app.get(PayoutsService).payoutsCovering(
      c.id,
      entries.map((e) => e.id),
    );
    expect(covering.get(entries[0].id)).toBe(payout.id);
    expect(covering.has(entries[1].id)).toBe(false);
  });

  it('refuses bad input and other roles, naming the field', async () => {
    const bad = await t.gql<RunData>(RUN, { c: 'usd' }, finance);
    expect(bad.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const c = await contractor(t, false);
    const denied = await t.gql<RunData>(RUN, { c: 'USD' }, c.token);
    expect(denied.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});
