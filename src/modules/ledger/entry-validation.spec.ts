import { DomainError } from '../../core/errors/domain-error';
import { validateEntry } from './entry-validation';
import type { PostEntryInput } from './ledger.types';

const ok: PostEntryInput = {
  idempotencyKey: 'fund:pi_1',
  kind: 'TASK_FUNDED',
  reference: 'task:1',
  moves: [{ from: 'processor:clearing', to: 'org:o:escrow:task:t', amount: 1000n, currency: 'USD' }],
};
// Typed loosely on purpose: callers in plain JS (or with `any`) can pass a float or a string.
const withMove = (patch: Record<string, unknown>): PostEntryInput => ({
  ...ok,
  moves: [{ ...ok.moves[0], ...patch }],
});

function refusal(entry: PostEntryInput): DomainError {
  try {
    validateEntry(entry);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected the entry to be refused');
}

describe('ledger entry validation', () => {
  it('accepts a well-formed entry', () => {
    expect(() => validateEntry(ok)).not.toThrow();
  });

  it.each([
    ['a zero amount', withMove({ amount: 0n }), 'INVALID_AMOUNT', 'moves[0].amount'],
    ['a negative amount', withMove({ amount: -1n }), 'INVALID_AMOUNT', 'moves[0].amount'],
    ['a float amount', withMove({ amount: 1.5 }), 'INVALID_AMOUNT', 'moves[0].amount'],
    ['an amount beyond SafeInt', withMove({ amount: 2n ** 53n }), 'INVALID_AMOUNT', 'moves[0].amount'],
    ['an unknown currency', withMove({ currency: 'XYZ' }), 'UNKNOWN_CURRENCY', 'moves[0].currency'],
    ['a lower-case currency', withMove({ currency: 'usd' }), 'UNKNOWN_CURRENCY', 'moves[0].currency'],
    ['a move to itself', withMove({ to: 'processor:clearing' }), 'SAME_ACCOUNT', 'moves[0].to'],
    ['a malformed account', withMove({ from: 'clearing' }), 'INVALID_ACCOUNT', 'moves[0].from'],
    ['no moves', { ...ok, moves: [] }, 'INVALID_MOVES', 'moves'],
    ['an empty idempotency key', { ...ok, idempotencyKey: '' }, 'INVALID_ENTRY', 'idempotencyKey'],
    ['an empty reference', { ...ok, reference: '' }, 'INVALID_ENTRY', 'reference'],
  ])('refuses %s', (_what, entry, reason, field) => {
    const error = refusal(entry);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', reason, details: { field } });
  });
});
