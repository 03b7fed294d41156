import fc from 'fast-check';
import { createTestApp, GqlResult, TestApp } from '../../setup/test-app';
import { CLAIM_TASK, eligibleContractors, expectBalanced, ok } from '../matching/matching-helpers';
import { ADMIN_ENV, fundedOpenTask, requester, transition } from '../tasks/tasks-helpers';
import {
  adminToken,
  ATTEST,
  DISPUTE,
  EARNINGS,
  PAY_BONUS,
  RESOLVE,
  REVIEW,
  SUBMIT,
} from '../submissions/submissions-helpers';

const CONTRACTORS = 3;
type Op = 'claim' | 'submit' | 'revise' | 'accept' | 'reject' | 'dispute' | 'uphold' | 'bonus' | 'close';
const OPS: Op[] = ['claim', 'submit', 'revise', 'accept', 'reject', 'dispute', 'uphold', 'bonus', 'close'];

interface Worker {
  token: string;
  id: string;
  claimId?: string;
  submissionId?: string;
  status?: 'SUBMITTED' | 'ACCEPTED' | 'REJECTED' | 'REVISION_REQUESTED';
  disputeId?: string;
  disputeOpen?: boolean;
  price: number;
  pending: number;
}

/**
 * A model of one task's money walked through random sequences of every operation over HTTP. The
 * model predicts which calls succeed; after every step the ledger must balance, no escrow or
 * payable may be negative, each accepted submission has exactly one acceptance entry (and no
 * other has any), and each contractor's myEarnings equals the ledger and the model.
 */
describe('money model (fast-check): claim, submit, revise, accept, reject, dispute, uphold, bonus, close', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await createTestApp(ADMIN_ENV);
    admin = await adminToken(t);
  });
  afterAll(() => t.close());

  async function invariants(workers: Worker[]) {
    await expectBalanced(t);
    const [neg] = await t.sql(
      `SELECT count(*)::int AS n FROM ledger_balances
       WHERE (account LIKE 'org:%:escrow:%' OR account LIKE 'contractor:%:payable') AND balance < 0`,
    );
    expect(neg.n).toBe(0);
    const wrong = await t.sql(
      `SELECT s.id, s.status, (SELECT count(*)::int FROM ledger_entries e WHERE e.idempotency_key = 'accept:' || s.id) AS n
       FROM submissions s WHERE s.contractor_id = ANY($1)`,
      [workers.map((w) => w.id)],
    );
    for (const s of wrong) expect([s.status, s.n]).toEqual([s.status, s.status === 'ACCEPTED' ? 1 : 0]);
    for (const w of workers) {
      const e = ok(await t.gql(EARNINGS, {}, w.token)).myEarnings;
      const [bal] = await t.sql(
        `SELECT balance::text AS b FROM ledger_balances WHERE account = $1 AND currency = 'USD'`,
        [`contractor:${w.id}:payable`],
      );
      const payable = e.payable.find((m: any) => m.currency === 'USD')?.amountMinor ?? 0;
      expect(String(payable)).toBe(bal?.b ?? '0');
      expect(e.pending.find((m: any) => m.currency === 'USD')?.amountMinor ?? 0).toBe(w.pending);
    }
  }

  it('keeps the books right after every step', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ op: fc.constantFrom(...OPS), who: fc.nat(CONTRACTORS - 1), key: fc.nat(2) }), {
          minLength: 4,
          maxLength: 16,
        }),
        async (steps) => {
          const req = await requester(t);
          const task = await fundedOpenTask(t, req, { slots: CONTRACTORS + 1 });
          const price = task.pricePerSample.amountMinor;
          const workers: Worker[] = (await eligibleContractors(t, CONTRACTORS)).map((c) => ({
            ...c,
            price,
            pending: 0,
          }));
          let open = true;
          for (const { op, who, key } of steps) {
            const w = workers[who];
            let r: GqlResult;
            let expected: boolean | 'either';
            switch (op) {
              case 'claim':
                expected = open && !w.claimId;
                r = await t.gql(CLAIM_TASK, { id: task.id }, w.token);
                if (!r.errors) w.claimId = r.data.claimTask.id;
                break;
              case 'submit':
                expected = !!w.claimId && (!w.status || w.status === 'REVISION_REQUESTED');
                r = await t.gql(
                  SUBMIT,
                  {
                    input: {
                      claimId: w.claimId ?? task.id,
                      content: `sample by ${who}`,
                      attestation: ATTEST,
                    },
                  },
                  w.token,
                );
                if (!r.errors) {
                  w.submissionId = r.data.submitSample.id;
                  w.status = 'SUBMITTED';
                  w.pending = price;
                }
                break;
              case 'revise':
              case 'accept':
              case 'reject': {
                expected = w.status === 'SUBMITTED';
                const decision = { revise: 'REQUEST_REVISION', accept: 'ACCEPT', reject: 'REJECT' }[op];
                r = await t.gql(
                  REVIEW,
                  {
                    input: {
                      submissionId: w.submissionId ?? task.id,
                      decision,
                      reason: 'LOW_QUALITY',
                      feedback: 'Please follow the instructions closely.',
                    },
                  },
                  req,
                );
                if (!r.errors) {
                  w.status = { revise: 'REVISION_REQUESTED', accept: 'ACCEPTED', reject: 'REJECTED' }[
                    op
                  ] as Worker['status'];
                  w.pending = 0;
                }
                break;
              }
              case 'dispute':
                expected = w.status === 'REJECTED' && !w.disputeId;
                r = await t.gql(DISPUTE, { id: w.submissionId ?? task.id, m: 'It follows them.' }, w.token);
                if (!r.errors) {
                  w.disputeId = r.data.disputeRejection.id;
                  w.disputeOpen = true;
                }
                break;
              case 'uphold':
                expected = !!w.disputeOpen;
                r = await t.gql(RESOLVE, { id: w.disputeId ?? task.id, u: true, n: 'It does.' }, admin);
                if (!r.errors) {
                  w.disputeOpen = false;
                  w.status = 'ACCEPTED';
                }
                break;
              case 'bonus':
                // The same key again repays nothing and answers the same bonus; escrow may run short.
                expected = w.status === 'ACCEPTED' ? 'either' : false;
                r = await t.gql(
                  PAY_BONUS,
                  { id: w.submissionId ?? task.id, a: 50, n: 'thanks', k: `k${key}-${who}` },
                  req,
                );
                if (w.status === 'ACCEPTED' && r.errors)
                  expect(['BUDGET_EXHAUSTED', 'IDEMPOTENCY_KEY_REUSED']).toContain(
                    r.errors[0].extensions.reason,
                  );
                break;
              case 'close':
                expected = open;
                r = await t.gql(transition('closeTask'), { id: task.id }, req);
                if (!r.errors) open = false;
                break;
            }
            for (const e of r.errors ?? []) expect(e.extensions.code).not.toBe('INTERNAL_SERVER_ERROR');
            if (expected !== 'either') expect({ op, who, ok: !r.errors }).toEqual({ op, who, ok: expected });
            await invariants(workers);
          }
        },
      ),
      { numRuns: 10 },
    );
  }, 300_000);
});
