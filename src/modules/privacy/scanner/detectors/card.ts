import { luhnValid, plausibleCardPrefix } from '../checksums';
import { before } from '../tokens';
import type { Candidate } from '../types';

// Each repetition consumes exactly one digit, so there is one way to match: no backtracking blow-up.
const CARD = /(?<![\w./#$€£,-])\d(?:[ -]?\d){11,18}(?![\w-]|[.,]\d)/g;
const CUE = /\b(?:card|cc|credit|debit|visa|mastercard|amex|discover|maestro|pan)\b[\s\S]{0,30}$/;

/** Payment card numbers, 12–19 digits, plain or in the usual 4-4-4-4 / 4-6-5 groups, Luhn-checked,
 * with an issuer prefix (or a card cue); 12-digit Maestro numbers need a cue or 4-4-4 groups. */
export function detectCards(text: string, out: Candidate[]): void {
  CARD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CARD.exec(text)) !== null) {
    const raw = m[0];
    const digits = raw.replace(/[ -]/g, '');
    if (!luhnValid(digits) || !groupingOk(raw)) continue;
    const cue = CUE.test(before(text, m.index, 40));
    // Twelve digits are only a (Maestro) card with a card prefix and a cue or 4-4-4 grouping.
    if (
      digits.length === 12 &&
      !(plausibleCardPrefix(digits) && (cue || /^\d{4}[ -]\d{4}[ -]\d{4}$/.test(raw)))
    )
      continue;
    if (!plausibleCardPrefix(digits) && !cue) continue;
    out.push({ type: 'CREDIT_CARD', start: m.index, end: m.index + raw.length });
  }
}

function groupingOk(raw: string): boolean {
  if (raw.includes(' ') && raw.includes('-')) return false;
  const groups = raw.split(/[ -]/).map((g) => g.length);
  if (groups.length === 1) return true;
  const shape = groups.join(',');
  if (shape === '4,6,5' || shape === '4,6,4') return true;
  return groups.slice(0, -1).every((g) => g === 4) && groups[groups.length - 1] <= 4;
}
