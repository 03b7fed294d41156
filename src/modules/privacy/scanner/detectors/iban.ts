import { IBAN_LENGTHS, ibanValid } from '../checksums';
import type { Candidate } from '../types';

const START = /(?<![\w])([A-Z]{2})(\d{2})(?=[ -]?[A-Za-z0-9])/g;

/** IBANs, mod-97 checked, with the country's exact length; plain or in groups split by single
 * spaces or dashes. */
export function detectIbans(text: string, out: Candidate[]): void {
  START.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = START.exec(text)) !== null) {
    const len = IBAN_LENGTHS[m[1]];
    if (len === undefined) continue;
    let i = m.index + 4;
    let iban = m[1] + m[2];
    while (iban.length < len && i < text.length) {
      let c = text[i];
      if ((c === ' ' || c === '-') && i + 1 < text.length && isAlnum(text[i + 1])) {
        i++;
        c = text[i];
      }
      if (!isAlnum(c)) break;
      iban += c.toUpperCase();
      i++;
    }
    if (iban.length !== len || isAlnum(text[i]) || !ibanValid(iban)) continue;
    out.push({ type: 'IBAN', start: m.index, end: i });
    START.lastIndex = i;
  }
}

function isAlnum(c: string | undefined): boolean {
  if (c === undefined) return false;
  const x = c.charCodeAt(0);
  return (x >= 48 && x <= 57) || (x >= 65 && x <= 90) || (x >= 97 && x <= 122);
}
