import { detectAddresses } from './detectors/address';
import { detectCuedStreets, detectIntlAddresses } from './detectors/address-intl';
import { joinAdjacentAddresses } from './detectors/address-tail';
import { detectCards } from './detectors/card';
import { detectDatesOfBirth } from './detectors/dob';
import { detectEmails } from './detectors/email';
import { detectIbans } from './detectors/iban';
import { detectIps } from './detectors/ip';
import { detectNames } from './detectors/names';
import { detectPhones } from './detectors/phone';
import { detectSsns } from './detectors/ssn';
import { detectUrls } from './detectors/url';
import { mergeCandidates } from './merge';
import type { Candidate, Detector, PiiFinding, PiiScanResult } from './types';

export type { PiiFinding, PiiScanResult, PiiType } from './types';
export { PII_TYPES } from './types';

const DETECTORS: readonly Detector[] = [
  detectEmails,
  detectUrls,
  detectIbans,
  detectCards,
  detectSsns,
  detectIps,
  detectDatesOfBirth,
  detectPhones,
  detectAddresses,
  detectIntlAddresses,
  detectCuedStreets,
  detectNames,
];

/** Finds personal data in `text` and returns the findings (sorted, disjoint, UTF-16 offsets) and
 * the text with each finding replaced by `[TYPE]`. Pure and synchronous; no network. */
export function scanText(text: string): PiiScanResult {
  const candidates: Candidate[] = [];
  for (const detect of DETECTORS) detect(text, candidates);
  // Forms often shout: "NAME: JOHN O'CONNELL". Capital-only lines are read again in title case
  // (same length, so offsets hold) by the detectors that judge capitalisation.
  const titled = titleCaseShoutedLines(text);
  if (titled !== null) for (const detect of CASE_DETECTORS) detect(titled, candidates);
  joinAdjacentAddresses(text, candidates);
  const findings = mergeCandidates(candidates);
  return { findings, redacted: redact(text, findings) };
}

const CASE_DETECTORS: readonly Detector[] = [
  detectAddresses,
  detectIntlAddresses,
  detectCuedStreets,
  detectNames,
];
// Two or more capital-only words ("ALBERTO RUIZ", "77 HIGH STREET"). A plain (non-Unicode)
// character class keeps this scan cheap; a match with a lower-case letter is skipped below.
const CAP = 'A-Z\\u00c0-\\u00de\\u0100-\\u017f';
const SHOUTED_TOKEN = `(?:[${CAP}]{2,}|[${CAP}]['’][${CAP}]{2,})(?:['’-][${CAP}]+)*`;
const SHOUTED_RUN = new RegExp(`${SHOUTED_TOKEN}(?:[ \\t]{1,2}${SHOUTED_TOKEN})+`, 'g');
// Words of four letters or more are title-cased; shorter ones (UK, CA, NSW, APO) stay as codes.
const SHOUTED_WORD = /(?<![\p{L}\d])(\p{Lu})(\p{Lu}{3,}(?:['’-]\p{Lu}+)*)(?![\p{L}\d])/gu;
const LOWER = /\p{Ll}/u;
const LETTER_OR_DIGIT = /[\p{L}\d]/u;

function titleCaseWords(span: string): string {
  return span.replace(
    SHOUTED_WORD,
    (_w, head: string, rest: string) =>
      head +
      rest.toLowerCase().replace(/(['’-])(\p{Ll})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase()),
  );
}

/** `text` with every capital-only line, and every run of capital-only words, title-cased; null
 * when there is none. Lengths are kept, so offsets found in the result hold for `text`. */
function titleCaseShoutedLines(text: string): string | null {
  SHOUTED_RUN.lastIndex = 0;
  let m = SHOUTED_RUN.exec(text);
  if (m === null) return null;
  let titled = '';
  let at = 0;
  for (; m !== null; m = SHOUTED_RUN.exec(text)) {
    const end = m.index + m[0].length;
    if (
      LOWER.test(m[0]) ||
      LETTER_OR_DIGIT.test(text[m.index - 1] ?? '') ||
      LETTER_OR_DIGIT.test(text[end] ?? '')
    )
      continue;
    // A line with no lower-case letter at all is title-cased whole ("GALWAY H91 E2K3" too).
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    let lineEnd = text.indexOf('\n', end);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (lineStart >= at && !LOWER.test(line)) {
      titled += text.slice(at, lineStart) + titleCaseWords(line);
      at = lineEnd;
      SHOUTED_RUN.lastIndex = lineEnd;
    } else if (m.index >= at) {
      titled += text.slice(at, m.index) + titleCaseWords(m[0]);
      at = end;
    }
  }
  titled += text.slice(at);
  return titled.length === text.length && titled !== text ? titled : null;
}

/** Rebuilds `text` with each (sorted, disjoint) finding replaced by `[TYPE]`. */
export function redact(text: string, findings: readonly PiiFinding[]): string {
  let out = '';
  let at = 0;
  for (const f of findings) {
    out += text.slice(at, f.start) + `[${f.type}]`;
    at = f.end;
  }
  return out + text.slice(at);
}
