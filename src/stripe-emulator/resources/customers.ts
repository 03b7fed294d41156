import { invoicePrefix, newId } from '../core/ids';
import { findOrThrow, listRoute, retrieveRoute } from '../http/resource-routes';
import type { RequestContext } from '../http/router';
import { applyMetadata, type Params } from '../http/params';
import { emit, route, type Route } from '../http/router';

export interface Address {
  city: string | null;
  country: string | null;
  line1: string | null;
  line2: string | null;
  postal_code: string | null;
  state: string | null;
}

export interface Customer {
  id: string;
  object: 'customer';
  address: Address | null;
  balance: number;
  created: number;
  currency: string | null;
  default_source: null;
  delinquent: boolean;
  description: string | null;
  discount: null;
  email: string | null;
  invoice_prefix: string;
  invoice_settings: {
    custom_fields: null;
    default_payment_method: string | null;
    footer: string | null;
    rendering_options: null;
  };
  livemode: false;
  metadata: Record<string, string>;
  name: string | null;
  next_invoice_sequence: number;
  phone: string | null;
  preferred_locales: string[];
  shipping: { address: Address; name: string; phone: string | null } | null;
  tax_exempt: 'none' | 'exempt' | 'reverse';
  test_clock: null;
}

const WRITABLE = [
  'address',
  'description',
  'email',
  'metadata',
  'name',
  'phone',
  'preferred_locales',
  'shipping',
  'tax_exempt',
  'invoice_settings',
  'payment_method',
];

export function readAddress(p: Params, key: string): Address | null | undefined {
  const a = p.object(key);
  if (a === undefined || a === null) return a;
  a.allowOnly(['city', 'country', 'line1', 'line2', 'postal_code', 'state']);
  return {
    city: a.string('city') ?? null,
    country: a.string('country') ?? null,
    line1: a.string('line1') ?? null,
    line2: a.string('line2') ?? null,
    postal_code: a.string('postal_code') ?? null,
    state: a.string('state') ?? null,
  };
}

export function readShipping(p: Params): Customer['shipping'] | undefined {
  const s = p.object('shipping');
  if (s === undefined || s === null) return s;
  s.allowOnly(['address', 'name', 'phone', 'carrier', 'tracking_number']);
  const address = readAddress(s, 'address');
  return {
    address: address ?? emptyAddress(),
    name: s.requiredString('name'),
    phone: s.string('phone') ?? null,
  };
}

function emptyAddress(): Address {
  return { city: null, country: null, line1: null, line2: null, postal_code: null, state: null };
}

/** Applies the writable fields present in `p`; returns the previous values of those that changed. */
function applyUpdate(c: Customer, p: Params): Record<string, unknown> {
  const previous: Record<string, unknown> = {};
  const set = <K extends keyof Customer>(key: K, value: Customer[K] | undefined): void => {
    if (value === undefined || JSON.stringify(value) === JSON.stringify(c[key])) return;
    previous[key] = c[key];
    c[key] = value;
  };
  set('address', readAddress(p, 'address'));
  set('description', p.string('description'));
  set('email', p.string('email', { maxLength: 512 }));
  set('name', p.string('name', { maxLength: 256 }));
  set('phone', p.string('phone'));
  set('preferred_locales', p.stringArray('preferred_locales'));
  set('shipping', readShipping(p));
  set('tax_exempt', p.enumOf('tax_exempt', ['none', 'exempt', 'reverse'] as const) ?? undefined);
  set('metadata', p.has('metadata') ? applyMetadata(c.metadata, p.metadata()) : undefined);
  const settings = p.object('invoice_settings');
  if (settings) {
    settings.allowOnly(['default_payment_method', 'footer', 'custom_fields', 'rendering_options']);
    set('invoice_settings', {
      ...c.invoice_settings,
      default_payment_method:
        settings.string('default_payment_method') ?? c.invoice_settings.default_payment_method,
      footer: settings.string('footer') ?? c.invoice_settings.footer,
    });
  }
  return previous;
}

export function findCustomerOrThrow(ctx: RequestContext, id: string, param = 'id'): Customer {
  return findOrThrow<Customer>(ctx, 'customer', 'customer', id, param);
}

export const customerRoutes: Route[] = [
  route('POST', '/v1/customers', (ctx) => {
    const p = ctx.params;
    p.allowOnly(WRITABLE);
    const customer: Customer = {
      id: newId('cus'),
      object: 'customer',
      address: null,
      balance: 0,
      created: ctx.state.clock.now(),
      currency: null,
      default_source: null,
      delinquent: false,
      description: null,
      discount: null,
      email: null,
      invoice_prefix: invoicePrefix(),
      invoice_settings: {
        custom_fields: null,
        default_payment_method: null,
        footer: null,
        rendering_options: null,
      },
      livemode: false,
      metadata: {},
      name: null,
      next_invoice_sequence: 1,
      phone: null,
      preferred_locales: [],
      shipping: null,
      tax_exempt: 'none',
      test_clock: null,
    };
    applyUpdate(customer, p);
    ctx.state.store.insert(ctx.owner, customer);
    emit(ctx, 'customer.created', customer);
    return customer;
  }),
  retrieveRoute('/v1/customers/:id', (ctx, id) => findCustomerOrThrow(ctx, id)),
  route('POST', '/v1/customers/:id', (ctx) => {
    const customer = findCustomerOrThrow(ctx, ctx.pathParams[0]);
    ctx.params.allowOnly(WRITABLE);
    const previous = applyUpdate(customer, ctx.params);
    if (Object.keys(previous).length > 0) emit(ctx, 'customer.updated', customer, previous);
    return customer;
  }),
  listRoute<Customer>('/v1/customers', 'customer', { equal: ['email'] }),
];
