/**
 * The processor names what it still needs from a connected account in field paths
 * (`individual.verification.document`) and says why payouts are off in codes
 * (`requirements.past_due`). Contractors read these in plain words.
 */
const REQUIREMENT_WORDS: [RegExp, string][] = [
  [/^external_account$/, 'a bank account to receive payouts'],
  [/^tos_acceptance\./, "acceptance of the payment processor's terms"],
  [/verification\.document$/, 'a photo of an identity document'],
  [/verification\.additional_document$/, 'a second identity document'],
  [/\.dob\./, 'your date of birth'],
  [/\.address\./, 'your address'],
  [/\.(first|last)_name$/, 'your legal name'],
  [/\.(email|phone)$/, 'your contact details'],
  [/\.(id_number|ssn_last_4)$/, 'your tax identification number'],
  [/^business_profile\./, 'a description of the work you do'],
  [/^business_type$/, 'whether you work as an individual or a company'],
];

export function describeRequirement(field: string): string {
  return REQUIREMENT_WORDS.find(([pattern]) => pattern.test(field))?.[1] ?? `more details (${field})`;
}

/** Every distinct plain-words requirement, in the processor's order. */
export function describeRequirements(fields: string[]): string[] {
  return [...new Set(fields.map(describeRequirement))];
}

const DISABLED_WORDS: Record<string, string> = {
  'requirements.past_due': 'Details the payment processor asked for are overdue.',
  'requirements.pending_verification': 'The payment processor is checking the details you gave.',
  under_review: 'The payment processor is reviewing your account.',
  'rejected.fraud': 'The payment processor closed your account.',
  'rejected.terms_of_service': 'The payment processor closed your account.',
  'rejected.listed': 'The payment processor closed your account.',
  'rejected.other': 'The payment processor closed your account.',
  listed: 'The payment processor is reviewing your account.',
  other: 'The payment processor has paused payouts to your account.',
};

export function describeDisabledReason(reason: string | null): string | null {
  if (!reason) return null;
  return DISABLED_WORDS[reason] ?? 'The payment processor has paused payouts to your account.';
}
