import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, QueryFailedError } from 'typeorm';
import { AuditService } from '../../core/audit/audit.module';
import { isCurrency } from '../../core/money/currencies';
import { mustStayNonNegative } from './accounts';
import { assertBalanced, legsOf, sameLegs, sortLegs } from './balance-check';
import { LedgerEntryEntity } from './entities/ledger-entry.entity';
import { LedgerPostingEntity } from './entities/ledger-posting.entity';
import { validateEntry } from './entry-validation';
import { idempotencyKeyReused, insufficientFunds, invalidEntry, unknownCurrency } from './ledger.errors';
import type {
  AccountBalance,
  LedgerEntry,
  LedgerLeg,
  PostEntryInput,
  PostResult,
  TrialBalance,
} from './ledger.types';

/** The CHECKs on ledger_balances that keep escrow and payables at or above zero. */
const NON_NEGATIVE_CONSTRAINTS = new Set([
  'ledger_balances_escrow_not_negative',
  'ledger_balances_payable_not_negative',
]);

/**
 * Posts balanced, idempotent journal entries and reads balances. Every method takes an optional
 * EntityManager so a caller can post inside its own transaction (e.g. mark a payout PAID and
 * move the money in one commit).
 */
@Injectable()
export class LedgerService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * Writes one entry, or — when `idempotencyKey` was posted before with the same kind, reference
   * and moves — returns that entry with `created: false`; the same key with anything else is a
   * CONFLICT (IDEMPOTENCY_KEY_REUSED). Overdrawing an escrow or payable is a CONFLICT
   * (INSUFFICIENT_FUNDS) naming the account; the database refuses it, so no race can get past.
   */
  async post(entry: PostEntryInput, tx?: EntityManager): Promise<PostResult> {
    const checked = checkedEntries([entry]);
    // The entry and its legs must commit together (the balance check is deferred to COMMIT).
    if (tx?.queryRunner?.isTransactionActive) return (await this.write(tx, checked))[0];
    return (tx ?? this.db.manager).transaction(async (m) => (await this.write(m, checked))[0]);
  }

  /**
   * `post` for many entries inside the caller's transaction, in a handful of statements whatever
   * their number (a payout run posts a page of payouts at once); results in the order given.
   * Each entry is still its own balanced, idempotent entry: the same checks run on every one
   * before anything is written, and the database's row-level triggers check each again (the
   * balance check at COMMIT, the closed-period check, the non-negative balances). One entry
   * refused refuses the whole call, and the caller's transaction with it.
   */
  async postMany(entries: readonly PostEntryInput[], tx: EntityManager): Promise<PostResult[]> {
    if (!tx.queryRunner?.isTransactionActive)
      throw new Error('LedgerService.postMany must run inside the caller’s transaction');
    const checked = checkedEntries(entries);
    const keys = new Set(entries.map((e) => e.idempotencyKey));
    if (keys.size !== entries.length)
      throw invalidEntry(
        'DUPLICATE_IDEMPOTENCY_KEY',
        'Two entries of one call share an idempotency key',
        'idempotencyKey',
      );
    return entries.length ? this.write(tx, checked) : [];
  }

  /** The maintained balance (0n for an account never posted to). */
  async balance(
    account: string,
    currency: string,
    tx?: EntityManager,
    opts: { forUpdate?: boolean } = {},
  ): Promise<bigint> {
    assertCurrency(currency);
    // forUpdate: a caller deciding on this balance holds the row until its transaction ends.
    const rows: { balance: string }[] = await (tx ?? this.db.manager).query(
      `SELECT balance::text AS balance FROM ledger_balances WHERE account = $1 AND currency = $2
       ${opts.forUpdate ? 'FOR UPDATE' : ''}`,
      [account, currency],
    );
    return rows.length ? BigInt(rows[0].balance) : 0n;
  }

  /**
   * A task's escrow balance as an SQL expression over the caller's columns (organisation id, task
   * id, currency: SQL expressions), so a listing reads its tasks and their escrow in one round
   * trip. The account name is built as Accounts.taskEscrow builds it (ids are uuids, whose
   * characters the account grammar allows); 0 when nothing was ever posted. Text, for an exact
   * bigint.
   */
  taskEscrowBalanceSql(orgId: string, taskId: string, currency: string): string {
    return `COALESCE((SELECT b.balance FROM ledger_balances b
      WHERE b.account = 'org:' || ${orgId}::text || ':escrow:task:' || ${taskId}::text
        AND b.currency = ${currency}), 0)::text`;
  }

  /** Many balances in one query (a page of tasks): keyed by `balanceKey(account, currency)`. */
  async balancesOf(
    pairs: { account: string; currency: string }[],
    tx?: EntityManager,
  ): Promise<Map<string, bigint>> {
    const out = new Map<string, bigint>();
    if (pairs.length === 0) return out;
    const rows: { account: string; currency: string; balance: string }[] = await (
      tx ?? this.db.manager
    ).query(
      `SELECT account, currency, balance::text AS balance FROM ledger_balances
       WHERE (account, currency) IN (SELECT * FROM unnest($1::text[], $2::text[]))`,
      [pairs.map((p) => p.account), pairs.map((p) => p.currency)],
    );
    for (const r of rows) out.set(balanceKey(r.account, r.currency), BigInt(r.balance));
    return out;
  }

  /** Balances of every account whose name starts with `accountPrefix`, e.g. `org:<id>:escrow:`. */
  async balances(accountPrefix: string, currency: string, tx?: EntityManager): Promise<AccountBalance[]> {
    assertCurrency(currency);
    const like = accountPrefix.replace(/[\\%_]/g, (c) => `\\${c}`) + '%';
    const rows: { account: string; balance: string }[] = await (tx ?? this.db.manager).query(
      `SELECT account, balance::text AS balance FROM ledger_balances
       WHERE currency = $1 AND account LIKE $2 ORDER BY account COLLATE "C"`,
      [currency, like],
    );
    return rows.map((r) => ({ account: r.account, balance: BigInt(r.balance) }));
  }

  /**
   * Every account's balance in `currency`, summed from the postings themselves rather than the
   * maintained balances: the report finance relies on is derived from the journal alone.
   */
  async trialBalance(currency: string, tx?: EntityManager): Promise<TrialBalance> {
    assertCurrency(currency);
    const rows: { account: string; balance: string }[] = await (tx ?? this.db.manager).query(
      `SELECT account, sum(amount)::text AS balance FROM ledger_postings
       WHERE currency = $1 GROUP BY account ORDER BY account COLLATE "C"`,
      [currency],
    );
    const accounts = rows.map((r) => ({ account: r.account, balance: BigInt(r.balance) }));
    return { currency, accounts, total: accounts.reduce((sum, a) => sum + a.balance, 0n) };
  }

  /** Entries about one object (task, submission, payout, processor id), oldest first. */
  async entriesByReference(reference: string, tx?: EntityManager): Promise<LedgerEntry[]> {
    const m = tx ?? this.db.manager;
    const entries = await m.find(LedgerEntryEntity, {
      where: { reference },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return this.withLegs(m, entries);
  }

  async entryByIdempotencyKey(idempotencyKey: string, tx?: EntityManager): Promise<LedgerEntry | null> {
    const m = tx ?? this.db.manager;
    const entry = await m.findOneBy(LedgerEntryEntity, { idempotencyKey });
    return entry ? (await this.withLegs(m, [entry]))[0] : null;
  }

  private async write(tx: EntityManager, entries: CheckedEntry[]): Promise<PostResult[]> {
    // Exactly once under concurrency: a second writer of the same key waits here until the first
    // commits, then inserts nothing and replays; the unique index decides, not timing.
    const inserted: { id: string; idempotency_key: string }[] = await tx.query(
      `INSERT INTO ledger_entries (idempotency_key, kind, reference, description, metadata)
       SELECT k, kd, r, d, m FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::jsonb[])
         WITH ORDINALITY AS x (k, kd, r, d, m, n)
       ORDER BY n
       ON CONFLICT (idempotency_key) DO NOTHING RETURNING id, idempotency_key`,
      [
        entries.map((e) => e.entry.idempotencyKey),
        entries.map((e) => e.entry.kind),
        entries.map((e) => e.entry.reference),
        entries.map((e) => e.entry.description ?? ''),
        entries.map((e) =>
          JSON.stringify(e.entry.metadata ?? {}, (_k, v: unknown) =>
            typeof v === 'bigint' ? v.toString() : v,
          ),
        ),
      ],
    );
    const idOf = new Map(inserted.map((r) => [r.idempotency_key, r.id]));
    const results: PostResult[] = [];
    const written: { entryId: string; entry: PostEntryInput; legs: LedgerLeg[] }[] = [];
    for (const e of entries) {
      const entryId = idOf.get(e.entry.idempotencyKey);
      if (entryId === undefined) results.push(await this.replay(tx, e.entry, e.legs));
      else {
        results.push({ entryId, created: true });
        written.push({ entryId, ...e });
      }
    }
    if (written.length === 0) return results;
    // One statement, every leg of every entry in sortLegs order: the balance trigger fires row by
    // row in that order, so balance rows are locked in the same global order by every writer (no
    // deadlocks), whether it writes one entry or many.
    const legs = sortLegs(written.flatMap((w) => w.legs.map((l) => ({ ...l, entryId: w.entryId }))));
    try {
      await tx.query(
        `INSERT INTO ledger_postings (entry_id, account, currency, amount)
         SELECT e, a, c, m FROM unnest($1::uuid[], $2::text[], $3::text[], $4::bigint[])
           WITH ORDINALITY AS x (e, a, c, m, n)
         ORDER BY n`,
        [
          legs.map((l) => l.entryId),
          legs.map((l) => l.account),
          legs.map((l) => l.currency),
          legs.map((l) => l.amount.toString()),
        ],
      );
    } catch (error) {
      throw overdrawnAccount(error, legs) ?? error;
    }
    // Entries join the audit chain (a replay above writes nothing, so it records nothing).
    await this.audit.appendMany(
      tx,
      written.map(({ entryId, entry }) => ({
        actor: 'system' as const,
        action: 'ledger.entry_posted',
        subject: { type: 'ledger_entry', id: entryId },
        after: {
          idempotencyKey: entry.idempotencyKey,
          kind: entry.kind,
          reference: entry.reference,
          moves: entry.moves.map((m) => ({ from: m.from, to: m.to, amount: m.amount, currency: m.currency })),
        },
      })),
    );
    return results;
  }

  private async replay(tx: EntityManager, entry: PostEntryInput, legs: LedgerLeg[]): Promise<PostResult> {
    const existing = await this.entryByIdempotencyKey(entry.idempotencyKey, tx);
    if (!existing) throw new Error(`ledger entry ${entry.idempotencyKey} conflicted but cannot be read`);
    // Description and metadata are commentary; what the entry does is its kind, reference and legs.
    if (
      existing.kind !== entry.kind ||
      existing.reference !== entry.reference ||
      !sameLegs(existing.legs, legs)
    )
      throw idempotencyKeyReused(entry.idempotencyKey, existing.id);
    return { entryId: existing.id, created: false };
  }

  private async withLegs(m: EntityManager, entries: LedgerEntryEntity[]): Promise<LedgerEntry[]> {
    if (entries.length === 0) return [];
    const postings = await m.find(LedgerPostingEntity, {
      where: { entryId: In(entries.map((e) => e.id)) },
      order: { id: 'ASC' },
    });
    return entries.map((e) => ({
      id: e.id,
      idempotencyKey: e.idempotencyKey,
      kind: e.kind,
      reference: e.reference,
      description: e.description,
      metadata: e.metadata,
      createdAt: e.createdAt,
      legs: postings
        .filter((p) => p.entryId === e.id)
        .map((p) => ({ account: p.account, currency: p.currency, amount: p.amount })),
    }));
  }
}

interface CheckedEntry {
  entry: PostEntryInput;
  legs: LedgerLeg[];
}

/** Refuses a malformed or unbalanced entry before any SQL runs; its legs, sorted. */
function checkedEntries(entries: readonly PostEntryInput[]): CheckedEntry[] {
  return entries.map((entry) => {
    validateEntry(entry);
    const legs = legsOf(entry.moves);
    assertBalanced(legs);
    return { entry, legs };
  });
}

function assertCurrency(currency: string): void {
  if (!isCurrency(currency)) throw unknownCurrency(currency);
}

/**
 * Turns the database's refusal to take an escrow or payable below zero into INSUFFICIENT_FUNDS,
 * naming the account. PostgreSQL's detail reads "Failing row contains (<account>, <currency>, …)".
 */
function overdrawnAccount(error: unknown, legs: LedgerLeg[]) {
  if (!(error instanceof QueryFailedError)) return null;
  const pg = error.driverError as { code?: string; constraint?: string; detail?: string };
  if (pg.code !== '23514' || !NON_NEGATIVE_CONSTRAINTS.has(pg.constraint ?? '')) return null;
  const candidates = legs.filter((l) => l.amount < 0n && mustStayNonNegative(l.account));
  const leg = candidates.find((l) => pg.detail?.includes(`(${l.account}, ${l.currency},`)) ?? candidates[0];
  return leg ? insufficientFunds(leg.account, leg.currency) : null;
}

export const balanceKey = (account: string, currency: string): string => `${account}|${currency}`;
