import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import Stripe from 'stripe';
import { DataSource, EntityManager } from 'typeorm';
import type { AppConfig } from '../../core/config/app-config';
import { APP_CONFIG } from '../../core/config/config.module';
import { ContractorsService } from '../contractors/contractors.module';
import { ProcessorEventsService, STRIPE } from '../payments/payments.module';
import { profileRequired } from './payouts.errors';
import { describeDisabledReason, describeRequirements } from './requirements';

export interface PayoutAccount {
  userId: string;
  processorAccountId: string;
  payoutsEnabled: boolean;
  transfersActive: boolean;
  currentlyDue: string[];
  disabledReason: string | null;
  lastBankPayoutStatus: string | null;
  lastBankPayoutFailure: string | null;
}

/** What a contractor reads about its payout account, in plain words. */
export interface PayoutAccountStatus {
  onboardingStarted: boolean;
  payoutsEnabled: boolean;
  /** What the processor still needs, e.g. "a bank account to receive payouts". */
  requirements: string[];
  /** Why payouts are off, when the processor said. */
  disabledReason: string | null;
  lastBankPayoutFailure: string | null;
}

interface AccountRow {
  user_id: string;
  processor_account_id: string;
  payouts_enabled: boolean;
  transfers_active: boolean;
  currently_due: string[];
  disabled_reason: string | null;
  last_bank_payout_status: string | null;
  last_bank_payout_failure: string | null;
}

const toAccount = (r: AccountRow): PayoutAccount => ({
  userId: r.user_id,
  processorAccountId: r.processor_account_id,
  payoutsEnabled: r.payouts_enabled,
  transfersActive: r.transfers_active,
  currentlyDue: r.currently_due,
  disabledReason: r.disabled_reason,
  lastBankPayoutStatus: r.last_bank_payout_status,
  lastBankPayoutFailure: r.last_bank_payout_failure,
});

/**
 * Contractors' connected accounts at the processor (Express, `transfers` capability). Only what
 * decides whether a contractor can be paid is kept — identity documents and tax forms stay with
 * the processor.
 */
