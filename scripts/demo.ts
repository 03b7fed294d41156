/**
 * npm run demo [-- --url http://localhost:3000/graphql]
 * Plays the product's whole story against a running server (`npm start` in another terminal),
 * over its public GraphQL API and HTTP endpoints only, with fresh accounts each run: an admin and
 * finance, a requester who prices, funds and publishes a task and sizes its audience, two
 * contractors who onboard, consent, claim and submit (one sample carrying personal data), a
 * review that accepts one and rejects the other, a dispute upheld, a payout run paid through the
 * processor, a clean reconciliation, and the dataset export with its data card.
 * Exit status: 0 when the story runs to the end, 1 at the first step that fails (named), 2 bad usage.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const USAGE = `
Usage: npm run demo -- [--url <graphql url>] [--admin-email <email>] [--admin-password <password>]

Drives a running Fairsample server (npm start) through the whole story and prints each step.
--url             the GraphQL endpoint (default http://localhost:3000/graphql)
--admin-email     an ADMIN's e-mail (default ADMIN_EMAIL, else the development admin
                  admin@fairsample.test)
--admin-password  its password (default ADMIN_PASSWORD, else the development admin's password
                  from DATA_DIR/admin-password, DATA_DIR defaulting to ./.data)
--timeout         seconds to wait for each asynchronous step (default 90)
Exit status: 0 the story ran to the end, 1 a step failed (named on stderr), 2 bad usage.`;

interface Money {
  amountMinor: number;
  currency: string;
}

interface GqlError {
  message: string;
  extensions?: { code?: string; reason?: string };
}

class DemoFailure extends Error {}

/** Fails the current step with `message` unless `condition` holds. */
function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new DemoFailure(message);
}

/** Integer minor units shown in major units (two decimals: the demo works in USD). */
function fmt(m: Money): string {
  const sign = m.amountMinor < 0 ? '-' : '';
  const abs = Math.abs(m.amountMinor);
  return `${sign}${m.currency} ${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

class Demo {
  private step = 0;
  private current = '';
  readonly base: string;

  constructor(
    readonly url: string,
    private readonly timeoutMs: number,
  ) {
    this.base = new URL(url).origin;
  }

  title(text: string): void {
    this.current = text;
    console.log(`\n${String(++this.step).padStart(2)}. ${text}`);
  }

  say(text: string): void {
    console.log(`    ${text}`);
  }

  get failedStep(): string {
    return this.step === 0 ? 'the start' : `step ${this.step} (${this.current})`;
  }

  async gql<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
    let res: Response;
    try {
      res = await fetch(this.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(30_000),
      });
    } catch (error) {
      throw new DemoFailure(`cannot reach ${this.url}: ${(error as Error).message} (is npm start running?)`);
    }
    const body = (await res.json().catch(() => ({}))) as { data?: T; errors?: GqlError[] };
    if (body.errors?.length) {
      const e = body.errors[0];
      const code = [e.extensions?.code, e.extensions?.reason].filter(Boolean).join('/');
      throw new DemoFailure(`${e.message}${code ? ` [${code}]` : ''}`);
    }
    check(body.data, `HTTP ${res.status} without data from ${this.url}`);
    return body.data;
  }

  /** A GET on the server (exports, CSV) with a bearer token: the body as text. */
  async get(path: string, token: string): Promise<string> {
    const res = await fetch(`${this.base}${path}`, {
      headers: { authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(30_000),
    });
    const text = await res.text();
    check(res.ok, `GET ${path} answered ${res.status}: ${text.slice(0, 300)}`);
    return text;
  }

  /** Polls `probe` until `done` holds, failing the step after the timeout with `what`. */
  async until<T>(what: string, probe: () => Promise<T>, done: (v: T) => boolean): Promise<T> {
    const deadline = Date.now() + this.timeoutMs;
    for (;;) {
      const value = await probe();
      if (done(value)) return value;
      if (Date.now() > deadline)
        throw new DemoFailure(`timed out after ${this.timeoutMs / 1000} s waiting for ${what}`);
      await sleep(500);
    }
  }
}

const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token user { id role } } }`;
const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { token user { id role } } }`;
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id role } }`;
const PASSWORD = 'demo-correct-horse-battery';
const PROFESSION = '43-4051'; // Customer Service Representatives
const TERMS = '2026-11';

