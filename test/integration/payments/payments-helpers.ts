import Stripe from 'stripe';
import { FundingService } from '../../../src/modules/payments/funding.service';
import { TestApp } from '../../setup/test-app';
import { until } from '../jobs/jobs-helpers';
import { FUND_TASK, FundData, MutationData, paymentIntentsOf, transition } from '../tasks/tasks-helpers';

export { until };

/** Fast job retries and polling, and an admin account. */
export const JOBS_ENV = {
  JOBS_POLL_INTERVAL_MS: '500',
  JOBS_RETRY_DELAY_SECONDS: '0',
  ADMIN_EMAIL: 'root@fairsample.test',
  ADMIN_PASSWORD: 'admin-password-123',
};

export async function adminToken(t: TestApp): Promise<string> {
  const r = await t.gql<{ login: { token: string } }>(
    `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
    {
      e: JOBS_ENV.ADMIN_EMAIL,
      p: JOBS_ENV.ADMIN_PASSWORD,
    },
  );
  if (r.errors) throw new Error(`admin login failed: ${JSON.stringify(r.errors)}`);
  return r.data.login.token;
}

/** Publishes a table with one row: 43-4051 SUPPORT_REPLY STANDARD USD at `base`, no platform fee. */
export async function publishSupportReplyRate(t: TestApp, admin: string, version: string, base: number) {
  const r = await t.gql(
    `mutation($input: RateTableInput!) { publishRateTable(input: $input) { id version } }`,
    {
      input: {
        version,
        hourlyFloorMinor: 0,
        platformFeeBasisPoints: 0,
        rows: [
          {
            professionCode: '43-4051',
            artifactKind: 'SUPPORT_REPLY',
            tier: 'STANDARD',
            currency: 'USD',
            baseAmountMinor: base,
            estimatedMinutes: 30,
          },
        ],
      },
    },
    admin,
  );
  if (r.errors) throw new Error(`publishRateTable: ${JSON.stringify(r.errors)}`);
}

export const fund = (t: TestApp, token: string, id: string, pm = 'pm_card_visa') =>
  t.gql<FundData>(FUND_TASK, { id, pm }, token);
export const cancel = (t: TestApp, token: string, id: string) =>
  t.gql<MutationData>(transition('cancelTask'), { id }, token);
export const close = (t: TestApp, token: string, id: string) =>
  t.gql<MutationData>(transition('closeTask'), { id }, token);

/** Refunds at the processor of this task's payments (succeeded ones). */
export async function processorRefundsOf(stripe: Stripe, taskId: string): Promise<Stripe.Refund[]> {
  const ids = new Set((await paymentIntentsOf(stripe, taskId)).map((pi) => pi.id));
  const all = await stripe.refunds.list({ limit: 100 }).autoPagingToArray({ limit: 10_000 });
  return all.filter((r) => typeof r.payment_intent === 'string' && ids.has(r.payment_intent));
}

/** Waits until no escrow refund of the database is PENDING (the refund jobs have run). */
export async function refundsSettled(t: TestApp, timeoutMs = 30_000): Promise<void> {
  await until(
    async () => (await t.sql(`SELECT count(*)::int AS n FROM escrow_refunds WHERE status = 'PENDING'`))[0].n,
    (n) => n === 0,
    timeoutMs,
  );
}

/** Runs the funding sweep now, for fundings of any age (the scheduled one waits 2 minutes). */
export async function sweepFundings(t: TestApp): Promise<void> {
  await t.app.get(FundingService).sweepPending(0);
}

/**
 * The books against the processor, for the whole database: money the processor holds for us
 * (succeeded PaymentIntents minus succeeded refunds) equals the ledger's escrow movements
 * (TASK_FUNDED minus ESCROW_REFUNDED), and nothing is left PENDING.
 */
export async function reconcile(t: TestApp, stripe: Stripe) {
  const intents = await stripe.paymentIntents.list({ limit: 100 }).autoPagingToArray({ limit: 10_000 });
  const refunds = await stripe.refunds.list({ limit: 100 }).autoPagingToArray({ limit: 10_000 });
  const charged = intents
    .filter((pi) => pi.status === 'succeeded')
    .reduce((s, pi) => s + BigInt(pi.amount_received), 0n);
  const refunded = refunds.filter((r) => r.status === 'succeeded').reduce((s, r) => s + BigInt(r.amount), 0n);
  const [ledger] = await t.sql<{ funded: string; refunded: string }>(
    `SELECT coalesce(sum(p.amount) FILTER (WHERE e.kind = 'TASK_FUNDED'), 0)::text AS funded,
            coalesce(sum(p.amount) FILTER (WHERE e.kind = 'ESCROW_REFUNDED'), 0)::text AS refunded
     FROM ledger_entries e JOIN ledger_postings p ON p.entry_id = e.id AND p.amount > 0`,
  );
  const [pending] = await t.sql<{ fundings: number; refunds: number }>(
    `SELECT (SELECT count(*)::int FROM fundings WHERE status = 'PENDING') AS fundings,
            (SELECT count(*)::int FROM escrow_refunds WHERE status = 'PENDING') AS refunds`,
  );
  return {
    atProcessor: charged - refunded,
    inLedger: BigInt(ledger.funded) - BigInt(ledger.refunded),
    pending,
    charged,
    refunded,
  };
}
