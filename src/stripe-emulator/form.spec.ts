import { canonical, FormError, parseForm } from './http/form';
import { Params } from './http/params';

/** What `fn` throws; fails the test if it returns. */
function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

describe('Stripe form encoding', () => {
  it('parses nested objects, indexed and appended arrays, with brackets encoded or not', () => {
    const parsed = parseForm(
      'amount=1000&metadata[task_id]=t_1&metadata%5Borg%5D=o%202&payment_method_types[0]=card&' +
        'payment_method_types[1]=sepa_debit&expand[]=latest_charge&expand[]=customer&shipping[address][line1]=1+Main+St',
    );
    expect(parsed).toEqual({
      amount: '1000',
      metadata: { task_id: 't_1', org: 'o 2' },
      payment_method_types: ['card', 'sepa_debit'],
      expand: ['latest_charge', 'customer'],
      shipping: { address: { line1: '1 Main St' } },
    });
  });

  it('keeps empty strings, which Stripe reads as "unset"', () => {
    expect(parseForm('description=&metadata[a]=')).toEqual({ description: '', metadata: { a: '' } });
  });

  it('refuses keys that would reach Object.prototype', () => {
    expect(() => parseForm('__proto__[polluted]=1')).toThrow(FormError);
    expect(() => parseForm('a[constructor][prototype]=1')).toThrow(FormError);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('gives the same canonical text whatever the parameter order', () => {
    const a = parseForm('amount=1&metadata[x]=1&metadata[y]=2');
    const b = parseForm('metadata[y]=2&amount=1&metadata[x]=1');
    const c = parseForm('metadata[y]=2&amount=2&metadata[x]=1');
    expect(canonical(a)).toBe(canonical(b));
    expect(canonical(a)).not.toBe(canonical(c));
  });
});

describe('Params', () => {
  const params = (q: string): Params => new Params(parseForm(q));

  it('reads integers the way Stripe validates them', () => {
    expect(params('amount=12').requiredInteger('amount')).toBe(12);
    expect(() => params('amount=1.5').requiredInteger('amount')).toThrow('Invalid integer: 1.5');
    expect(() => params('').requiredInteger('amount')).toThrow('Missing required param: amount.');
    expect(() => params('amount=').requiredInteger('amount')).toThrow(/empty string/);
    expect(() => params('limit=101').integer('limit', { max: 100 })).toThrow(/less than or equal to 100/);
  });

  it('names nested parameters in errors', () => {
    const shipping = params('shipping[name]=').object('shipping')!;
    expect(thrownBy(() => shipping.requiredString('name'))).toMatchObject({
      body: { param: 'shipping[name]' },
    });
  });

  it('refuses unknown parameters but always allows expand', () => {
    expect(() => params('amount=1&foo=2').allowOnly(['amount'])).toThrow('Received unknown parameter: foo');
    expect(() => params('amount=1&expand[]=customer').allowOnly(['amount'])).not.toThrow();
  });

  it('reads metadata updates with unset keys', () => {
    expect(params('metadata[a]=1&metadata[b]=').metadata()).toEqual({
      unsetAll: false,
      entries: { a: '1', b: null },
    });
    expect(params('metadata=').metadata()).toEqual({ unsetAll: true, entries: {} });
  });

  it('reads created filters as ranges or exact values', () => {
    expect(params('created[gte]=10&created[lt]=20').range('created')).toEqual({
      gte: 10,
      lt: 20,
      gt: undefined,
      lte: undefined,
    });
    expect(params('created=15').range('created')).toEqual({ gte: 15, lte: 15 });
  });

  it('lowercases and checks currencies', () => {
    expect(params('currency=EUR').currency()).toBe('eur');
    expect(() => params('currency=zzz').currency()).toThrow('Invalid currency: zzz.');
  });
});
