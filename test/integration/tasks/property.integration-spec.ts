import fc from 'fast-check';
import Stripe from 'stripe';
import { createTestApp, GqlResult, TestApp } from '../../setup/test-app';
import {
  CREATE_TASK,
  FUND_TASK,
  processorClient,
  PUBLISH,
  requester,
  taskInput,
  transition,
  type TaskData,
} from './tasks-helpers';

type Status = 'DRAFT' | 'OPEN' | 'PAUSED' | 'CLOSED' | 'CANCELLED';
type Move = 'pause' | 'resume' | 'close' | 'cancel';
type Op =
  | { kind: 'create'; org: number; currency: 'USD' | 'EUR' | 'JPY'; slots: number }
  | { kind: 'fund'; task: number; card: 'pm_card_visa' | 'pm_card_chargeDeclined' }
  | { kind: 'fundLost'; task: number }
  | { kind: 'publish'; task: number }
  | { kind: Move; task: number };

/** The task life cycle: where each change may start and where it leads. */
const MOVES: Record<Move, { from: Status[]; to: Status; mutation: string }> = {
  pause: { from: ['OPEN'], to: 'PAUSED', mutation: 'pauseTask' },
  resume: { from: ['PAUSED'], to: 'OPEN', mutation: 'resumeTask' },
  close: { from: ['OPEN', 'PAUSED'], to: 'CLOSED', mutation: 'closeTask' },
  cancel: { from: ['DRAFT', 'OPEN', 'PAUSED'], to: 'CANCELLED', mutation: 'cancelTask' },
};

const createOp = fc.record({
  kind: fc.constant('create' as const),
  org: fc.nat(1),
  currency: fc.constantFrom('USD' as const, 'EUR' as const, 'JPY' as const),
  slots: fc.integer({ min: 1, max: 3 }),
});
// Mostly the first two tasks, so that sequences reach OPEN and PAUSED rather than spreading thin.
const task = fc.oneof({ weight: 4, arbitrary: fc.nat(1) }, { weight: 1, arbitrary: fc.constant(2) });
const move = (kind: Move, weight: number) => ({
  weight,
  arbitrary: fc.record({ kind: fc.constant(kind), task }),
});
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 2, arbitrary: createOp },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('fund' as const),
      task,
      card: fc.constantFrom(
        'pm_card_visa' as const,
        'pm_card_visa' as const,
        'pm_card_chargeDeclined' as const,
      ),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('fundLost' as const), task }) },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('publish' as const), task }) },
  move('pause', 3),
  move('resume', 3),
  move('close', 2),
  move('cancel', 1),
);

/** What the test believes about one task of the current run. */
interface Model {
  id: string;
  /** A requester of the owning organisation. */
  token: string;
  currency: string;
  budget: bigint;
  status: Status;
  escrow: bigint;
}

/**
 * Random sequences of fund / publish / pause / resume / close / cancel on 1–3 tasks of one or two
 * organisations, against a model of the life cycle. Every call must end as the model says (a
 * refusal is legal only where the life cycle refuses); after every step the books must hold: trial
 * balance 0 per currency, no escrow below 0, ended tasks hold nothing, open ones their budget,
 * one TASK_FUNDED entry per succeeded funding, and the processor's charges minus refunds equal
 * each task's escrow.
 */
