import type { Candidate } from '../types';

const LOCAL_CHAR = /[A-Za-z0-9._%+'-]/;
const DOMAIN = /(?:[A-Za-z0-9][A-Za-z0-9-]{0,62}\.){1,8}[A-Za-z]{2,24}(?![A-Za-z0-9-])/y;

/** Anchored on each '@': walk left over the local part, match the domain to the right. Linear,
 * whatever the input (no regex is tried at positions without an '@'). */
export function detectEmails(text: string, out: Candidate[]): void {
  let at = text.indexOf('@');
  while (at !== -1) {
    let start = at;
    while (start > 0 && at - start < 64 && LOCAL_CHAR.test(text[start - 1])) start--;
    while (start < at && (text[start] === '.' || text[start] === "'")) start++;
    if (start < at && text[at - 1] !== '.') {
      DOMAIN.lastIndex = at + 1;
      const m = DOMAIN.exec(text);
      if (m) out.push({ type: 'EMAIL', start, end: at + 1 + m[0].length });
    }
    at = text.indexOf('@', at + 1);
  }
}
