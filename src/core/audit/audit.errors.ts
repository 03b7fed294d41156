/**
 * A caller handed the audit log something it must not hold (personal data, content, a malformed
 * action): a bug in that caller, never user input, so it surfaces as an internal error.
 */
export class AuditEntryError extends Error {}
