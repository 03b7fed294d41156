import { JsonValue, toJsonValue } from './canonical-json';
import { AuditEntryError } from './audit.errors';
import type { AuditActor, AuditEntryInput } from './audit.types';

const ACTION = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/;
const SUBJECT_TYPE = /^[a-z][a-z0-9_]{0,49}$/;
const ROLE = /^[A-Z][A-Z_]{0,49}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids, codes, statuses, amounts and ledger account names fit; sentences and documents do not. */
const MAX_STRING = 200;
const MAX_SNAPSHOT = 16_000;
/**
 * A coarse net for the obvious mistakes (an address, a title or message copied in); it cannot
 * recognise a name, so callers still choose their fields with care.
 */
const LOOKS_PERSONAL = [
  // x@y.z and four words, written so that a long string with no '@' or no space is checked
  // in one pass (a leading `\S+` would retry from every position: quadratic on ids).
  { what: 'an e-mail address', re: /[^\s@]@[^\s@]+\.[^\s@]/ },
  { what: 'prose (several words)', re: /\S\s+\S+\s+\S+\s+\S/ },
];

/** The row's content, normalised to plain JSON; refuses anything that could be personal data. */
export function normaliseEntry(entry: AuditEntryInput) {
  const actor = actorOf(entry.actor);
  if (!ACTION.test(entry.action)) throw new AuditEntryError(`audit action "${entry.action}" is not a.b form`);
  if (!SUBJECT_TYPE.test(entry.subject.type))
    throw new AuditEntryError(`audit subject type "${entry.subject.type}" is not snake case`);
  if (typeof entry.subject.id !== 'string' || entry.subject.id.length === 0 || entry.subject.id.length > 200)
    throw new AuditEntryError('audit subject id must be 1 to 200 characters');
  return {
    ...actor,
    action: entry.action,
    subjectType: entry.subject.type,
    subjectId: entry.subject.id,
    before: snapshot('before', entry.before ?? null),
    after: snapshot('after', entry.after ?? null),
    metadata: snapshot('metadata', entry.metadata ?? {}) ?? {},
  };
}

function actorOf(actor: AuditActor) {
  if (actor === 'system') return { actorType: 'system' as const, actorUserId: null, actorRole: 'SYSTEM' };
  if (actor.userId !== null && !UUID.test(actor.userId))
    throw new AuditEntryError('audit actor userId must be a uuid');
  if (!ROLE.test(actor.role)) throw new AuditEntryError(`audit actor role "${actor.role}" is not a role`);
  return { actorType: 'user' as const, actorUserId: actor.userId, actorRole: actor.role };
}

function snapshot(name: string, value: Record<string, unknown> | null): { [k: string]: JsonValue } | null {
  if (value === null) return null;
  const json = toJsonValue(value, name);
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw new AuditEntryError(`audit ${name} must be an object`);
  inspect(json, name);
  if (JSON.stringify(json).length > MAX_SNAPSHOT)
    throw new AuditEntryError(`audit ${name} is larger than ${MAX_SNAPSHOT} characters`);
  return json;
}

function inspect(value: JsonValue, path: string): void {
  if (typeof value === 'string') {
    if (value.length > MAX_STRING)
      throw new AuditEntryError(`audit ${path} is longer than ${MAX_STRING} characters: keep content out`);
    for (const { what, re } of LOOKS_PERSONAL)
      if (re.test(value))
        throw new AuditEntryError(`audit ${path} looks like ${what}: keep personal data out`);
    return;
  }
  if (Array.isArray(value)) value.forEach((v, i) => inspect(v, `${path}[${i}]`));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) inspect(v, `${path}.${k}`);
}