interface Auth {
  login: { token: string; user: { id: string; role: string } };
}
interface Registered {
  register: { token: string; user: { id: string; role: string } };
}
interface Person {
  name: string;
  token: string;
  id: string;
}

/** The sample with planted personal data: it must reach the requester redacted. */
const PLANTED = { email: 'maria.lopez@example.com', phone: '+1 415 555 0132' };
const SAMPLES = [
  `Hi Maria, thanks for your patience. I have refunded order 4471 in full; it shows on your card within five working days. If anything looks off, call me on ${PLANTED.phone} or write to ${PLANTED.email} and I will sort it out the same day.`,
  'Hello, thanks for flagging the double charge. I checked the payment log: the second charge was an authorisation that never settled, so it drops off your statement by itself within three days. Nothing to do on your side.',
];

function adminCredentials(args: Record<string, string | boolean | undefined>): {
  email: string;
  password: string;
} {
  const email = String(args['admin-email'] ?? process.env.ADMIN_EMAIL ?? 'admin@fairsample.test');
  if (typeof args['admin-password'] === 'string') return { email, password: args['admin-password'] };
  if (process.env.ADMIN_PASSWORD) return { email, password: process.env.ADMIN_PASSWORD };
  const file = join(resolve(process.env.DATA_DIR ?? '.data'), 'admin-password');
  if (!existsSync(file))
    throw new DemoFailure(
      `no admin password: pass --admin-password, set ADMIN_PASSWORD, or run the demo from the directory where npm start runs (it reads ${file})`,
    );
  return { email, password: readFileSync(file, 'utf8').trim() };
}

