import { PayoutsService } from '../../../src/modules/payouts/payouts.module';
import { TestApp } from '../../setup/test-app';
import { ok } from '../matching/matching-helpers';
import { acceptedSamples as acceptedOf } from './earnings-helpers';
import {
  contractor,
  Contractor,
  financeToken,
  payoutsApp,
  RUN,
  settled,
  transfersByPayout,
  trialBalanceTotal,
} from '../payouts/payouts-helpers';
import { PAY_BONUS } from '../submissions/submissions-helpers';
import { requester } from '../tasks/tasks-helpers';

interface LinePayout {
  id: string;
  status: string;
  paidAt: string | null;
  transferId: string | null;
}
interface Line {
  kind: string;
  submissionId: string;
  ledgerEntryId: string;
  amount: { amountMinor: number };
  payout: LinePayout | null;
}
interface StatementData {
  myEarningsStatement: { totalCount: number; edges: { node: Line }[] };
}
const STATEMENT = `query { myEarningsStatement(first: 20) { totalCount edges { node { kind submissionId ledgerEntryId
  amount { amountMinor } payout { id status paidAt transferId } } } } }`;

/**
 * Issue 10: the lines of `myEarningsStatement` name the payout (id, status, paid time) and the
 * processor transfer that paid them — one batched lookup per page.
 */
describe('earnings statement lines name their payout and transfer', () => {
  let t: TestApp;
  let finance: string;
  let req: string;

  beforeAll(async () => {
    t = await payoutsApp();
    finance = await financeToken(t);
    req = await requester(t);
  });
  afterAll(() => t.close());
  afterEach(async () => expect(await trialBalanceTotal(t)).toBe(0n));

  const acceptedSamples = (cs: Contractor[]) => acceptedOf(t, req, cs);

  const statement = async (c: Contractor) =>
    ok(await t.gql<StatementData>(STATEMENT, {}, c.token)).myEarningsStatement.edges.map((e) => e.node);

  it('shows null before a payout, then the PAID payout with its paid time and transfer', async () => {
    const paidOne = await contractor(t);
    const notOnboarded = await contractor(t, false);
    const [paidSample, waitingSample] = await acceptedSamples([paidOne, notOnboarded]);
    expect((await statement(paidOne)).map((l) => l.payout)).toEqual([null]);

    ok(await t.gql(RUN, { c: 'USD' }, finance));
    await settled(t);

    const [line] = await statement(paidOne);
    const [payout] = await t.sql<{ id: string; transfer_id: string; paid_at: Date; status: string }>(
      `SELECT id, transfer_id, paid_at, status FROM payouts WHERE contractor_id = $1`,
      [paidOne.id],
    );
    expect(line).toMatchObject({
      submissionId: paidSample,
      payout: {
        id: payout.id,
        status: 'PAID',
        paidAt: payout.paid_at.toISOString(),
        transferId: payout.transfer_id,
      },
    });
    // The transfer named is the processor's own, made for that payout.
    const transfers = (await transfersByPayout(t)).get(payout.id) ?? [];
    expect(transfers.map((tr) => tr.id)).toEqual([line.payout?.transferId]);
    expect(transfers[0].amount).toBe(line.amount.amountMinor);

    // Not onboarded: its money is still payable, so its line names no payout.
    expect(await statement(notOnboarded)).toMatchObject([{ submissionId: waitingSample, payout: null }]);
  });

  it('leaves a credit after the payout uncovered and looks the page up in one batched call', async () => {
    const c = await contractor(t);
    const [sample] = await acceptedSamples([c]);
    ok(await t.gql(RUN, { c: 'USD' }, finance));
    await settled(t);
    // The bonus is paid from a top-up of the task: 700 to the contractor and its 140 fee.
    const [{ task_id: taskId }] = await t.sql<{ task_id: string }>(
      `SELECT task_id FROM submissions WHERE id = $1`,
      [sample],
    );
    const topUp = `mutation($id: ID!, $a: SafeInt) { fundTask(taskId: $id, paymentMethod: "pm_card_visa", amount: $a) { status } }`;
    expect(
      ok(await t.gql<{ fundTask: { status: string } }>(topUp, { id: taskId, a: 840 }, req)).fundTask.status,
    ).toBe('SUCCEEDED');
    ok(await t.gql(PAY_BONUS, { id: sample, a: 700, n: 'Great reply', k: `bonus-${sample}` }, req));

    const covers = jest.spyOn(t.app.get(PayoutsService), 'coversOf');
    try {
      const lines = await statement(c);
      expect(lines.map((l) => [l.kind, l.payout?.status ?? null])).toEqual([
        ['BONUS', null],
        ['SAMPLE', 'PAID'],
      ]);
      expect(covers).toHaveBeenCalledTimes(1);
      expect(covers.mock.calls[0][1]).toHaveLength(2);
    } finally {
      covers.mockRestore();
    }
  });

  it('stamps paid_at in the database when a payout becomes PAID, and only then', async () => {
    const rows = await t.sql<{ status: string; stamped: boolean }>(
      `SELECT status, paid_at IS NOT NULL AS stamped FROM payouts GROUP BY 1, 2 ORDER BY 1`,
    );
    expect(rows).toEqual([{ status: 'PAID', stamped: true }]);
    const [{ id }] = await t.sql<{ id: string }>(`SELECT id FROM payouts LIMIT 1`);
    const before = await t.sql<{ paid_at: Date }>(`SELECT paid_at FROM payouts WHERE id = $1`, [id]);
    await t.sql(`UPDATE payouts SET paid_at = now() + interval '1 day' WHERE id = $1`, [id]);
    expect(await t.sql(`SELECT paid_at FROM payouts WHERE id = $1`, [id])).toEqual(before);
  });
});
