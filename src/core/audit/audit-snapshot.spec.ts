import { auditHash, GENESIS_HASH } from './audit-hash';
import { AuditEntryError } from './audit.errors';
import { normaliseEntry } from './audit-snapshot';
import type { AuditEntryInput } from './audit.types';

const USER = '5b0e1a52-6a43-4c3e-9a57-0b6b2f0f7a11';
const entry: AuditEntryInput = {
  actor: { userId: USER, role: 'REQUESTER' },
  action: 'task.published',
  subject: { type: 'task', id: '9d1c3c7e-2f7b-4b11-8d55-3b9ab6d0c2e4' },
  before: { status: 'DRAFT' },
  after: { status: 'OPEN', requesterCost: 1600n, account: 'org:x:escrow:task:y', at: new Date(0) },
};

describe('audit entries', () => {
  it('normalises an entry to plain JSON, taking only the id and role of a principal', () => {
    const principal = { userId: USER, role: 'ADMIN', organizationId: 'o' };
    expect(normaliseEntry({ ...entry, actor: principal })).toEqual({
      actorType: 'user',
      actorUserId: USER,
      actorRole: 'ADMIN',
      action: 'task.published',
      subjectType: 'task',
      subjectId: '9d1c3c7e-2f7b-4b11-8d55-3b9ab6d0c2e4',
      before: { status: 'DRAFT' },
      after: {
        status: 'OPEN',
        requesterCost: '1600',
        account: 'org:x:escrow:task:y',
        at: '1970-01-01T00:00:00.000Z',
      },
      metadata: {},
    });
    expect(normaliseEntry({ ...entry, actor: 'system' })).toMatchObject({
      actorType: 'system',
      actorUserId: null,
      actorRole: 'SYSTEM',
    });
  });

  it.each([
    ['an e-mail address', { after: { who: 'jane@example.com' } }, /e-mail/],
    [
      'an e-mail address deep inside',
      { metadata: { list: [{ to: 'a.b@c.org' }] } },
      /metadata\.list\[0\]\.to/,
    ],
    ['prose', { after: { note: 'she said it was fine' } }, /prose/],
    ['four one-letter words', { after: { note: 'a b c d' } }, /prose/],
    ['the shortest e-mail address', { after: { to: 'x@y.z' } }, /e-mail/],
    ['a long string', { before: { body: 'x'.repeat(201) } }, /longer than 200/],
    ['an action without a subject', { action: 'published' }, /a\.b form/],
    ['a subject type in camel case', { subject: { type: 'ledgerEntry', id: 'x' } }, /snake case/],
    ['an empty subject id', { subject: { type: 'task', id: '' } }, /subject id/],
    ['an actor id that is no uuid', { actor: { userId: 'jane', role: 'ADMIN' } }, /uuid/],
    ['an actor role in lower case', { actor: { userId: USER, role: 'admin' } }, /not a role/],
  ])('refuses %s', (_what, patch, message) => {
    expect(() => normaliseEntry({ ...entry, ...patch })).toThrow(AuditEntryError);
    expect(() => normaliseEntry({ ...entry, ...patch })).toThrow(message);
  });

  it('keeps ids, account names and three-word codes', () => {
    const after = {
      account: `contractor:${USER}:payable`,
      key: `payout:${USER}`.repeat(4),
      code: 'not three words',
      at: 'a@b',
    };
    expect(normaliseEntry({ ...entry, after }).after).toEqual(after);
  });

  it('hashes every field: changing any one changes the hash', () => {
    const row = {
      ...normaliseEntry(entry),
      sequence: '7',
      id: '41',
      occurredAt: new Date('2026-12-02T03:00:00.123Z'),
      prevHash: GENESIS_HASH,
    };
    const hash = auditHash(row);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(auditHash({ ...row, after: { ...row.after } })).toBe(hash);
    const changes = [
      { sequence: '8' },
      { id: '42' },
      { occurredAt: new Date('2026-12-02T03:00:00.124Z') },
      { actorType: 'system' as const },
      { actorUserId: null },
      { actorRole: 'ADMIN' },
      { action: 'task.paused' },
      { subjectType: 'claim' },
      { subjectId: 'other' },
      { before: null },
      { after: { ...row.after, status: 'PAUSED' } },
      { metadata: { x: 1 } },
      { prevHash: 'f'.repeat(64) },
    ];
    const hashes = changes.map((c) => auditHash({ ...row, ...c }));
    expect(new Set([hash, ...hashes]).size).toBe(changes.length + 1);
  });
});