async function story(demo: Demo, admin: { email: string; password: string }): Promise<void> {
  const started = new Date();
  const run = `${started.getTime().toString(36)}${randomBytes(2).toString('hex')}`;
  const email = (who: string) => `demo-${who}-${run}@example.com`;

  demo.title('The server is up');
  const health = await fetch(`${demo.base}/health`).catch((error: Error) => {
    throw new DemoFailure(`cannot reach ${demo.base}/health: ${error.message} (is npm start running?)`);
  });
  check(health.ok, `GET /health answered ${health.status}`);
  demo.say(`${demo.base}/health answered ${health.status}; GraphQL at ${demo.url}; this run's tag is ${run}`);

  demo.title('An admin signs in and creates a finance user');
  const adminAuth = await demo.gql<Auth>(LOGIN, { e: admin.email, p: admin.password });
  check(adminAuth.login.user.role === 'ADMIN', `${admin.email} is ${adminAuth.login.user.role}, not ADMIN`);
  const adminToken = adminAuth.login.token;
  demo.say(`signed in as ${admin.email} (ADMIN)`);
  await demo.gql(
    CREATE_USER,
    { input: { email: email('finance'), password: PASSWORD, displayName: 'Demo Finance', role: 'FINANCE' } },
    adminToken,
  );
  const finance = (await demo.gql<Auth>(LOGIN, { e: email('finance'), p: PASSWORD })).login.token;
  demo.say(`created and signed in ${email('finance')} (FINANCE)`);
  const terms = await demo.gql<{ consentTerms: { version: string; purposes: string[] }[] }>(
    `query { consentTerms { version purposes } }`,
    {},
    adminToken,
  );
  const current = terms.consentTerms.find((t) => t.version === TERMS);
  check(current, `consent terms ${TERMS} are not published`);
  demo.say(`published consent terms ${TERMS} cover: ${current.purposes.join(', ')}`);

  demo.title('A requester signs up and prices a sample from the published rate table');
  const req = await demo.gql<Registered>(REGISTER, {
    input: {
      email: email('requester'),
      password: PASSWORD,
      displayName: 'Demo Requester',
      role: 'REQUESTER',
      organizationName: `Demo Lab ${run}`,
    },
  });
  const requester = req.register.token;
  demo.say(`registered ${email('requester')} (REQUESTER) with organisation "Demo Lab ${run}"`);
  const quote = await demo.gql<{
    rateQuote: {
      rateTableVersion: string;
      pricePerSample: Money;
      platformFee: Money;
      requesterCost: Money;
      effectiveHourly: Money;
      estimatedMinutes: number;
    };
  }>(
    `query($p: String!) { rateQuote(professionCode: $p, artifactKind: SUPPORT_REPLY, tier: STANDARD, currency: "USD") {
      rateTableVersion pricePerSample { amountMinor currency } platformFee { amountMinor currency }
      requesterCost { amountMinor currency } effectiveHourly { amountMinor currency } estimatedMinutes } }`,
    { p: PROFESSION },
    requester,
  );
  const q = quote.rateQuote;
  demo.say(
    `rate table ${q.rateTableVersion}, ${PROFESSION} support reply: contractor gets ${fmt(q.pricePerSample)}` +
      ` (${q.estimatedMinutes} min, ${fmt(q.effectiveHourly)}/h), platform fee ${fmt(q.platformFee)},` +
      ` requester pays ${fmt(q.requesterCost)}`,
  );

  demo.title('The requester creates, funds and publishes a task');
  const TASK = `id status title slots slotsRemaining funded priceLocked budget { amountMinor currency }
    escrowBalance { amountMinor currency } pricePerSample { amountMinor currency }`;
  interface Task {
    id: string;
    status: string;
    title: string;
    slots: number;
    slotsRemaining: number;
    funded: boolean;
    priceLocked: boolean;
    budget: Money;
    escrowBalance: Money;
    pricePerSample: Money;
  }
  const created = await demo.gql<{ createTask: Task }>(
    `mutation($input: CreateTaskInput!) { createTask(input: $input) { ${TASK} } }`,
    {
      input: {
        title: `Demo ${run}: real customer support replies`,
        instructions: 'Paste one reply you wrote to a customer last month.',
        professionCode: PROFESSION,
        artifactKind: 'SUPPORT_REPLY',
        tier: 'STANDARD',
        currency: 'USD',
        slots: 2,
        consentTermsVersion: TERMS,
        purposes: ['model-training'],
        retentionDays: 365,
      },
    },
    requester,
  );
  const taskId = created.createTask.id;
  demo.say(`task ${taskId} (DRAFT), 2 slots, budget ${fmt(created.createTask.budget)}`);
  const funding = await demo.gql<{
    fundTask: { status: string; amount: Money; failureReason: string | null };
  }>(
    `mutation($id: ID!) { fundTask(taskId: $id, paymentMethod: "pm_card_visa") { status amount { amountMinor currency } failureReason } }`,
    { id: taskId },
    requester,
  );
  check(funding.fundTask.status !== 'FAILED', `funding failed: ${funding.fundTask.failureReason}`);
  await demo.until(
    'the funding to succeed',
    () =>
      demo.gql<{ task: Task }>(`query($id: ID!) { task(id: $id) { ${TASK} } }`, { id: taskId }, requester),
    (r) => r.task.funded,
  );
  demo.say(
    `funded ${fmt(funding.fundTask.amount)} with the test card pm_card_visa (escrow at the processor)`,
  );
  const published = await demo.gql<{ publishTask: Task }>(
    `mutation($id: ID!) { publishTask(taskId: $id) { ${TASK} } }`,
    { id: taskId },
    requester,
  );
  check(published.publishTask.status === 'OPEN', `task is ${published.publishTask.status} after publishing`);
  demo.say(
    `published: OPEN, price locked at ${fmt(published.publishTask.pricePerSample)} per sample, escrow ${fmt(published.publishTask.escrowBalance)}`,
  );

  demo.title('Two contractors sign up, set their profile and give consent');
  const contractors: Person[] = [];
  for (const name of ['ana', 'ben']) {
    const r = await demo.gql<Registered>(REGISTER, {
      input: { email: email(name), password: PASSWORD, displayName: `Demo ${name}`, role: 'CONTRACTOR' },
    });
    const c = { name, token: r.register.token, id: r.register.user.id };
    await demo.gql(
      `mutation($input: ContractorProfileInput!) { updateContractorProfile(input: $input) { countryCode } }`,
      {
        input: {
          countryCode: 'US',
          languages: ['en'],
          professions: [{ professionCode: PROFESSION, yearsExperience: 5 }],
        },
      },
      c.token,
    );
    const consent = await demo.gql<{ giveConsent: { termsVersion: string; purposes: string[] } }>(
      `mutation($v: String!) { giveConsent(termsVersion: $v) { termsVersion purposes } }`,
      { v: TERMS },
      c.token,
    );
    contractors.push(c);
    demo.say(
      `${email(name)}: US, English, ${PROFESSION} for 5 years; consented to ${consent.giveConsent.termsVersion} (${consent.giveConsent.purposes.join(', ')})`,
    );
  }
  const ben = contractors[1];

  demo.title('The requester sizes the audience of its task');
  const match = await demo.gql<{
    matchContractors: {
      eligibleCount: number;
      failing: { rule: string; count: number }[];
      sample: { pseudonym: string }[];
    };
  }>(
    `query($id: ID!) { matchContractors(taskId: $id, first: 3) { eligibleCount failing { rule count } sample { pseudonym } } }`,
    { id: taskId },
    requester,
  );
  const m = match.matchContractors;
  check(m.eligibleCount >= 2, `only ${m.eligibleCount} contractors match the task`);
  demo.say(
    `${m.eligibleCount} contractors could claim it; sample under pseudonyms: ${m.sample.map((s) => s.pseudonym).join(', ')}`,
  );
  const failing = m.failing.filter((f) => f.count > 0);
  if (failing.length) demo.say(`others fail: ${failing.map((f) => `${f.rule} ×${f.count}`).join(', ')}`);

  demo.title('Each contractor finds the task in its feed, claims a slot and submits a sample');
  const submissions: string[] = [];
  for (const [i, c] of contractors.entries()) {
    const feed = await demo.gql<{ eligibleTasks: { totalCount: number; edges: { node: { id: string } }[] } }>(
      `query { eligibleTasks(first: 100) { totalCount edges { node { id } } } }`,
      {},
      c.token,
    );
    check(
      feed.eligibleTasks.edges.some((e) => e.node.id === taskId),
      `the task is not in ${c.name}'s feed`,
    );
    const claim = await demo.gql<{ claimTask: { id: string; expiresAt: string } }>(
      `mutation($id: ID!) { claimTask(taskId: $id) { id expiresAt } }`,
      { id: taskId },
      c.token,
    );
    const sub = await demo.gql<{
      submitSample: { id: string; status: string; piiTypesFound: string[]; redactedContent: string };
    }>(
      `mutation($input: SubmitSampleInput!) { submitSample(input: $input) { id status piiTypesFound redactedContent } }`,
      {
        input: {
          claimId: claim.claimTask.id,
          content: SAMPLES[i],
          attestation: { holdsRightToShare: true, ownWork: true, consentTermsVersion: TERMS },
        },
      },
      c.token,
    );
    submissions.push(sub.submitSample.id);
    demo.say(
      `${c.name}: task in a feed of ${feed.eligibleTasks.totalCount}, claimed until ${claim.claimTask.expiresAt}, submitted ${sub.submitSample.id}` +
        (sub.submitSample.piiTypesFound.length
          ? ` — personal data found: ${sub.submitSample.piiTypesFound.join(', ')}`
          : ' — no personal data found'),
    );
  }
  const [anaSubmission, benSubmission] = submissions;

  demo.title('The requester sees the samples, redacted only');
  const seen = await demo.gql<{
    submissions: {
      edges: { node: { id: string; contributor: string; redactedContent: string; content: string | null } }[];
    };
  }>(
    `query($t: ID!) { submissions(taskId: $t, first: 10) { edges { node { id contributor redactedContent content } } } }`,
    { t: taskId },
    requester,
  );
  const anaSeen = seen.submissions.edges.find((e) => e.node.id === anaSubmission)?.node;
  check(anaSeen, `the requester does not see ${anaSubmission}`);
  const leaked = Object.values(PLANTED).filter((p) =>
    seen.submissions.edges.some((e) => `${e.node.redactedContent} ${e.node.content ?? ''}`.includes(p)),
  );
  check(leaked.length === 0, `the requester sees personal data: ${leaked.join(', ')}`);
  check(anaSeen.content === null, 'the requester sees the original text');
  demo.say(
    `${seen.submissions.edges.length} samples; ana's (by ${anaSeen.contributor}) as the requester reads it:`,
  );
  demo.say(`  "${anaSeen.redactedContent}"`);

  demo.title('The requester accepts one sample and rejects the other; the rejection is disputed and upheld');
  await demo.gql(
    `mutation($id: ID!) { reviewSubmission(input: { submissionId: $id, decision: ACCEPT }) { status } }`,
    { id: anaSubmission },
    requester,
  );
  demo.say(`accepted ana's sample: paid at once from escrow`);
  await demo.gql(
    `mutation($id: ID!) { reviewSubmission(input: { submissionId: $id, decision: REJECT, reason: LOW_QUALITY,
      feedback: "Too short to be useful: please include the customer's question too." }) { status } }`,
    { id: benSubmission },
    requester,
  );
  const dispute = await demo.gql<{ disputeRejection: { id: string } }>(
    `mutation($id: ID!) { disputeRejection(submissionId: $id, message: "The task asked for one reply, which is what I sent.") { id } }`,
    { id: benSubmission },
    ben.token,
  );
  const decided = await demo.gql<{ resolveDispute: { upheld: boolean; open: boolean } }>(
    `mutation($id: ID!) { resolveDispute(disputeId: $id, uphold: true, note: "The sample follows the instructions.") { upheld open } }`,
    { id: dispute.disputeRejection.id },
    adminToken,
  );
  check(decided.resolveDispute.upheld && !decided.resolveDispute.open, 'the dispute was not upheld');
  demo.say(
    `rejected ben's sample (LOW_QUALITY); ben disputed; the admin upheld it, which accepts and pays it`,
  );

  demo.title('The contractors see their earnings');
  const EARNINGS = `query { myEarnings { pending { amountMinor currency } payable { amountMinor currency } paid { amountMinor currency } } }`;
  interface Earnings {
    myEarnings: { pending: Money[]; payable: Money[]; paid: Money[] };
  }
  const price = published.publishTask.pricePerSample;
  for (const c of contractors) {
    const e = (await demo.gql<Earnings>(EARNINGS, {}, c.token)).myEarnings;
    const payable = e.payable.find((x) => x.currency === 'USD');
    check(payable?.amountMinor === price.amountMinor, `${c.name}'s payable is ${JSON.stringify(payable)}`);
    demo.say(`${c.name}: payable ${fmt(payable)}`);
  }

  demo.title('The contractors complete payout onboarding at the processor');
  interface Account {
    myPayoutAccount: {
      payoutsEnabled: boolean;
      requirements: string[];
      balances: { payable: Money; eligible: boolean; reasons: string[] }[];
    };
  }
  const ACCOUNT = `query { myPayoutAccount { payoutsEnabled requirements balances { payable { amountMinor currency } eligible reasons } } }`;
  for (const c of contractors) {
    const before = (await demo.gql<Account>(ACCOUNT, {}, c.token)).myPayoutAccount;
    demo.say(
      `${c.name} before onboarding: ${before.balances.flatMap((b) => b.reasons).join(' ') || 'eligible'}`,
    );
    const onboarding = await demo.gql<{ startPayoutOnboarding: { onboardingUrl: string } }>(
      `mutation { startPayoutOnboarding { onboardingUrl payoutsEnabled } }`,
      {},
      c.token,
    );
    // The emulator's hosted onboarding completes on a GET of its link, then tells the server.
    const page = await fetch(onboarding.startPayoutOnboarding.onboardingUrl, { redirect: 'manual' });
    check(page.status < 400, `the onboarding link answered ${page.status}`);
    const after = await demo.until(
      `${c.name}'s payouts to be enabled`,
      () => demo.gql<Account>(ACCOUNT, {}, c.token),
      (r) => r.myPayoutAccount.payoutsEnabled && r.myPayoutAccount.balances.every((b) => b.eligible),
    );
    demo.say(
      `${c.name} followed ${new URL(onboarding.startPayoutOnboarding.onboardingUrl).pathname}: payouts enabled, next run pays ${after.myPayoutAccount.balances.map((b) => fmt(b.payable)).join(', ')}`,
    );
  }

  demo.title('Finance runs the USD payouts; the transfers are confirmed');
  interface Payout {
    id: string;
    status: string;
    contractorId: string;
    amount: Money;
    failureReason: string | null;
  }
  const PAYOUT = `id status contractorId amount { amountMinor currency } failureReason`;
  const batch = await demo.gql<{ runPayouts: { id: string; payouts: Payout[] } }>(
    `mutation { runPayouts(currency: "USD") { id payouts { ${PAYOUT} } } }`,
    {},
    finance,
  );
  const ours = new Set(contractors.map((c) => c.id));
  const mine = batch.runPayouts.payouts.filter((p) => ours.has(p.contractorId));
  check(mine.length === 2, `the run paid ${mine.length} of the demo's 2 contractors`);
  demo.say(
    `run ${batch.runPayouts.id}: ${batch.runPayouts.payouts.length} payouts, ours ${mine.map((p) => fmt(p.amount)).join(' and ')}`,
  );
  for (const c of contractors) {
    const paid = await demo.until(
      `${c.name}'s payout to be settled`,
      () =>
        demo.gql<{ payouts: { edges: { node: Payout }[] } }>(
          `query { payouts(first: 5) { edges { node { ${PAYOUT} } } } }`,
          {},
          c.token,
        ),
      (r) => r.payouts.edges.length > 0 && r.payouts.edges.every((e) => e.node.status !== 'PENDING'),
    );
    const p = paid.payouts.edges[0].node;
    check(p.status === 'PAID', `${c.name}'s payout is ${p.status}: ${p.failureReason}`);
    demo.say(`${c.name}: payout ${p.id} ${p.status}, ${fmt(p.amount)}`);
  }

  demo.title('Each statement line names the payout and the transfer that paid it');
  for (const c of contractors) {
    const statement = await demo.gql<{
      myEarningsStatement: {
        edges: {
          node: {
            submissionId: string;
            amount: Money;
            ledgerEntryId: string;
            payout: { id: string; status: string; paidAt: string | null; transferId: string | null } | null;
          };
        }[];
      };
    }>(
      `query { myEarningsStatement(first: 10) { edges { node { submissionId amount { amountMinor currency } ledgerEntryId
        payout { id status paidAt transferId } } } } }`,
      {},
      c.token,
    );
    for (const { node } of statement.myEarningsStatement.edges) {
      check(
        node.payout?.status === 'PAID' && node.payout.transferId,
        `${c.name}'s line ${node.submissionId} names no paid payout`,
      );
      demo.say(
        `${c.name}: sample ${node.submissionId} ${fmt(node.amount)} → payout ${node.payout.id} PAID at ${node.payout.paidAt}, transfer ${node.payout.transferId}`,
      );
    }
  }

  demo.title('Finance reconciles the ledger with the processor');
  const from = new Date(started.getTime() - 60_000).toISOString();
  const to = new Date(Date.now() + 60_000).toISOString();
  const rec = await demo.gql<{
    reconciliation: {
      matchedCount: number;
      mismatches: { kind: string; reference: string; detail: string }[];
    };
  }>(
    `query($f: DateTime!, $t: DateTime!) { reconciliation(from: $f, to: $t) { matchedCount mismatches { kind reference detail } } }`,
    { f: from, t: to },
    finance,
  );
  const r = rec.reconciliation;
  check(
    r.mismatches.length === 0,
    `${r.mismatches.length} mismatches: ${r.mismatches.map((x) => `${x.kind} ${x.reference} (${x.detail})`).join('; ')}`,
  );
  demo.say(`${from} .. ${to}: ${r.matchedCount} matched with the processor, 0 mismatches`);
  const csv = await demo.get(
    `/finance/reconciliation.csv?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
    finance,
  );
  demo.say(
    `GET /finance/reconciliation.csv: ${csv.trim().split('\n').length} lines, header "${csv.split('\n')[0]}"`,
  );
  const trial = await demo.gql<{
    trialBalance: { totalMinor: number; accounts: { account: string; balance: Money }[] };
  }>(
    `query { trialBalance(currency: "USD") { totalMinor accounts { account balance { amountMinor currency } } } }`,
    {},
    finance,
  );
  check(trial.trialBalance.totalMinor === 0, `the trial balance is off by ${trial.trialBalance.totalMinor}`);
  demo.say(`trial balance USD over ${trial.trialBalance.accounts.length} accounts: total 0`);

  demo.title('The requester exports the dataset and reads its data card');
  const jsonl = await demo.get(`/exports/tasks/${taskId}.jsonl`, requester);
  const records = jsonl
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { text: string; contributor: string; consent: { termsVersion: string } });
  check(records.length === 2, `the export holds ${records.length} samples, not 2`);
  const exportLeaks = Object.values(PLANTED).filter((p) => jsonl.includes(p));
  check(exportLeaks.length === 0, `the export holds personal data: ${exportLeaks.join(', ')}`);
  demo.say(
    `GET /exports/tasks/${taskId}.jsonl: ${records.length} samples, redacted, each with consent ${records[0].consent.termsVersion}`,
  );
  const card = await demo.get(`/exports/tasks/${taskId}/datacard.md`, requester);
  check(card.trim().length > 0, 'the data card is empty');
  const headings = card.split('\n').filter((l) => l.startsWith('#'));
  demo.say(
    `GET /exports/tasks/${taskId}/datacard.md: ${card.split('\n').length} lines; ${headings.slice(0, 6).join(' | ')}`,
  );

  demo.title('Final balances');
  for (const c of contractors) {
    const e = (await demo.gql<Earnings>(EARNINGS, {}, c.token)).myEarnings;
    const payable = e.payable.find((x) => x.currency === 'USD')!;
    const paid = e.paid.find((x) => x.currency === 'USD')!;
    check(
      payable.amountMinor === 0 && paid.amountMinor === price.amountMinor,
      `${c.name}: ${JSON.stringify(e)}`,
    );
    demo.say(`${c.name}: paid ${fmt(paid)}, payable ${fmt(payable)}`);
  }
  const task = (
    await demo.gql<{ task: Task }>(`query($id: ID!) { task(id: $id) { ${TASK} } }`, { id: taskId }, requester)
  ).task;
  demo.say(
    `task escrow left ${fmt(task.escrowBalance)} of ${fmt(task.budget)} (${task.slotsRemaining} slots open)`,
  );
  const revenue = trial.trialBalance.accounts.find((a) => a.account === 'platform:revenue');
  if (revenue) demo.say(`platform revenue (all time) ${fmt(revenue.balance)}; ledger total 0`);
}

async function main(): Promise<number> {
  let args: Record<string, string | boolean | undefined>;
  try {
    args = parseArgs({
      options: {
        url: { type: 'string' },
        'admin-email': { type: 'string' },
        'admin-password': { type: 'string' },
        timeout: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE.trim());
    return 0;
  }
  const url = String(args.url ?? 'http://localhost:3000/graphql');
  const timeout = Number(args.timeout ?? 90);
  if (!URL.canParse(url) || !(timeout > 0)) {
    console.error(`--url must be a URL and --timeout a positive number\n${USAGE}`);
    return 2;
  }
  const demo = new Demo(url, timeout * 1000);
  try {
    await story(demo, adminCredentials(args));
  } catch (error) {
    if (!(error instanceof DemoFailure)) throw error;
    console.error(`\nDEMO FAILED at ${demo.failedStep}: ${error.message}`);
    return 1;
  }
  console.log('\nThe demo ran to the end.');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(
      `\nDEMO FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    process.exit(1);
  },
);
