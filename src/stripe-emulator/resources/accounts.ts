import { invalidRequest, parameterMissing, resourceMissing } from '../core/errors';
import { randomToken } from '../core/ids';
import { embeddedList } from '../core/pagination';
import type { EmulatorState } from '../core/state';
import { PLATFORM, snapshot } from '../core/store';
import { applyMetadata, type Params } from '../http/params';
import { listRoute, retrieveRoute } from '../http/resource-routes';
import { route, type RequestContext, type Route } from '../http/router';
import {
  currencyForCountry,
  newAccount,
  requirements,
  testBankAccount,
  type Account,
} from './account-object';

const CREATE_PARAMS = [
  'type',
  'country',
  'email',
  'capabilities',
  'business_type',
  'business_profile',
  'metadata',
  'default_currency',
  'controller',
  'settings',
  'tos_acceptance',
  'individual',
  'company',
  'external_account',
];
const CAPABILITIES = ['card_payments', 'transfers'];

function requestedCapabilities(p: Params): string[] {
  const caps = p.object('capabilities');
  if (!caps) return [];
  const out: string[] = [];
  for (const name of Object.keys(caps.raw)) {
    const c = caps.object(name);
    if (!c) continue;
    c.allowOnly(['requested']);
    if (!CAPABILITIES.includes(name)) {
      throw invalidRequest(
        `The Stripe emulator supports only these capabilities: ${CAPABILITIES.join(', ')}.`,
        {
          param: caps.name(name),
        },
      );
    }
    if (c.boolean('requested')) out.push(name);
  }
  return out;
}

function create(ctx: RequestContext): Account {
  if (ctx.owner !== PLATFORM) {
    throw invalidRequest('Connected accounts cannot create other accounts.', { status: 403 });
  }
  const p = ctx.params;
  p.allowOnly(CREATE_PARAMS);
  const type =
    p.enumOf('type', ['express', 'custom', 'standard'] as const) ??
    (p.has('controller') ? 'none' : 'standard');
  const country = (p.string('country') ?? 'US').toUpperCase();
  if (!/^[A-Z]{2}$/.test(country)) throw invalidRequest(`Invalid country: ${country}`, { param: 'country' });
  const capabilities = requestedCapabilities(p);
  if ((type === 'express' || type === 'custom') && capabilities.length === 0) {
    throw invalidRequest(
      'Express and Custom accounts must request capabilities, e.g. capabilities[transfers][requested]=true.',
      { code: 'parameter_missing', param: 'capabilities' },
    );
  }
  const profile = p.object('business_profile');
  profile?.allowOnly([
    'mcc',
    'name',
    'product_description',
    'url',
    'support_email',
    'support_phone',
    'support_url',
  ]);
  const account = newAccount({
    type,
    country,
    email: p.string('email') ?? null,
    created: ctx.state.clock.now(),
    capabilities: type === 'standard' ? CAPABILITIES : capabilities,
    defaultCurrency: p.currency('default_currency', false) ?? currencyForCountry(country),
    businessType:
      p.enumOf('business_type', ['individual', 'company', 'non_profit', 'government_entity'] as const) ??
      null,
    metadata: applyMetadata({}, p.metadata()),
    businessName: profile?.string('name') ?? null,
    businessUrl: profile?.string('url') ?? null,
    productDescription: profile?.string('product_description') ?? null,
    mcc: profile?.string('mcc') ?? null,
  });
  // Stripe sends no event when a platform creates an account; `account.updated` follows onboarding.
  return ctx.state.store.insert(PLATFORM, account);
}

export function findAccount(state: EmulatorState, id: string): Account | undefined {
  return state.store.get<Account>(PLATFORM, 'account', id);
}

function findAccountOrThrow(ctx: RequestContext, id: string, param = 'id'): Account {
  const account = findAccount(ctx.state, id);
  if (!account) throw resourceMissing('account', id, param);
  return account;
}

