import type { Candidate } from '../types';

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?';
const YEAR = '(?:1[89]\\d\\d|20\\d\\d)';
const DATE_SOURCES = [
  `${YEAR}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\\d|3[01])`,
  `(?:0?[1-9]|[12]\\d|3[01])[-/.](?:0?[1-9]|[12]\\d|3[01])[-/.](?:${YEAR}|\\d\\d)`,
  `${MONTH}\\s{1,3}${DAY},?\\s{1,3}${YEAR}`,
  `${DAY}(?:\\s{1,3}of)?[\\s\\-]{1,3}${MONTH},?[\\s\\-]{1,3}${YEAR}`,
];
const DATE = new RegExp(`(?<![\\w/.\\-])(?:${DATE_SOURCES.join('|')})(?![\\w/]|[.\\-]\\d)`, 'gi');
// The birth cue may be followed by a few words ("born on", "DOB (per passport):").
const CUE_BEFORE =
  /(?:\bd\.?o\.?b\b\.?|\bdate\s+of\s+birth|\bbirth\s?date|\bbirthday|\bborn|\bgeburtsdatum|\bnacido|\bnée?)[^.;!?\n\d]{0,28}$/i;
// Most texts mention no birth at all: one cheap test skips the date search.
const ANY_CUE = /d\.?o\.?b|birth|born|geburt|nacido|née?\b/i;
const CUE_AFTER = /^\s{0,2}[([]\s{0,2}(?:dob|d\.o\.b\.?|date of birth|born|birthday)\b/i;

/** A date counts as a date of birth only in a birth context: a cue shortly before it or a
 * "(DOB)" right after it. Other dates (deadlines, invoice dates) are business text. */
export function detectDatesOfBirth(text: string, out: Candidate[]): void {
  if (!ANY_CUE.test(text)) return;
  DATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DATE.exec(text)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    const left = text.slice(Math.max(0, start - 48), start);
    if (CUE_BEFORE.test(left) || CUE_AFTER.test(text.slice(end, end + 24))) {
      out.push({ type: 'DATE_OF_BIRTH', start, end });
    }
  }
}
