import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { DomainError } from '../../../src/core/errors/domain-error';
import { Accounts } from '../../../src/modules/ledger/accounts';
import { LedgerService } from '../../../src/modules/ledger/ledger.service';
import { createTestApp, TestApp } from '../../setup/test-app';
import { driftedBalances, fund, newEscrow, pay } from './ledger-helpers';

describe('ledger service: posting and reading', () => {
  let t: TestApp;
  let ledger: LedgerService;
  beforeAll(async () => {
    t = await createTestApp();
    ledger = t.app.get(LedgerService);
  });
  afterAll(() => t.close());

  const entriesWithKey = async (key: string) =>
    Number(
      (await t.sql(`SELECT count(*)::int AS n FROM ledger_entries WHERE idempotency_key = $1`, [key]))[0].n,
    );

  it('posts an entry as two signed legs per move and moves the balances', async () => {
    const escrow = newEscrow();
    const contractor = randomUUID();
    await ledger.post(fund(escrow, 10_000n));
    const r = await ledger.post({
      idempotencyKey: `accept:${randomUUID()}`,
      kind: 'SAMPLE_ACCEPTED',
      reference: 'submission:1',
      description: 'sample accepted',
      metadata: { submissionId: 's1', priceMinor: 2500n },
      moves: [
        { from: escrow, to: Accounts.contractorPayable(contractor), amount: 2500n, currency: 'USD' },
        { from: escrow, to: Accounts.platformRevenue, amount: 500n, currency: 'USD' },
      ],
    });
    expect(r.created).toBe(true);
    expect(await ledger.balance(escrow, 'USD')).toBe(7000n);
    expect(await ledger.balance(Accounts.contractorPayable(contractor), 'USD')).toBe(2500n);
    expect(await ledger.balance(escrow, 'EUR')).toBe(0n);
    expect(await ledger.balance('nobody:here', 'USD')).toBe(0n);
    const legs = await t.sql(
      `SELECT account, currency, amount::text FROM ledger_postings WHERE entry_id = $1 ORDER BY id`,
      [r.entryId],
    );
    expect(legs).toEqual([
      { account: Accounts.contractorPayable(contractor), currency: 'USD', amount: '2500' },
      { account: escrow, currency: 'USD', amount: '-500' },
      { account: escrow, currency: 'USD', amount: '-2500' },
      { account: Accounts.platformRevenue, currency: 'USD', amount: '500' },
    ]);
    const [entry] = await ledger.entriesByReference('submission:1');
    expect(entry).toMatchObject({
      id: r.entryId,
      kind: 'SAMPLE_ACCEPTED',
      description: 'sample accepted',
      metadata: { submissionId: 's1', priceMinor: '2500' },
    });
    expect(entry.legs).toHaveLength(4);
    expect(entry.createdAt).toBeInstanceOf(Date);
  });

  it('lists balances under a prefix, treating LIKE wildcards literally', async () => {
    const org = randomUUID();
    const [a, b] = [Accounts.taskEscrow(org, 'task_1'), Accounts.taskEscrow(org, 'task_2')];
    await ledger.post(fund(a, 100n));
    await ledger.post(fund(b, 200n));
    await ledger.post(fund(Accounts.taskEscrow(randomUUID(), 'task_1'), 999n));
    expect(await ledger.balances(Accounts.orgEscrowPrefix(org), 'USD')).toEqual([
      { account: a, balance: 100n },
      { account: b, balance: 200n },
    ]);
    expect(await ledger.balances(`org:${org}:escrow:task:task%`, 'USD')).toEqual([]);
  });

  it('replays the same key with the same moves as the same entry, changing nothing', async () => {
    const escrow = newEscrow();
    const entry = fund(escrow, 1234n);
    const first = await ledger.post(entry);
    const again = await ledger.post({ ...entry, description: 'retry', moves: [...entry.moves] });
    expect(again).toEqual({ entryId: first.entryId, created: false });
    expect(await ledger.balance(escrow, 'USD')).toBe(1234n);
    expect(await entriesWithKey(entry.idempotencyKey)).toBe(1);
  });

  it.each([
    ['another amount', { amount: 1235n }],
    ['another currency', { currency: 'EUR' }],
    ['another account', { to: newEscrow() }],
  ])('refuses the same key with %s as CONFLICT IDEMPOTENCY_KEY_REUSED', async (_what, patch) => {
    const escrow = newEscrow();
    const entry = fund(escrow, 1234n);
    const { entryId } = await ledger.post(entry);
    const reused = { ...entry, moves: [{ ...entry.moves[0], ...patch }] };
    await expect(ledger.post(reused)).rejects.toMatchObject({
      code: 'CONFLICT',
      reason: 'IDEMPOTENCY_KEY_REUSED',
      details: { idempotencyKey: entry.idempotencyKey, entryId },
    });
    await expect(ledger.post({ ...entry, reference: 'elsewhere' })).rejects.toMatchObject({
      reason: 'IDEMPOTENCY_KEY_REUSED',
    });
    expect(await ledger.balance(escrow, 'USD')).toBe(1234n);
  });

  it('refuses to overdraw an escrow with INSUFFICIENT_FUNDS naming it, writing nothing', async () => {
    const escrow = newEscrow();
    await ledger.post(fund(escrow, 100n));
    const overdraw = pay(escrow, randomUUID(), 150n);
    await expect(ledger.post(overdraw)).rejects.toMatchObject({
      code: 'CONFLICT',
      reason: 'INSUFFICIENT_FUNDS',
      details: { account: escrow, currency: 'USD' },
    });
    expect(await entriesWithKey(overdraw.idempotencyKey)).toBe(0);
    expect(await ledger.balance(escrow, 'USD')).toBe(100n);
    // The refused key was never taken: once funded, the same post goes through.
    await ledger.post(fund(escrow, 50n));
    expect(await ledger.post(overdraw)).toMatchObject({ created: true });
    expect(await ledger.balance(escrow, 'USD')).toBe(0n);
  });

  it('refuses to take a contractor payable below zero', async () => {
    const contractor = randomUUID();
    await expect(
      ledger.post({
        idempotencyKey: `payout:${randomUUID()}`,
        kind: 'PAYOUT',
        reference: 'po_1',
        moves: [
          {
            from: Accounts.contractorPayable(contractor),
            to: Accounts.processorClearing,
            amount: 1n,
            currency: 'USD',
          },
        ],
      }),
    ).rejects.toMatchObject({
      reason: 'INSUFFICIENT_FUNDS',
      details: { account: Accounts.contractorPayable(contractor) },
    });
  });

  it("posts inside the caller's transaction and rolls back with it", async () => {
    const db = t.app.get(DataSource);
    const escrow = newEscrow();
    await expect(
      db.transaction(async (tx) => {
        await ledger.post(fund(escrow, 500n), tx);
        expect(await ledger.balance(escrow, 'USD', tx)).toBe(500n);
        expect(await t.sql(`SELECT 1 FROM ledger_balances WHERE account = $1`, [escrow])).toEqual([]);
        throw new Error('caller changed its mind');
      }),
    ).rejects.toThrow('caller changed its mind');
    expect(await ledger.balance(escrow, 'USD')).toBe(0n);
    expect(await ledger.entriesByReference(escrow)).toEqual([]);
    // A manager outside any transaction still gets an atomic post.
    await ledger.post(fund(escrow, 500n), db.manager);
    expect(await ledger.balance(escrow, 'USD')).toBe(500n);
  });

  it('refuses a malformed entry before touching the database', async () => {
    const escrow = newEscrow();
    const bad = fund(escrow, 0n);
    await expect(ledger.post(bad)).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_AMOUNT',
    });
    await expect(ledger.balance(escrow, 'usd')).rejects.toMatchObject({ reason: 'UNKNOWN_CURRENCY' });
    expect(await entriesWithKey(bad.idempotencyKey)).toBe(0);
  });

  describe('concurrency', () => {
    it('20 concurrent posts of one key over separate connections create exactly one entry', async () => {
      const escrow = newEscrow();
      const entry = fund(escrow, 777n);
      const results = await Promise.all(Array.from({ length: 20 }, () => ledger.post(entry)));
      expect(results.filter((r) => r.created)).toHaveLength(1);
      expect(new Set(results.map((r) => r.entryId)).size).toBe(1);
      expect(await entriesWithKey(entry.idempotencyKey)).toBe(1);
      expect(await ledger.balance(escrow, 'USD')).toBe(777n);
    });

    it('10 parallel withdrawals of 300 from an escrow of 1000: exactly 3 succeed, 100 is left', async () => {
      const escrow = newEscrow();
      await ledger.post(fund(escrow, 1000n));
      const outcomes = await Promise.allSettled(
        Array.from({ length: 10 }, () => ledger.post(pay(escrow, randomUUID(), 300n))),
      );
      const refused = outcomes.filter((o) => o.status === 'rejected').map((o) => o.reason as unknown);
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(3);
      expect(refused).toHaveLength(7);
      for (const error of refused) {
        expect(error).toBeInstanceOf(DomainError);
        expect(error).toMatchObject({ reason: 'INSUFFICIENT_FUNDS', details: { account: escrow } });
      }
      expect(await ledger.balance(escrow, 'USD')).toBe(100n);
      expect(await driftedBalances(t)).toEqual([]);
    });

    it('entries over the same accounts in opposite orders never deadlock', async () => {
      const [a, b, c] = ['test:a', 'test:b', 'test:c'].map((x) => `${x}${randomUUID().slice(0, 8)}`);
      const entry = (i: number, path: string[]) => ({
        idempotencyKey: `cycle:${a}:${i}`,
        kind: 'TEST',
        reference: a,
        moves: path.slice(1).map((to, j) => ({ from: path[j], to, amount: 10n, currency: 'USD' })),
      });
      const results = await Promise.all(
        Array.from({ length: 30 }, (_, i) => ledger.post(entry(i, i % 2 ? [a, b, c] : [c, b, a]))),
      );
      expect(results.every((r) => r.created)).toBe(true);
      expect(await ledger.balance(a, 'USD')).toBe(0n);
      expect(await ledger.balance(b, 'USD')).toBe(0n);
      expect(await ledger.balance(c, 'USD')).toBe(0n);
    });
  });

  describe('postMany', () => {
    const inTransaction = <T>(fn: (tx: EntityManager) => Promise<T>) => t.app.get(DataSource).transaction(fn);
    const auditRowsOf = async (entryIds: string[]) =>
      (
        await t.sql<{ n: number }>(
          `SELECT count(*)::int AS n FROM audit_log WHERE subject_type = 'ledger_entry' AND subject_id = ANY($1)`,
          [entryIds],
        )
      )[0].n;

    it('posts many entries in one call: each its own balanced entry, audited; a key posted before replays', async () => {
      const escrow = newEscrow();
      const [c1, c2] = [randomUUID(), randomUUID()];
      const funded = fund(escrow, 1_000n);
      const first = await ledger.post(funded);
      const results = await inTransaction((tx) =>
        ledger.postMany([pay(escrow, c1, 300n), funded, pay(escrow, c2, 700n)], tx),
      );
      expect(results.map((r) => r.created)).toEqual([true, false, true]);
      expect(results[1].entryId).toBe(first.entryId);
      expect(await ledger.balance(escrow, 'USD')).toBe(0n);
      expect(await ledger.balance(Accounts.contractorPayable(c1), 'USD')).toBe(300n);
      expect(await ledger.balance(Accounts.contractorPayable(c2), 'USD')).toBe(700n);
      for (const r of [results[0], results[2]]) {
        const legs = await t.sql<{ n: number }>(
          `SELECT count(*)::int AS n FROM ledger_postings WHERE entry_id = $1`,
          [r.entryId],
        );
        expect(legs[0].n).toBe(2);
      }
      expect(await auditRowsOf([results[0].entryId, results[2].entryId])).toBe(2);
      expect(await driftedBalances(t)).toEqual([]);
    });

    it('one entry refused refuses the whole call, and nothing is written', async () => {
      const escrow = newEscrow();
      await ledger.post(fund(escrow, 500n));
      const good = pay(escrow, randomUUID(), 200n);
      const overdraw = pay(escrow, randomUUID(), 400n);
      await expect(inTransaction((tx) => ledger.postMany([good, overdraw], tx))).rejects.toMatchObject({
        reason: 'INSUFFICIENT_FUNDS',
        details: { account: escrow },
      });
      const reused = { ...pay(escrow, randomUUID(), 1n), idempotencyKey: good.idempotencyKey };
      await expect(inTransaction((tx) => ledger.postMany([good, reused], tx))).rejects.toMatchObject({
        reason: 'DUPLICATE_IDEMPOTENCY_KEY',
      });
      const unbalanced = { ...good, idempotencyKey: `bad:${randomUUID()}`, moves: [] };
      await expect(inTransaction((tx) => ledger.postMany([good, unbalanced], tx))).rejects.toMatchObject({
        reason: 'INVALID_MOVES',
      });
      await expect(ledger.postMany([good], t.app.get(DataSource).manager)).rejects.toThrow(/transaction/);
      expect(await entriesWithKey(good.idempotencyKey)).toBe(0);
      expect(await ledger.balance(escrow, 'USD')).toBe(500n);
    });
  });
});
