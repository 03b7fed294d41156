import { Client } from 'pg';
import { LedgerService } from '../../../src/modules/ledger/ledger.service';
import { createTestApp, TestApp } from '../../setup/test-app';
import { fund, newEscrow, withClient } from './ledger-helpers';

/** What the database itself refuses, whatever code (or person) writes the SQL. */
describe('ledger database: enforcement without the service', () => {
  let t: TestApp;
  let entryId: string;
  beforeAll(async () => {
    t = await createTestApp();
    entryId = (await t.app.get(LedgerService).post(fund(newEscrow(), 1000n))).entryId;
  });
  afterAll(() => t.close());

  const counts = async () =>
    (
      await t.sql(`SELECT (SELECT count(*) FROM ledger_entries)::int AS entries,
                          (SELECT count(*) FROM ledger_postings)::int AS postings,
                          (SELECT count(*) FROM ledger_balances)::int AS balances`)
    )[0];

  /** Runs statements in one explicit transaction; returns COMMIT's error, if any. */
  const commitOf = (statements: (c: Client) => Promise<unknown>) =>
    withClient(t, async (c) => {
      await c.query('BEGIN');
      await statements(c);
      return c.query('COMMIT').then(
        () => null,
        (e: Error) => e,
      );
    });

  const newEntry = async (c: Client, key: string): Promise<string> =>
    (
      await c.query<{ id: string }>(
        `INSERT INTO ledger_entries (idempotency_key, kind, reference) VALUES ($1, 'TEST', 'raw') RETURNING id`,
        [key],
      )
    ).rows[0].id;

  it('refuses at COMMIT legs that do not sum to zero per currency', async () => {
    const before = await counts();
    const error = await commitOf(async (c) => {
      const id = await newEntry(c, 'raw:unbalanced');
      await c.query(
        `INSERT INTO ledger_postings (entry_id, account, currency, amount)
         VALUES ($1, 'processor:clearing', 'USD', -100), ($1, 'platform:revenue', 'USD', 99)`,
        [id],
      );
    });
    expect(error?.message).toMatch(/does not balance: its USD legs sum to -1/);
    expect(await counts()).toEqual(before);
  });

  it('refuses at COMMIT an entry balanced in total but not per currency', async () => {
    const error = await commitOf(async (c) => {
      const id = await newEntry(c, 'raw:mixed-currency');
      await c.query(
        `INSERT INTO ledger_postings (entry_id, account, currency, amount)
         VALUES ($1, 'processor:clearing', 'USD', -100), ($1, 'platform:revenue', 'EUR', 100)`,
        [id],
      );
    });
    expect(error?.message).toMatch(/does not balance/);
  });

  it('refuses at COMMIT an entry with no legs, or with one', async () => {
    expect((await commitOf((c) => newEntry(c, 'raw:no-legs')))?.message).toMatch(/has 0 leg\(s\)/);
    const error = await commitOf(async (c) => {
      const id = await newEntry(c, 'raw:one-leg');
      await c.query(
        `INSERT INTO ledger_postings (entry_id, account, currency, amount) VALUES ($1, 'a:b', 'USD', 5)`,
        [id],
      );
    });
    expect(error?.message).toMatch(/has 1 leg\(s\)|does not balance/);
  });

  it('accepts a balanced entry written across several statements', async () => {
    const error = await commitOf(async (c) => {
      const id = await newEntry(c, 'raw:balanced');
      await c.query(
        `INSERT INTO ledger_postings (entry_id, account, currency, amount) VALUES ($1, 'a:raw', 'USD', -5)`,
        [id],
      );
      await c.query(
        `INSERT INTO ledger_postings (entry_id, account, currency, amount) VALUES ($1, 'b:raw', 'USD', 5)`,
        [id],
      );
    });
    expect(error).toBeNull();
    expect(await t.sql(`SELECT balance::int FROM ledger_balances WHERE account = 'b:raw'`)).toEqual([
      { balance: 5 },
    ]);
  });

  it('refuses a zero leg at once', async () => {
    await expect(
      withClient(t, async (c) => {
        await c.query('BEGIN');
        const id = await newEntry(c, 'raw:zero-leg');
        await c.query(
          `INSERT INTO ledger_postings (entry_id, account, currency, amount) VALUES ($1, 'a:b', 'USD', 0)`,
          [id],
        );
      }),
    ).rejects.toThrow(/ledger_postings_amount_check/);
  });

  it('seals a committed entry: even balanced legs cannot be added to it', async () => {
    await expect(
      t.sql(
        `INSERT INTO ledger_postings (entry_id, account, currency, amount)
         VALUES ($1, 'a:late', 'USD', -5), ($1, 'b:late', 'USD', 5)`,
        [entryId],
      ),
    ).rejects.toThrow(/is sealed/);
  });

  it('refuses a raw posting that would take an escrow below zero', async () => {
    const escrow = newEscrow();
    const before = await counts();
    await expect(
      withClient(t, async (c) => {
        await c.query('BEGIN');
        const id = await newEntry(c, 'raw:overdraw');
        await c.query(
          `INSERT INTO ledger_postings (entry_id, account, currency, amount) VALUES ($1, $2, 'USD', -1), ($1, 'x:y', 'USD', 1)`,
          [id, escrow],
        );
      }),
    ).rejects.toThrow(/ledger_balances_escrow_not_negative/);
    expect(await counts()).toEqual(before);
  });

  it('moves each balance by its net when one statement writes many entries, and refuses a net overdraw', async () => {
    const escrow = newEscrow();
    const [a, b] = [`raw:many-a${Date.now()}`, `raw:many-b${Date.now()}`];
    const error = await commitOf(async (c) => {
      const fundId = await newEntry(c, `${a}:fund`);
      const spendId = await newEntry(c, `${a}:spend`);
      // The escrow receives 100 and pays 60 and 40 in one statement, across two entries.
      await c.query(
        `INSERT INTO ledger_postings (entry_id, account, currency, amount) VALUES
           ($1, 'processor:clearing', 'USD', -100), ($1, $3, 'USD', 100),
           ($2, $3, 'USD', -60), ($2, 'platform:revenue', 'USD', 60),
           ($2, $3, 'USD', -40), ($2, 'platform:revenue', 'USD', 40)`,
        [fundId, spendId, escrow],
      );
    });
    expect(error).toBeNull();
    const [row] = await t.sql<{ balance: string }>(
      `SELECT balance::text AS balance FROM ledger_balances WHERE account = $1`,
      [escrow],
    );
    expect(row.balance).toBe('0');
    const before = await counts();
    await expect(
      withClient(t, async (c) => {
        await c.query('BEGIN');
        const id = await newEntry(c, b);
        await c.query(
          `INSERT INTO ledger_postings (entry_id, account, currency, amount)
           VALUES ($1, $2, 'USD', 5), ($1, $2, 'USD', -6), ($1, 'x:y', 'USD', 1)`,
          [id, escrow],
        );
      }),
    ).rejects.toThrow(/ledger_balances_escrow_not_negative/);
    expect(await counts()).toEqual(before);
  });

  describe('append-only', () => {
    it.each([
      ['UPDATE ledger_entries', `UPDATE ledger_entries SET description = 'edited'`],
      ['UPDATE ledger_postings', `UPDATE ledger_postings SET amount = amount * 2`],
      ['DELETE FROM ledger_entries', `DELETE FROM ledger_entries`],
      ['DELETE FROM ledger_postings', `DELETE FROM ledger_postings`],
      ['DELETE matching no row', `DELETE FROM ledger_postings WHERE false`],
      ['TRUNCATE ledger_postings', `TRUNCATE ledger_postings`],
      ['TRUNCATE ledger_entries CASCADE', `TRUNCATE ledger_entries CASCADE`],
    ])('%s fails in the database', async (_what, statement) => {
      const before = await counts();
      await expect(t.sql(statement)).rejects.toThrow(/append-only/);
      expect(await counts()).toEqual(before);
    });

    it.each([
      ['UPDATE', `UPDATE ledger_balances SET balance = balance + 1000000`, /derived from ledger_postings/],
      [
        'INSERT',
        `INSERT INTO ledger_balances (account, currency, balance) VALUES ('free:money', 'USD', 5)`,
        /derived from ledger_postings/,
      ],
      ['DELETE', `DELETE FROM ledger_balances`, /append-only/],
      ['TRUNCATE', `TRUNCATE ledger_balances`, /append-only/],
    ])('%s on ledger_balances fails: only postings move balances', async (_what, statement, message) => {
      const before = await t.sql(`SELECT account, balance::text FROM ledger_balances ORDER BY account`);
      await expect(t.sql(statement)).rejects.toThrow(message);
      expect(await t.sql(`SELECT account, balance::text FROM ledger_balances ORDER BY account`)).toEqual(
        before,
      );
    });
  });
});
