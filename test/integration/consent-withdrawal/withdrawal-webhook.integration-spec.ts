import { createHmac } from 'node:crypto';
import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { createTestApp, registerUser, TestApp } from '../../setup/test-app';
import { ok } from '../matching/matching-helpers';
import { errorOf } from '../tasks/tasks-helpers';
import { acceptedTask, WITHDRAW } from './withdrawal-helpers';

const SET = `mutation($u: String!) { setWithdrawalWebhook(url: $u) { url secret updatedAt } }`;
const REMOVE = `mutation { removeWithdrawalWebhook }`;

interface Delivery {
  headers: IncomingHttpHeaders;
  body: string;
}
interface WebhookBody {
  id: string;
  type: string;
  notice: {
    submissionId: string;
    taskId: string;
    contributor: string;
    withdrawnAt: string;
    eraseAfter: string;
  };
}

describe('withdrawal notices pushed to the requester', () => {
  let t: TestApp;
  let server: Server;
  let url: string;
  const deliveries: Delivery[] = [];
  /** Status codes the receiver answers, in turn; 200 once they run out. */
  const answers: number[] = [];

  beforeAll(async () => {
    t = await createTestApp({ JOBS_POLL_INTERVAL_MS: '500', JOBS_RETRY_DELAY_SECONDS: '0' });
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString('utf8')));
      req.on('end', () => {
        deliveries.push({ headers: req.headers, body });
        res.statusCode = answers.shift() ?? 200;
        res.end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/withdrawals`;
  });
  afterAll(async () => {
    await t.close();
    await new Promise((resolve) => server.close(resolve));
  });

  async function until(done: () => boolean): Promise<void> {
    for (let i = 0; i < 300 && !done(); i++) await new Promise((r) => setTimeout(r, 100));
  }

  it('POSTs each notice signed with the organisation secret, retrying until the endpoint answers 2xx', async () => {
    const { req, contractors, submissions, task } = await acceptedTask(t, 2);
    const hook = ok(
      await t.gql<{ setWithdrawalWebhook: { url: string; secret: string } }>(SET, { u: url }, req),
    ).setWithdrawalWebhook;
    expect(hook.url).toBe(url);
    expect(hook.secret).toMatch(/^whsec_[0-9a-f]{64}$/);

    answers.push(500); // the first attempt fails: the job retries
    ok(await t.gql(WITHDRAW, {}, contractors[0].token));
    await until(() => deliveries.length >= 2);
    expect(deliveries).toHaveLength(2);
    const [failed, delivered] = deliveries;
    expect(delivered.body).toBe(failed.body);
    const body = JSON.parse(delivered.body) as WebhookBody;
    expect(body).toMatchObject({
      type: 'withdrawal.notice',
      notice: { submissionId: submissions[0].id, taskId: task.id, contributor: submissions[0].contributor },
    });
    expect(body.id).toMatch(/^wn_\d+$/);
    expect(new Date(body.notice.eraseAfter).getTime()).toBeGreaterThan(
      new Date(body.notice.withdrawnAt).getTime(),
    );

    // The receiver's check: HMAC-SHA256 over "<t>.<body>" with the secret it was given.
    const header = delivered.headers['fairsample-signature'] as string;
    const [, ts, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header)!;
    expect(v1).toBe(createHmac('sha256', hook.secret).update(`${ts}.${delivered.body}`).digest('hex'));
    expect(v1).not.toBe(createHmac('sha256', 'whsec_other').update(`${ts}.${delivered.body}`).digest('hex'));
    expect(delivered.headers['content-type']).toBe('application/json');

    // The other contractor's sample stays: nothing was sent about it.
    expect(deliveries.map((d) => (JSON.parse(d.body) as WebhookBody).notice.submissionId)).not.toContain(
      submissions[1].id,
    );
  });

  it('sends nothing once the webhook is removed (the feed still has the notice), and refuses a non-http URL', async () => {
    const { req, contractors } = await acceptedTask(t, 1);
    ok(await t.gql(SET, { u: url }, req));
    expect(
      ok(await t.gql<{ removeWithdrawalWebhook: boolean }>(REMOVE, {}, req)).removeWithdrawalWebhook,
    ).toBe(true);
    expect(
      ok(await t.gql<{ removeWithdrawalWebhook: boolean }>(REMOVE, {}, req)).removeWithdrawalWebhook,
    ).toBe(false);
    const before = deliveries.length;
    ok(await t.gql(WITHDRAW, {}, contractors[0].token));
    const [{ n }] = await t.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'withdrawal-webhook'`,
    );
    expect(n).toBe(1); // the first test's notice only
    expect(deliveries.length).toBe(before);

    const bad = await t.gql(SET, { u: 'ftp://example.com/hook' }, req);
    expect(errorOf(bad).code).toBe('BAD_USER_INPUT');
  });

  it('in production, refuses a plain-http endpoint and one inside the platform network', async () => {
    const prod = await createTestApp({ NODE_ENV: 'production' });
    try {
      const req = (await registerUser(prod, 'REQUESTER')).token;
      const plain = await prod.gql(SET, { u: 'http://hooks.example.com/x' }, req);
      expect(errorOf(plain)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'WEBHOOK_NOT_HTTPS' });
      for (const internal of ['https://127.0.0.1/x', 'https://169.254.169.254/latest', 'https://[::1]/x']) {
        const refused = await prod.gql(SET, { u: internal }, req);
        expect(errorOf(refused)).toMatchObject({
          code: 'BAD_USER_INPUT',
          reason: 'WEBHOOK_ADDRESS_NOT_PUBLIC',
        });
      }
      expect(await prod.sql(`SELECT 1 FROM withdrawal_webhooks`)).toEqual([]);
    } finally {
      await prod.close();
    }
  });
});
