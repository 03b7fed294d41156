import { Injectable } from '@nestjs/common';
import { MAX_SCAN_LENGTH, textTooLong } from './privacy.errors';
import { PII_TYPES, scanText, type PiiFinding, type PiiScanResult, type PiiType } from './scanner';

/** Stored beside every scan result, so a later scanner's findings can be told apart. */
export const SCANNER_VERSION = 'fairsample-pii/1';

/**
 * The personal-data scan, for the API (contractors check a text before submitting) and for the
 * submissions module, which stores the same result and shows requesters only `redacted`.
 */
@Injectable()
export class PrivacyService {
  /** Findings (sorted, disjoint, UTF-16 offsets) and the text with each replaced by `[TYPE]`.
   * Refuses texts past MAX_SCAN_LENGTH: beyond it the scan's latency is not measured. */
  scan(text: string): PiiScanResult {
    if (text.length > MAX_SCAN_LENGTH) throw textTooLong(text.length);
    return scanText(text);
  }
}

/** The distinct types among `findings`, in the order of the PiiType enum. */
export function typesFound(findings: readonly PiiFinding[]): PiiType[] {
  const seen = new Set(findings.map((f) => f.type));
  return PII_TYPES.filter((t) => seen.has(t));
}
