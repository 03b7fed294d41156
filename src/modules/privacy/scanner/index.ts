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
const SHOUTED_LINE = /^[^\p{Ll}\n]*\p{Lu}{2,}[^\p{Ll}\n]*[ \t,][^\p{Ll}\n]*\p{Lu}{2,}[^\p{Ll}\n]*$/gmu;
// Two or more capital-only words in a mixed line: "Name: ALBERTO RUIZ, DOB …".
const SHOUTED_RUN =
  /(?<![\p{L}\d])\p{Lu}{2,}(?:['’-]\p{Lu}+)*(?:[ \t]{1,2}\p{Lu}{2,}(?:['’-]\p{Lu}+)*)+(?![\p{L}\d])/gu;
// Words of four letters or more are title-cased; shorter ones (UK, CA, NSW, APO) stay as codes.
const SHOUTED_WORD = /(?<![\p{L}\d])(\p{Lu})(\p{Lu}{3,}(?:['’-]\p{Lu}+)*)(?![\p{L}\d])/gu;

function titleCaseWords(span: string): string {
  return span.replace(
    SHOUTED_WORD,
    (_w, head: string, rest: string) =>
      head +
      rest.toLowerCase().replace(/(['’-])(\p{Ll})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase()),
  );
}

/** `text` with every capital-only line, and every run of capital-only words, title-cased; null
 * when there is none. */
function titleCaseShoutedLines(text: string): string | null {
  if (!/\p{Lu}{2}/u.test(text)) return null;
  SHOUTED_LINE.lastIndex = 0;
  SHOUTED_RUN.lastIndex = 0;
  const titled = text.replace(SHOUTED_LINE, titleCaseWords).replace(SHOUTED_RUN, titleCaseWords);
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