@Injectable()
export class PayoutAccountsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(STRIPE) private readonly stripe: Stripe,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly contractors: ContractorsService,
    private readonly events: ProcessorEventsService,
  ) {}

  onModuleInit(): void {
    this.events.on('account.updated', (obj, tx, event) =>
      this.applyAccountUpdated(obj as Stripe.Account, event.created, tx),
    );
    this.events.on('payout.paid', (obj, tx, event) =>
      this.applyBankPayout(obj as Stripe.Payout, event.account ?? null, tx),
    );
    this.events.on('payout.failed', (obj, tx, event) =>
      this.applyBankPayout(obj as Stripe.Payout, event.account ?? null, tx),
    );
  }

  /**
   * Creates the contractor's connected account once (later calls reuse it) and returns a fresh
   * onboarding link: links are single use and expire, accounts are not.
   */
  async startOnboarding(userId: string): Promise<{ onboardingUrl: string; payoutsEnabled: boolean }> {
    const account = await this.ensureAccount(userId);
    const link = await this.stripe.accountLinks.create({
      account: account.processorAccountId,
      type: 'account_onboarding',
      return_url: `${this.config.payoutOnboardingReturnUrl}?done=1`,
      refresh_url: `${this.config.payoutOnboardingReturnUrl}?refresh=1`,
    });
    return { onboardingUrl: link.url, payoutsEnabled: account.payoutsEnabled };
  }

  private async ensureAccount(userId: string): Promise<PayoutAccount> {
    const existing = await this.find(userId);
    if (existing) return existing;
    const profile = await this.contractors.findProfile(userId);
    if (!profile) throw profileRequired();
    // Same key for every attempt of this contractor: concurrent or retried calls get the one
    // account the processor created first, and the primary key below keeps one row.
    const account = await this.stripe.accounts.create(
      {
        type: 'express',
        country: profile.countryCode,
        capabilities: { transfers: { requested: true } },
        metadata: { user_id: userId },
      },
      { idempotencyKey: `payout-account:${userId}` },
    );
    await this.db.query(
      `INSERT INTO payout_accounts (user_id, processor_account_id, country_code, currently_due, disabled_reason)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (user_id) DO NOTHING`,
      [
        userId,
        account.id,
        profile.countryCode,
        account.requirements?.currently_due ?? [],
        account.requirements?.disabled_reason ?? null,
      ],
    );
    return (await this.find(userId))!;
  }

  async find(userId: string, tx?: EntityManager): Promise<PayoutAccount | null> {
    const [row] = await (tx ?? this.db.manager).query<AccountRow[]>(
      `SELECT * FROM payout_accounts WHERE user_id = $1`,
      [userId],
    );
    return row ? toAccount(row) : null;
  }

  async status(userId: string): Promise<PayoutAccountStatus> {
    const account = await this.find(userId);
    if (!account)
      return {
        onboardingStarted: false,
        payoutsEnabled: false,
        requirements: ['payout onboarding: start it to tell the payment processor where to pay you'],
        disabledReason: null,
        lastBankPayoutFailure: null,
      };
    return {
      onboardingStarted: true,
      payoutsEnabled: account.payoutsEnabled && account.transfersActive,
      requirements: describeRequirements(account.currentlyDue),
      disabledReason: describeDisabledReason(account.disabledReason),
      lastBankPayoutFailure: account.lastBankPayoutFailure,
    };
  }

  /**
   * account.updated carries the whole account: the newest event wins, so a late, older delivery
   * leaves a newer state in place and any delivery order ends in the same row.
   */
  async applyAccountUpdated(account: Stripe.Account, eventCreated: number, tx: EntityManager): Promise<void> {
    const rows = await tx.query<{ user_id: string; payouts_enabled: boolean }[]>(
      `WITH updated AS (UPDATE payout_accounts SET payouts_enabled = $2, transfers_active = $3, currently_due = $4,
         disabled_reason = $5, state_at = to_timestamp($6), updated_at = now()
       WHERE processor_account_id = $1 AND state_at <= to_timestamp($6)
       RETURNING user_id, payouts_enabled) SELECT * FROM updated`,
      [
        account.id,
        account.payouts_enabled === true,
        account.capabilities?.transfers === 'active',
        account.requirements?.currently_due ?? [],
        account.requirements?.disabled_reason ?? null,
        eventCreated,
      ],
    );
    for (const r of rows) await this.contractors.setPayoutsEnabled(r.user_id, r.payouts_enabled, tx);
  }

  /** Reads again, from the processor, accounts whose onboarding has not finished yet. */
  async refreshWaiting(): Promise<number> {
    let changed = 0;
    let after = '';
    for (;;) {
      const rows = await this.db.query<{ processor_account_id: string; payouts_enabled: boolean }[]>(
        `SELECT processor_account_id, payouts_enabled FROM payout_accounts
         WHERE NOT (payouts_enabled AND transfers_active) AND processor_account_id > $1
         ORDER BY processor_account_id LIMIT 100`,
        [after],
      );
      if (rows.length === 0) return changed;
      for (const r of rows) {
        const account = await this.stripe.accounts.retrieve(r.processor_account_id);
        await this.db.transaction((tx) =>
          this.applyAccountUpdated(account, Math.floor(Date.now() / 1000), tx),
        );
        if (account.payouts_enabled !== r.payouts_enabled) changed++;
      }
      after = rows.at(-1)!.processor_account_id;
    }
  }

  /** The processor's payout from a contractor's account to its bank: shown, not booked (the
   * money left the platform with the transfer). */
  private async applyBankPayout(
    payout: Stripe.Payout,
    account: string | null,
    tx: EntityManager,
  ): Promise<void> {
    if (!account) return;
    await tx.query(
      `UPDATE payout_accounts SET last_bank_payout_status = $2, last_bank_payout_failure = $3, updated_at = now()
       WHERE processor_account_id = $1`,
      [
        account,
        payout.status,
        payout.status === 'failed' ? (payout.failure_message ?? payout.failure_code) : null,
      ],
    );
  }
}
