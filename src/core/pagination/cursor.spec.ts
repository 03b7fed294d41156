import { encodeCursor, isCursorInstant, isTimestampUuid, parsePage } from './cursor';

/** What `fn` throws; fails the test if it returns. */
function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

const ID = '3f1c2a9e-8b7d-4c6e-9f0a-1b2c3d4e5f60';

describe('cursor instants', () => {
  it('accepts what Date writes', () => {
    expect(isCursorInstant(new Date().toISOString())).toBe(true);
    expect(isCursorInstant('2024-02-29T23:59:59.999Z')).toBe(true);
  });

  it.each([
    '2024-02-30T00:00:00.000Z',
    '2023-02-29T00:00:00.000Z',
    '2024-13-01T00:00:00.000Z',
    '2024-04-31T00:00:00.000Z',
    '2024-01-01T24:00:00.000Z',
    '2024-01-01T23:60:00.000Z',
    '0000-01-01T00:00:00.000Z',
    '1969-12-31T23:59:59.999Z',
    '2024-01-01T00:00:00Z',
    '2024-01-01T00:00:00.000+01:00',
    '2024-01-01',
  ])('refuses %s', (value) => {
    expect(isCursorInstant(value)).toBe(false);
    expect(thrownBy(() => parsePage(10, encodeCursor(value, ID), isTimestampUuid))).toMatchObject({
      reason: 'INVALID_CURSOR',
    });
  });
});
