import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { Accounts, mustStayNonNegative } from '../../../src/modules/ledger/accounts';
import { LedgerService } from '../../../src/modules/ledger/ledger.service';
import type { LedgerMove, PostEntryInput } from '../../../src/modules/ledger/ledger.types';
import { createTestApp, TestApp } from '../../setup/test-app';
import { driftedBalances } from './ledger-helpers';

type Op =
  | { kind: 'fund'; task: number; amount: bigint }
  | { kind: 'accept'; task: number; contractor: number; price: bigint; fee: bigint }
  | { kind: 'payout'; contractor: number; amount: bigint }
  | { kind: 'refund'; task: number; amount: bigint }
  | { kind: 'replay'; pick: number };

const amount = fc.bigInt({ min: 1n, max: 5_000n });
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('fund' as const), task: fc.nat(1), amount }),
  fc.record({
    kind: fc.constant('accept' as const),
    task: fc.nat(1),
    contractor: fc.nat(1),
    price: amount,
    fee: amount,
  }),
  fc.record({ kind: fc.constant('payout' as const), contractor: fc.nat(1), amount }),
  fc.record({ kind: fc.constant('refund' as const), task: fc.nat(1), amount }),
  fc.record({ kind: fc.constant('replay' as const), pick: fc.nat() }),
);

/**
 * Random sequences of the platform's money flows (fund, accept, payout, refund), against a model: a post succeeds exactly when
 * no escrow or payable would go below zero, replays change nothing, and afterwards the trial
 * balance is 0, every balance matches the model and the maintained balances match the postings.
 */
describe('ledger property: random money flows keep the books right', () => {
  let t: TestApp;
  let ledger: LedgerService;
  beforeAll(async () => {
    t = await createTestApp();
    ledger = t.app.get(LedgerService);
  });
  afterAll(() => t.close());

  it('matches a model of balances and never lets an escrow or payable go below zero', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 12 }), async (ops) => {
        const org = randomUUID();
        const escrow = [0, 1].map(() => Accounts.taskEscrow(org, randomUUID()));
        const payable = [0, 1].map(() => Accounts.contractorPayable(randomUUID()));
        const globals = [Accounts.processorClearing, Accounts.platformRevenue];
        const model = new Map<string, bigint>();
        for (const a of globals) model.set(a, await ledger.balance(a, 'USD'));
        const posted: PostEntryInput[] = [];

        const entryOf = (o: Exclude<Op, { kind: 'replay' }>): PostEntryInput => {
          const usd = (from: string, to: string, amt: bigint): LedgerMove => ({
            from,
            to,
            amount: amt,
            currency: 'USD',
          });
          const moves =
            o.kind === 'fund'
              ? [usd(Accounts.processorClearing, escrow[o.task], o.amount)]
              : o.kind === 'accept'
                ? [
                    usd(escrow[o.task], payable[o.contractor], o.price),
                    usd(escrow[o.task], Accounts.platformRevenue, o.fee),
                  ]
                : o.kind === 'payout'
                  ? [usd(payable[o.contractor], Accounts.processorClearing, o.amount)]
                  : [usd(escrow[o.task], Accounts.processorClearing, o.amount)];
          return {
            idempotencyKey: `${o.kind}:${randomUUID()}`,
            kind: o.kind.toUpperCase(),
            reference: org,
            moves,
          };
        };

        for (const o of ops) {
          if (o.kind === 'replay') {
            if (posted.length === 0) continue;
            await expect(ledger.post(posted[o.pick % posted.length])).resolves.toMatchObject({
              created: false,
            });
            continue;
          }
          const entry = entryOf(o);
          const next = new Map(model);
          for (const m of entry.moves) {
            next.set(m.from, (next.get(m.from) ?? 0n) - m.amount);
            next.set(m.to, (next.get(m.to) ?? 0n) + m.amount);
          }
          const overdrawn = [...next].find(([a, b]) => mustStayNonNegative(a) && b < 0n);
          if (overdrawn) {
            await expect(ledger.post(entry)).rejects.toMatchObject({
              reason: 'INSUFFICIENT_FUNDS',
              details: { account: overdrawn[0] },
            });
          } else {
            await expect(ledger.post(entry)).resolves.toMatchObject({ created: true });
            posted.push(entry);
            for (const [a, b] of next) model.set(a, b);
          }
        }

        for (const a of [...escrow, ...payable, ...globals])
          expect(await ledger.balance(a, 'USD')).toBe(model.get(a) ?? 0n);
        const trial = await ledger.trialBalance('USD');
        expect(trial.total).toBe(0n);
        expect(trial.accounts.filter((a) => mustStayNonNegative(a.account) && a.balance < 0n)).toEqual([]);
        expect(await driftedBalances(t)).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });
});
