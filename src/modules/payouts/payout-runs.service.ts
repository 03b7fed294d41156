import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { AppConfig } from '../../core/config/app-config';
import { APP_CONFIG } from '../../core/config/config.module';
import { JobsService } from '../../core/jobs/jobs.module';
import { isCurrency, minorPerMajor } from '../../core/money/currencies';
import { Accounts, LedgerService } from '../ledger/ledger.module';
import { unknownPayoutCurrency } from './payouts.errors';

export interface PayoutRunResult {
  runId: string;
  /** Payouts this call created (a concurrent caller of the same run created the others). */
  created: number;
}

/** A contractor a page pays, and how much (its whole payable balance). */
interface Payee {
  payoutId: string;
  contractorId: string;
  processorAccountId: string;
  amount: bigint;
}

export const PAYOUT_TRANSFER_JOB = 'payouts.transfer';
export const PAYOUT_RUN_JOB = 'payouts.scheduled-run';

/**
 * Payout runs: a page of contractors per transaction, each page paid set-wise — its payout rows,
 * their ledger entries (payable → processor clearing) and the jobs that make the transfers commit
 * together, in a handful of statements whatever the page's size. The transfer jobs are handled
 * by PayoutsService.
 */
@Injectable()
export class PayoutRunsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly ledger: LedgerService,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.jobs.work(PAYOUT_RUN_JOB, async () => {
      for (const currency of this.config.payoutCurrencies) await this.run(currency, 'system:schedule');
    });
    this.jobs.schedule(PAYOUT_RUN_JOB, this.config.payoutCron);
  }

  minimumFor(currency: string): bigint {
    return this.config.payoutMinimums[currency] ?? minorPerMajor(currency);
  }

  /**
   * One payout for every contractor with payouts enabled and a payable balance at or above the
   * minimum. Contractors are read in keyset pages of the ledger's balances (constant memory),
   * a page per transaction; the run remembers the last account it finished, so a run that died
   * is resumed by the next call for its currency, and two concurrent calls share one run.
   */
  async run(
    currency: string,
    actor: string,
    onProgress?: (done: number, paid: number) => void,
  ): Promise<PayoutRunResult> {
    if (!isCurrency(currency)) throw unknownPayoutCurrency(currency);
    const minimum = this.minimumFor(currency);
    const runId = await this.openRun(currency, minimum, actor);
    let done = 0;
    let paid = 0;
    for (;;) {
      const page = await this.db.transaction((tx) => this.payPage(tx, runId, currency));
      done += page.seen;
      paid += page.paid;
      onProgress?.(done, paid);
      if (page.finished) break;
    }
    return { runId, created: paid };
  }

  private async openRun(currency: string, minimum: bigint, actor: string): Promise<string> {
    // The partial unique index keeps one RUNNING run per currency: a second caller joins it.
    const [created] = await this.db.query<{ id: string }[]>(
      `INSERT INTO payout_runs (currency, minimum_minor, requested_by) VALUES ($1, $2, $3)
       ON CONFLICT (currency) WHERE status = 'RUNNING' DO NOTHING RETURNING id`,
      [currency, minimum.toString(), actor],
    );
    if (created) return created.id;
    const [running] = await this.db.query<{ id: string }[]>(
      `SELECT id FROM payout_runs WHERE currency = $1 AND status = 'RUNNING'`,
      [currency],
    );
    // Finished between our INSERT and SELECT: start a fresh one (it finds nothing left to pay).
    return running ? running.id : this.openRun(currency, minimum, actor);
  }

  /**
   * One page of the run, set-wise: a few statements whatever the page's size — the page's
   * accounts, their balances (locked), every payout row, every ledger entry with its postings
   * and audit rows, every transfer job — all in the page's transaction.
   */
  private async payPage(
    tx: EntityManager,
    runId: string,
    currency: string,
  ): Promise<{ seen: number; paid: number; finished: boolean }> {
    // The run row's lock serialises the pages of concurrent callers of one run: each reads the
    // position the previous page committed, so no page is paid twice.
    const [run] = await tx.query<{ status: string; last_account: string | null; minimum_minor: string }[]>(
      `SELECT status, last_account, minimum_minor FROM payout_runs WHERE id = $1 FOR UPDATE`,
      [runId],
    );
    if (run.status !== 'RUNNING') return { seen: 0, paid: 0, finished: true };
    // Which accounts the page covers and where the next one starts (keyset, no lock: the amounts
    // are read again below, under the balance rows' locks).
    const page = await tx.query<{ account: string }[]>(
      `SELECT account FROM ledger_balances
       WHERE currency = $1 AND account LIKE 'contractor:%:payable' AND account > $2 AND balance >= $3
       ORDER BY account LIMIT $4`,
      [currency, run.last_account ?? '', run.minimum_minor, this.config.payoutBatchSize],
    );
    const payees = page.length ? await this.lockPayees(tx, currency, page, run.minimum_minor) : [];
    if (payees.length) await this.createPayouts(tx, runId, currency, payees);
    const finished = page.length < this.config.payoutBatchSize;
    await tx.query(
      `UPDATE payout_runs SET last_account = COALESCE($2, last_account),
         status = CASE WHEN $3 THEN 'DONE' ELSE status END,
         finished_at = CASE WHEN $3 THEN now() ELSE finished_at END
       WHERE id = $1`,
      [runId, page.at(-1)?.account ?? null, finished],
    );
    return { seen: page.length, paid: payees.length, finished };
  }

  /**
   * The page's contractors that get a payout now, each with the exact balance it is paid.
   * FOR UPDATE on their balance rows: no posting can change a balance between this read and the
   * payout's entry (a credit committed meanwhile is re-read here; one arriving later waits for
   * our commit), so each payout is exactly the balance at that moment and never overdraws it.
   * Locked in code-unit order of account names, the order every ledger writer locks them in.
   */
  private async lockPayees(
    tx: EntityManager,
    currency: string,
    page: { account: string }[],
    minimum: string,
  ): Promise<Payee[]> {
    const rows = await tx.query<{ contractor_id: string; balance: string; processor_account_id: string }[]>(
      `SELECT a.user_id AS contractor_id, b.balance::text AS balance, a.processor_account_id
       FROM ledger_balances b
       -- By primary key (a uuid): one index probe per balance, not a scan of every account.
       JOIN payout_accounts a ON a.user_id = CASE WHEN split_part(b.account, ':', 2) ~ '^[0-9a-f-]{36}$'
           THEN split_part(b.account, ':', 2)::uuid END
         AND a.payouts_enabled AND a.transfers_active
       WHERE b.currency = $1 AND b.account = ANY($2::text[]) AND b.balance >= $3
         -- One PENDING payout per contractor and currency (also a partial unique index): a payout
         -- of an earlier run still in flight is settled first; the balance credited since waits.
         AND NOT EXISTS (SELECT 1 FROM payouts p
                         WHERE p.contractor_id = a.user_id AND p.currency = $1 AND p.status = 'PENDING')
       ORDER BY b.account COLLATE "C"
       FOR UPDATE OF b`,
      [currency, page.map((r) => r.account), minimum],
    );
    return rows.map((r) => ({
      payoutId: randomUUID(),
      contractorId: r.contractor_id,
      processorAccountId: r.processor_account_id,
      amount: BigInt(r.balance),
    }));
  }

  /** The payout rows, their ledger entries and their transfer jobs, in the page's transaction. */
  private async createPayouts(
    tx: EntityManager,
    runId: string,
    currency: string,
    payees: Payee[],
  ): Promise<void> {
    const posted = await this.ledger.postMany(
      payees.map((p) => ({
        idempotencyKey: `payout:${p.payoutId}`,
        kind: 'PAYOUT',
        reference: `payout:${p.payoutId}`,
        description: 'Payout to the contractor',
        metadata: { payoutId: p.payoutId, runId },
        moves: [
          {
            from: Accounts.contractorPayable(p.contractorId),
            to: Accounts.processorClearing,
            amount: p.amount,
            currency,
          },
        ],
      })),
      tx,
    );
    await tx.query(
      `INSERT INTO payouts (id, run_id, contractor_id, processor_account_id, currency, amount, ledger_entry_id)
       SELECT id, $1, c, a, $2, m, e
       FROM unnest($3::uuid[], $4::uuid[], $5::text[], $6::bigint[], $7::uuid[]) AS x (id, c, a, m, e)`,
      [
        runId,
        currency,
        payees.map((p) => p.payoutId),
        payees.map((p) => p.contractorId),
        payees.map((p) => p.processorAccountId),
        payees.map((p) => p.amount.toString()),
        posted.map((r) => r.entryId),
      ],
    );
    await this.jobs.enqueueMany(
      PAYOUT_TRANSFER_JOB,
      payees.map((p) => ({
        data: { payoutId: p.payoutId },
        options: { singletonKey: `payout:${p.payoutId}` },
      })),
      tx,
    );
  }
}
