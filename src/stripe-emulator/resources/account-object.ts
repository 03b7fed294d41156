import { newId } from '../core/ids';
import { embeddedList, type ListObject } from '../core/pagination';

/** The requirements Stripe lists for an account that has not been onboarded yet. */
const ONBOARDING_FIELDS = [
  'business_profile.mcc',
  'business_profile.url',
  'business_type',
  'external_account',
  'representative.first_name',
  'representative.last_name',
  'tos_acceptance.date',
  'tos_acceptance.ip',
];

const EURO_COUNTRIES = new Set('AT BE CY DE EE ES FI FR GR HR IE IT LT LU LV MT NL PT SI SK'.split(' '));
const CURRENCY_BY_COUNTRY: Record<string, string> = {
  US: 'usd',
  GB: 'gbp',
  CA: 'cad',
  AU: 'aud',
  NZ: 'nzd',
  JP: 'jpy',
  CH: 'chf',
  SE: 'sek',
  NO: 'nok',
  DK: 'dkk',
  PL: 'pln',
  SG: 'sgd',
  HK: 'hkd',
  MX: 'mxn',
  BR: 'brl',
  IN: 'inr',
};

export function currencyForCountry(country: string): string {
  if (EURO_COUNTRIES.has(country)) return 'eur';
  return CURRENCY_BY_COUNTRY[country] ?? 'usd';
}

export interface Requirements {
  alternatives: never[];
  current_deadline: null;
  currently_due: string[];
  disabled_reason: string | null;
  errors: never[];
  eventually_due: string[];
  past_due: string[];
  pending_verification: never[];
}

export interface BankAccount {
  id: string;
  object: 'bank_account';
  account: string;
  account_holder_name: null;
  account_holder_type: null;
  bank_name: string;
  country: string;
  currency: string;
  default_for_currency: boolean;
  fingerprint: string;
  last4: string;
  metadata: Record<string, string>;
  routing_number: string;
  status: 'new';
}

export interface Account {
  id: string;
  object: 'account';
  business_profile: {
    annual_revenue: null;
    estimated_worker_count: null;
    mcc: string | null;
    name: string | null;
    product_description: string | null;
    support_address: null;
    support_email: string | null;
    support_phone: string | null;
    support_url: string | null;
    url: string | null;
    minority_owned_business_designation: null;
  };
  business_type: string | null;
  capabilities: Record<string, 'active' | 'inactive' | 'pending'>;
  charges_enabled: boolean;
  controller: { type: 'application' | 'account' };
  country: string;
  created: number;
  default_currency: string;
  details_submitted: boolean;
  email: string | null;
  external_accounts: ListObject<BankAccount>;
  future_requirements: Requirements;
  metadata: Record<string, string>;
  payouts_enabled: boolean;
  requirements: Requirements;
  settings: Record<string, unknown>;
  tos_acceptance: { date: number | null; ip: string | null; user_agent: string | null };
  type: 'express' | 'custom' | 'standard' | 'none';
}

export function requirements(due: boolean): Requirements {
  return {
    alternatives: [],
    current_deadline: null,
    currently_due: due ? [...ONBOARDING_FIELDS] : [],
    disabled_reason: due ? 'requirements.past_due' : null,
    errors: [],
    eventually_due: due ? [...ONBOARDING_FIELDS] : [],
    past_due: due ? [...ONBOARDING_FIELDS] : [],
    pending_verification: [],
  };
}

export function defaultSettings(displayName: string | null): Record<string, unknown> {
  return {
    bacs_debit_payments: { display_name: null, service_user_number: null },
    branding: { icon: null, logo: null, primary_color: null, secondary_color: null },
    card_issuing: { tos_acceptance: { date: null, ip: null } },
    card_payments: {
      decline_on: { avs_failure: false, cvc_failure: false },
      statement_descriptor_prefix: null,
      statement_descriptor_prefix_kana: null,
      statement_descriptor_prefix_kanji: null,
    },
    dashboard: { display_name: displayName, timezone: 'Etc/UTC' },
    invoices: { default_account_tax_ids: null, hosted_payment_method_save: 'offer' },
    payments: {
      statement_descriptor: null,
      statement_descriptor_kana: null,
      statement_descriptor_kanji: null,
      statement_descriptor_prefix_kana: null,
      statement_descriptor_prefix_kanji: null,
    },
    payouts: {
      debit_negative_balances: true,
      schedule: { delay_days: 2, interval: 'daily' },
      statement_descriptor: null,
    },
    sepa_debit_payments: {},
  };
}

export function newAccount(input: {
  type: Account['type'];
  country: string;
  email: string | null;
  created: number;
  capabilities: string[];
  defaultCurrency: string;
  businessType: string | null;
  metadata: Record<string, string>;
  businessName: string | null;
  businessUrl: string | null;
  productDescription: string | null;
  mcc: string | null;
}): Account {
  const id = newId('acct');
  return {
    id,
    object: 'account',
    business_profile: {
      annual_revenue: null,
      estimated_worker_count: null,
      mcc: input.mcc,
      name: input.businessName,
      product_description: input.productDescription,
      support_address: null,
      support_email: null,
      support_phone: null,
      support_url: null,
      url: input.businessUrl,
      minority_owned_business_designation: null,
    },
    business_type: input.businessType,
    capabilities: Object.fromEntries(input.capabilities.map((c) => [c, 'inactive' as const])),
    charges_enabled: false,
    controller: { type: input.type === 'standard' ? 'account' : 'application' },
    country: input.country,
    created: input.created,
    default_currency: input.defaultCurrency,
    details_submitted: false,
    email: input.email,
    external_accounts: embeddedList([], `/v1/accounts/${id}/external_accounts`),
    future_requirements: requirements(false),
    metadata: input.metadata,
    payouts_enabled: false,
    requirements: requirements(true),
    settings: defaultSettings(input.businessName),
    tos_acceptance: { date: null, ip: null, user_agent: null },
    type: input.type,
  };
}

export function testBankAccount(account: Account): BankAccount {
  return {
    id: newId('ba'),
    object: 'bank_account',
    account: account.id,
    account_holder_name: null,
    account_holder_type: null,
    bank_name: 'STRIPE TEST BANK',
    country: account.country,
    currency: account.default_currency,
    default_for_currency: true,
    fingerprint: newId('fp').slice(3, 19),
    last4: '6789',
    metadata: {},
    routing_number: '110000000',
    status: 'new',
  };
}
