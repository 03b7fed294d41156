import { detectAddresses } from './detectors/address';
import { detectIntlAddresses } from './detectors/address-intl';
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
  detectNames,
];

/** Finds personal data in `text` and returns the findings (sorted, disjoint, UTF-16 offsets) and
 * the text with each finding replaced by `[TYPE]`. Pure and synchronous; no network. */
export function scanText(text: string): PiiScanResult {
  const candidates: Candidate[] = [];
  for (const detect of DETECTORS) detect(text, candidates);
  joinAdjacentAddresses(text, candidates);
  const findings = mergeCandidates(candidates);
  return { findings, redacted: redact(text, findings) };
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
