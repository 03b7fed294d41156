import { before } from '../tokens';
import type { Candidate } from '../types';

// A run of digits with the separators phone numbers use. One character class, bounded: linear.
// A label may be glued on either side ("Office:781-618-4959-Fax") and an extension may follow as "x123".
const RUN = /(?<![\w+./@#$€£%,-]|[\d:]:)(?:\(?\+|\()?\d[\d ()./-]{4,24}\d\)?(?!(?!x\d)[\w@%]|[.,/-]\d)/g;
const EXTENSION =
  /^,?\s{0,2}(?:ext\.?|extension|x|poste|Durchwahl|DW|int\.?|interno|ramal|anexo|wewn\.?|lokal|toestel)\s{0,2}\d{1,5}\b/i;
const CUE =
  /\b(?:phone|tel|telephone|mobile|mob|cell|call(?:ed)?|ring|line|reach (?:me|him|her|them|us) (?:at|on)|reached|reachable|contact|whatsapp|fax|dial|text (?:me|him|her)|contact number|number is|on|at|or)\b[^a-z0-9]{0,6}$/;
const STRONG_CUE =
  /\b(?:phone|tel|telephone|mobile|mob|cell|whatsapp|fax|direct line|call me (?:back )?(?:at|on))\b[\s\S]{0,12}$/;
// A phone word right before the number: then any run of 7+ digits is taken ("Call 55019500").
const PHONE_WORD_CUE =
  /\b(?:call|ring|dial|phone|tel|telephone|mobile|mob|cell|fax|whatsapp|text|sms|reached (?:at|on)|reach (?:me|him|her|us|them) (?:at|on))\b[^a-z0-9]{0,8}$/;
const FAR_CUE = /\b(?:contact|phone|tel|telephone|mobile|cell|call|ring|reach|whatsapp)\b[^\d\n]{0,32}$/;
const NOT_PHONE_CUE =
  /\b(?:order|invoice|inv|ticket|ref|reference|account|acct|case|po|sku|id|no|number|version|build|serial|tracking|iban|ssn|card)\b[^a-z]{0,4}$/;

/** Phones in US and international formats. A digit run only counts when its grouping is that of
 * a phone number (+country code, trunk 0, US 3-3-4) or a phone cue stands right before it. */
export function detectPhones(text: string, out: Candidate[]): void {
  RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RUN.exec(text)) !== null) {
    let start = m.index;
    let run = m[0];
    // Brackets that do not pair up belong to the sentence, not to the number.
    if (run.startsWith('(') && !run.includes(')')) {
      run = run.slice(1);
      start++;
    }
    while (run.endsWith(')') && count(run, '(') < count(run, ')')) run = run.slice(0, -1);
    while (/[ .(-]$/.test(run)) run = run.slice(0, -1);
    if (!isPhone(run, before(text, start, 40))) continue;
    let end = start + run.length;
    const ext = EXTENSION.exec(text.slice(end, end + 20));
    if (ext) end += ext[0].length;
    out.push({ type: 'PHONE', start, end });
  }
}

function isPhone(run: string, left: string): boolean {
  const digits = run.replace(/\D/g, '');
  const n = digits.length;
  if (n < 7 || n > 15) return false;
  if (/[ .-]{2,}/.test(run.replace(/ - /g, '-'))) return false;
  const groups: string[] = run.match(/\d+/g) ?? [];
  const sizes = groups.map((g) => g.length).join(',');
  const dotted = run.includes('.');
  const strong = STRONG_CUE.test(left) && !NOT_PHONE_CUE.test(left);
  // Slashes belong to dates and fractions unless the number has a trunk 0 or a country code
  // ("0494/199 301", "+36 70/136-3576").
  if (run.includes('/') && !(run.startsWith('+') || digits[0] === '0')) return false;
  if (run.includes('/') && looksLikeDate(groups)) return false;
  if (dotted && !strong && sizes !== '3,3,4' && sizes !== '1,3,3,4' && !run.startsWith('+')) {
    // Dotted groups are versions, IPs and dates unless shaped like a US or French number.
    if (!(digits[0] === '0' && groups.every((g) => g.length === 2) && n === 10)) return false;
  }
  if (run.startsWith('+') || run.startsWith('(+'))
    return n >= 8 && (groups[0].length <= 5 || (groups.length === 1 && n >= 10));
  if (digits.startsWith('00') && groups[0].length <= 5 && n >= 10) return true;
  if (sizes === '3,3,4' || sizes === '1,3,3,4') return sizes === '3,3,4' || digits[0] === '1';
  if (run.startsWith('(') && groups[0].length >= 2 && groups[0].length <= 5 && n >= 9) return true;
  if (digits[0] === '0' && n >= 9 && n <= 12 && groups.length >= 2 && groups[0].length <= 7) {
    return !looksLikeDate(groups);
  }
  if (sizes === '5,5' && /^[6-9]/.test(digits)) return true;
  if (NOT_PHONE_CUE.test(left)) return false;
  if (strong || PHONE_WORD_CUE.test(left)) return true;
  // One unbroken run with a trunk 0 ("0411063519") after a cue such as "on" or "at".
  if (
    groups.length === 1 &&
    digits[0] === '0' &&
    digits[1] !== '0' &&
    n >= 9 &&
    n <= 11 &&
    (CUE.test(left) || FAR_CUE.test(left))
  )
    return true;
  // Ten digits shaped like a North American number (area and exchange start 2–9): 5096005638.
  if (sizes === '10' && /^[2-9]\d\d[2-9]/.test(digits)) return true;
  // Local numbers without an area code ("469 2020", "96 466712", "912 34 56") need a cue, right
  // before them or a few words back ("Emergency contact: Ama Owusu, 729 0232").
  return (
    (CUE.test(left) || FAR_CUE.test(left)) &&
    groups.length >= 2 &&
    /^(?:3,4|3,3,4|4,3,3|2,4,4|4,4,4|3,4,4|4,6|5,6|4,7|2,6|2,3,3|3,2,2|4,4|2,2,2,2|3,3|2,2,3|3,2,3|3,3,3|2,3,2,2|3,3,2,2|2,2,2,2,2|3,2,2,2|4,2,2,2)$/.test(
      sizes,
    )
  );
}

function looksLikeDate(groups: string[]): boolean {
  return groups.length === 3 && groups[0].length <= 2 && groups[1].length <= 2 && groups[2].length === 4;
}

function count(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i !== -1; i = s.indexOf(ch, i + 1)) n++;
  return n;
}
