export type PiiType =
  | 'EMAIL'
  | 'PHONE'
  | 'PERSON_NAME'
  | 'STREET_ADDRESS'
  | 'CREDIT_CARD'
  | 'IBAN'
  | 'US_SSN'
  | 'IP_ADDRESS'
  | 'URL'
  | 'DATE_OF_BIRTH';

export const PII_TYPES: readonly PiiType[] = [
  'EMAIL',
  'PHONE',
  'PERSON_NAME',
  'STREET_ADDRESS',
  'CREDIT_CARD',
  'IBAN',
  'US_SSN',
  'IP_ADDRESS',
  'URL',
  'DATE_OF_BIRTH',
];

/** A span of personal data: UTF-16 offsets, `end` exclusive (as `String.prototype.slice`). */
export interface PiiFinding {
  type: PiiType;
  start: number;
  end: number;
}

export interface PiiScanResult {
  findings: PiiFinding[];
  redacted: string;
}

/** A detector's proposal before overlaps are resolved. */
export type Candidate = PiiFinding;

export type Detector = (text: string, out: Candidate[]) => void;
