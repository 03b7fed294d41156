import { describeDisabledReason, describeRequirements } from './requirements';

describe('requirements in plain words', () => {
  it('names what is due without field paths, once each', () => {
    expect(
      describeRequirements([
        'external_account',
        'individual.dob.day',
        'individual.dob.month',
        'tos_acceptance.date',
      ]),
    ).toEqual([
      'a bank account to receive payouts',
      'your date of birth',
      "acceptance of the payment processor's terms",
    ]);
  });

  it('keeps an unknown field visible rather than hiding it', () => {
    expect(describeRequirements(['company.structure'])).toEqual(['more details (company.structure)']);
  });

  it('explains a disabled reason, and none when payouts are on', () => {
    expect(describeDisabledReason('requirements.past_due')).toMatch(/overdue/);
    expect(describeDisabledReason('something_new')).toMatch(/paused/);
    expect(describeDisabledReason(null)).toBeNull();
  });
});