/**
 * What finishing the hosted onboarding does: details submitted, charges and payouts enabled,
 * requested capabilities active, requirements cleared, a test bank account attached. Sends
 * `account.updated` (a connected-account event). Doing it twice changes nothing.
 */
export function completeOnboarding(state: EmulatorState, accountId: string): Account {
  const account = findAccount(state, accountId);
  if (!account) throw resourceMissing('account', accountId);
  if (account.details_submitted && account.payouts_enabled) return account;
  const previous = snapshot({
    capabilities: account.capabilities,
    charges_enabled: account.charges_enabled,
    details_submitted: account.details_submitted,
    payouts_enabled: account.payouts_enabled,
    requirements: account.requirements,
  });
  const now = state.clock.now();
  account.details_submitted = true;
  account.charges_enabled = true;
  account.payouts_enabled = true;
  for (const name of Object.keys(account.capabilities)) account.capabilities[name] = 'active';
  account.requirements = requirements(false);
  account.tos_acceptance = { date: now, ip: '127.0.0.1', user_agent: 'stripe-emulator' };
  if (account.external_accounts.data.length === 0) {
    account.external_accounts = embeddedList([testBankAccount(account)], account.external_accounts.url);
  }
  state.emit(account.id, 'account.updated', account, null, previous);
  return account;
}

function update(ctx: RequestContext): Account {
  const account = findAccountOrThrow(ctx, ctx.pathParams[0]);
  const p = ctx.params;
  p.allowOnly([
    'email',
    'metadata',
    'business_profile',
    'business_type',
    'capabilities',
    'settings',
    'tos_acceptance',
  ]);
  const previous: Record<string, unknown> = {};
  const email = p.string('email');
  if (email !== undefined && email !== account.email) {
    previous.email = account.email;
    account.email = email;
  }
  if (p.has('metadata')) {
    previous.metadata = account.metadata;
    account.metadata = applyMetadata(account.metadata, p.metadata());
  }
  for (const name of requestedCapabilities(p)) {
    if (!(name in account.capabilities)) {
      previous.capabilities = { ...account.capabilities };
      account.capabilities[name] = account.details_submitted ? 'active' : 'inactive';
    }
  }
  if (Object.keys(previous).length > 0)
    ctx.state.emit(account.id, 'account.updated', account, ctx.request, previous);
  return account;
}

function createLink(ctx: RequestContext): object {
  const p = ctx.params;
  p.allowOnly(['account', 'type', 'refresh_url', 'return_url', 'collect', 'collection_options']);
  const accountId = p.requiredString('account');
  const account = findAccountOrThrow(ctx, accountId, 'account');
  if (!p.has('type')) throw parameterMissing('type');
  const type = p.enumOf('type', ['account_onboarding', 'account_update'] as const)!;
  if (type === 'account_update' && account.type === 'express') {
    throw invalidRequest('You cannot create `account_update` type Account Links for Express accounts.', {
      param: 'type',
    });
  }
  const created = ctx.state.clock.now();
  const token = randomToken(24);
  const grant = {
    account: account.id,
    type,
    return_url: p.string('return_url') ?? null,
    refresh_url: p.string('refresh_url') ?? null,
    expires_at: created + 300,
  };
  ctx.state.accountLinks.set(token, grant);
  return {
    object: 'account_link',
    created,
    expires_at: grant.expires_at,
    url: `${ctx.state.baseUrl}/_emulator/onboarding/${account.id}?link=${token}`,
  };
}

export const accountRoutes: Route[] = [
  route('POST', '/v1/accounts', create),
  retrieveRoute('/v1/accounts/:id', (ctx, id) => findAccountOrThrow(ctx, id)),
  route('POST', '/v1/accounts/:id', update),
  listRoute<Account>('/v1/accounts', 'account', { owner: () => PLATFORM }),
  route('POST', '/v1/account_links', createLink),
];