describe('property: task money flows keep the ledger and the processor in agreement', () => {
  let t: TestApp;
  let stripe: Stripe;
  let orgs: string[];
  beforeAll(async () => {
    t = await createTestApp();
    stripe = processorClient(t);
    orgs = [await requester(t), await requester(t)];
  });
  afterAll(() => t.close());

  const fail = (what: string, r: GqlResult): never => {
    throw new Error(`${what}: ${JSON.stringify(r.errors ?? r.data)}`);
  };
  const reasonOf = (r: GqlResult) =>
    r.errors ? `${r.errors[0].extensions.code}/${r.errors[0].extensions.reason}` : 'OK';

  /** Runs one operation and checks its outcome against the model; updates the model. */
  async function step(tasks: Model[], o: Op) {
    if (o.kind === 'create') {
      if (tasks.length >= 3) return;
      const token = orgs[o.org];
      const r = await t.gql<{ createTask: TaskData }>(
        CREATE_TASK,
        { input: taskInput({ currency: o.currency, slots: o.slots }) },
        token,
      );
      if (r.errors) fail('createTask', r);
      const created = r.data.createTask;
      tasks.push({
        id: created.id,
        token,
        currency: o.currency,
        budget: BigInt(created.budget.amountMinor),
        status: 'DRAFT',
        escrow: 0n,
      });
      return;
    }
    if (tasks.length === 0) return;
    const m = tasks[o.task % tasks.length];
    const token = m.token;
    switch (o.kind) {
      case 'fund':
      case 'fundLost': {
        const wouldCharge = m.status === 'DRAFT' && m.escrow < m.budget;
        if (o.kind === 'fundLost')
          t.stripe.injectFaults({
            path: '/v1/payment_intents',
            method: 'POST',
            status: 500,
            when: 'after',
            count: 3,
          });
        const card = o.kind === 'fund' ? o.card : 'pm_card_visa';
        const r = await t.gql<{ fundTask: unknown }>(FUND_TASK, { id: m.id, pm: card }, token);
        t.stripe.clearFaults(); // a refused call never reached the processor: drop the unused fault
        await t.stripe.flushWebhooks();
        if (m.status !== 'DRAFT') expect(reasonOf(r)).toBe('CONFLICT/INVALID_TRANSITION');
        else if (!wouldCharge) expect(reasonOf(r)).toBe('CONFLICT/ALREADY_FUNDED');
        else if (o.kind === 'fundLost') {
          // The response was lost; the payment went through and its webhook settles the funding.
          expect(reasonOf(r)).toBe('INTERNAL_SERVER_ERROR/PROCESSOR_UNAVAILABLE');
          m.escrow = m.budget;
        } else if (card === 'pm_card_visa') {
          expect(r.data?.fundTask).toMatchObject({
            status: 'SUCCEEDED',
            amount: { amountMinor: Number(m.budget) },
          });
          m.escrow = m.budget;
        } else {
          expect(r.data?.fundTask).toMatchObject({ status: 'FAILED', failureCode: 'generic_decline' });
        }
        return;
      }
      case 'publish': {
        const r = await t.gql<{ publishTask: unknown }>(PUBLISH, { id: m.id }, token);
        if (m.status !== 'DRAFT') expect(reasonOf(r)).toBe('CONFLICT/INVALID_TRANSITION');
        else if (m.escrow < m.budget) expect(reasonOf(r)).toBe('CONFLICT/NOT_FUNDED');
        else {
          expect(r.data?.publishTask).toMatchObject({ status: 'OPEN', priceLocked: true, funded: true });
          m.status = 'OPEN';
        }
        return;
      }
      case 'pause':
      case 'resume':
      case 'close':
      case 'cancel': {
        const rule = MOVES[o.kind];
        const r = await t.gql<Record<string, { status: string }>>(
          transition(rule.mutation),
          { id: m.id },
          token,
        );
        if (!rule.from.includes(m.status)) {
          expect(reasonOf(r)).toBe('CONFLICT/INVALID_TRANSITION');
          return;
        }
        if (r.errors) fail(rule.mutation, r);
        expect(r.data[rule.mutation].status).toBe(rule.to);
        m.status = rule.to;
        if (rule.to === 'CLOSED' || rule.to === 'CANCELLED') m.escrow = 0n;
        return;
      }
    }
  }

  /** The books after a step: the whole ledger, and each task of this run against the model. */
  async function checkInvariants(tasks: Model[]) {
    await t.stripe.flushWebhooks();
    const totals = await t.sql<{ currency: string; total: string }>(
      `SELECT currency, sum(amount)::text AS total FROM ledger_postings GROUP BY currency`,
    );
    for (const row of totals) expect(row).toEqual({ currency: row.currency, total: '0' });
    const negative = await t.sql(
      `SELECT account, balance FROM ledger_balances WHERE account LIKE 'org:%:escrow:%' AND balance < 0`,
    );
    expect(negative).toEqual([]);
    // Each SUCCEEDED funding has exactly one TASK_FUNDED entry keyed funding:<id>; no other funding has one.
    const fundings = await t.sql<{ id: string; status: string; entries: number }>(
      `SELECT f.id, f.status, count(e.id)::int AS entries FROM fundings f
       LEFT JOIN ledger_entries e ON e.idempotency_key = 'funding:' || f.id AND e.kind = 'TASK_FUNDED'
       GROUP BY f.id, f.status`,
    );
    for (const f of fundings) expect(f).toEqual({ ...f, entries: f.status === 'SUCCEEDED' ? 1 : 0 });
    const [{ orphans }] = await t.sql(
      `SELECT count(*)::int AS orphans FROM ledger_entries
       WHERE kind = 'TASK_FUNDED' AND idempotency_key NOT IN (SELECT 'funding:' || id FROM fundings)`,
    );
    expect(orphans).toBe(0);

    if (tasks.length === 0) return;
    const rows = await t.sql<{ id: string; status: Status; escrow: string }>(
      `SELECT t.id, t.status, coalesce(b.balance, 0)::text AS escrow FROM tasks t
       LEFT JOIN ledger_balances b
         ON b.account = 'org:' || t.organization_id || ':escrow:task:' || t.id AND b.currency = t.currency
       WHERE t.id = ANY($1::uuid[])`,
      [tasks.map((m) => m.id)],
    );
    const intents = await stripe.paymentIntents.list({ limit: 100 }).autoPagingToArray({ limit: 10_000 });
    const refunds = await stripe.refunds.list({ limit: 100 }).autoPagingToArray({ limit: 10_000 });
    for (const m of tasks) {
      const row = rows.find((r) => r.id === m.id);
      const escrow = BigInt(row?.escrow ?? -1);
      expect({ id: m.id, status: row?.status, escrow }).toEqual({
        id: m.id,
        status: m.status,
        escrow: m.escrow,
      });
      if (m.status === 'CLOSED' || m.status === 'CANCELLED') expect(escrow).toBe(0n);
      if (m.status === 'OPEN' || m.status === 'PAUSED') expect(escrow >= m.budget).toBe(true);
      // The processor agrees: charged minus refunded, for this task's PaymentIntents.
      const mine = intents.filter((pi) => pi.metadata?.task_id === m.id && pi.status === 'succeeded');
      const ids = new Set(mine.map((pi) => pi.id));
      const charged = mine.reduce((s, pi) => s + BigInt(pi.amount_received), 0n);
      const refunded = refunds
        .filter((rf) => typeof rf.payment_intent === 'string' && ids.has(rf.payment_intent))
        .filter((rf) => rf.status === 'succeeded')
        .reduce((s, rf) => s + BigInt(rf.amount), 0n);
      expect({ id: m.id, atProcessor: charged - refunded }).toEqual({ id: m.id, atProcessor: escrow });
    }
  }

  it('holds the invariants after every step of random operation sequences', async () => {
    await fc.assert(
      fc.asyncProperty(createOp, fc.array(op, { minLength: 6, maxLength: 16 }), async (first, rest) => {
        const tasks: Model[] = [];
        for (const o of [first, ...rest]) {
          await step(tasks, o);
          await checkInvariants(tasks);
        }
      }),
      {
        numRuns: 15,
        // Besides the random runs, two that reach every state and every success path for sure.
        examples: [
          [
            { kind: 'create', org: 0, currency: 'USD', slots: 2 },
            [
              { kind: 'fund', task: 0, card: 'pm_card_chargeDeclined' },
              { kind: 'publish', task: 0 },
              { kind: 'fund', task: 0, card: 'pm_card_visa' },
              { kind: 'publish', task: 0 },
              { kind: 'pause', task: 0 },
              { kind: 'resume', task: 0 },
              { kind: 'pause', task: 0 },
              { kind: 'close', task: 0 },
              { kind: 'create', org: 1, currency: 'JPY', slots: 3 },
              { kind: 'fundLost', task: 1 },
              { kind: 'publish', task: 1 },
              { kind: 'cancel', task: 1 },
            ],
          ],
          [
            { kind: 'create', org: 1, currency: 'EUR', slots: 1 },
            [
              { kind: 'fund', task: 0, card: 'pm_card_visa' },
              { kind: 'fund', task: 0, card: 'pm_card_visa' },
              { kind: 'publish', task: 0 },
              { kind: 'cancel', task: 0 },
              { kind: 'create', org: 0, currency: 'USD', slots: 1 },
              { kind: 'fund', task: 1, card: 'pm_card_visa' },
              { kind: 'publish', task: 1 },
              { kind: 'pause', task: 1 },
              { kind: 'cancel', task: 1 },
              { kind: 'create', org: 0, currency: 'EUR', slots: 3 },
              { kind: 'cancel', task: 2 },
            ],
          ],
        ],
      },
    );
  }, 120_000);
});
