import { scanText, type PiiType } from './index';

/** Asserts `value` (first occurrence in `text`) is found whole, with exactly that type. */
function expectFound(text: string, type: PiiType, value: string): void {
  const start = text.indexOf(value);
  expect(start).toBeGreaterThanOrEqual(0);
  expect(scanText(text).findings).toContainEqual({ type, start, end: start + value.length });
}

function cases(type: PiiType, rows: Array<[string, string]>): void {
  it.each(rows)(`finds ${type} in %j`, (text, value) => expectFound(text, type, value));
}

describe('scanText finds each type in several formats, with exact offsets', () => {
  cases('EMAIL', [
    ['Forwarding from david.miller@example.com: see below.', 'david.miller@example.com'],
    ['Please cc k.papadopoulos+billing@acme-corp.gr on it.', 'k.papadopoulos+billing@acme-corp.gr'],
    ['Mail JOAO_GONCALVES@EMPRESA.PT today', 'JOAO_GONCALVES@EMPRESA.PT'],
    ['(contact: ops@mail.example.co.uk).', 'ops@mail.example.co.uk'],
  ]);
  cases('PHONE', [
    ['Call +44 20 7946 0958 today', '+44 20 7946 0958'],
    ['UK office 020 7946 0958.', '020 7946 0958'],
    ['Berlin: +49 30 123456', '+49 30 123456'],
    ['Paris: +33 1 23 45 67 89.', '+33 1 23 45 67 89'],
    ['India desk +91 98765 43210', '+91 98765 43210'],
    ['Her direct line is (937) 499-4430.', '(937) 499-4430'],
    ['Fax 937.499.4430 please', '937.499.4430'],
    ['Toll free 1-800-555-0199', '1-800-555-0199'],
    ['Mobile +1 586 682 9687', '+1 586 682 9687'],
    ['Dublin +353 (0)1 234 5678', '+353 (0)1 234 5678'],
  ]);
  cases('PERSON_NAME', [
    ['Per my call with Laura Doe this morning.', 'Laura Doe'],
    ['Please call Klaus at the front desk tomorrow.', 'Klaus'],
    ['Please email Ingrid the signed copy.', 'Ingrid'],
    ['Marie said the draft is fine.', 'Marie'],
    ['I think Grace wrote most of it.', 'Grace'],
    ['Hi Siobhán O’Brien, thanks!', 'Siobhán O’Brien'],
    ['Dear Chinedu Okonkwo,', 'Chinedu Okonkwo'],
    ['Regards,\nMehmet Yılmaz', 'Mehmet Yılmaz'],
    ['Escalated by Zhang Wei from the billing team.', 'Zhang Wei'],
    // A title belongs to the name it introduces.
    ['Mr. Ó Súilleabháin asked about it.', 'Mr. Ó Súilleabháin'],
    ['Dr. Eleni Papadopoulou will present.', 'Dr. Eleni Papadopoulou'],
    ['Bjørn Sørensen approved the budget.', 'Bjørn Sørensen'],
    ['I met João da Silva in Lisbon.', 'João da Silva'],
    ['Thanks Anne-Marie Lefèvre for the notes.', 'Anne-Marie Lefèvre'],
    ['Okonkwo from accounting confirmed.', 'Okonkwo'],
  ]);
  cases('STREET_ADDRESS', [
    [
      'Ship to 1600 Pennsylvania Ave NW, Washington, DC 20500 today.',
      '1600 Pennsylvania Ave NW, Washington, DC 20500',
    ],
    ['Office: 221B Baker Street, London NW1 6XE.', '221B Baker Street, London NW1 6XE'],
    ['Send it to 3622 Maple Drive, Denver, CO 80202.', '3622 Maple Drive, Denver, CO 80202'],
    [
      'Billing: 350 Fifth Avenue, Suite 4200, New York, NY 10118',
      '350 Fifth Avenue, Suite 4200, New York, NY 10118',
    ],
    ['The depot postcode is EH1 1YZ.', 'EH1 1YZ'],
  ]);
  cases('CREDIT_CARD', [
    ['Card 4111 1111 1111 1111 was used.', '4111 1111 1111 1111'],
    ['Card 4111-1111-1111-1111 was used.', '4111-1111-1111-1111'],
    ['Card 5197583692755108 was used.', '5197583692755108'],
    ['Amex 3782 822463 10005 on file', '3782 822463 10005'],
  ]);
  cases('IBAN', [
    ['IBAN GB82WEST12345698765432 please', 'GB82WEST12345698765432'],
    ['IBAN DE89 3704 0044 0532 0130 00.', 'DE89 3704 0044 0532 0130 00'],
    ['Account FR14 2004 1010 0505 0001 3M02 606', 'FR14 2004 1010 0505 0001 3M02 606'],
    ['NO93 8601 1117 947 is Norwegian', 'NO93 8601 1117 947'],
  ]);
  cases('US_SSN', [
    ['SSN 474-27-6439 on file', '474-27-6439'],
    ['Social security number: 432 11 8765', '432 11 8765'],
    ['SSN: 219099999.', '219099999'],
  ]);
  cases('IP_ADDRESS', [
    ['From 26.10.244.58 overnight', '26.10.244.58'],
    ['Whitelisted 2001:db8:85a3::8a2e:370:7334.', '2001:db8:85a3::8a2e:370:7334'],
    ['Full 2001:0db8:0000:0000:0000:ff00:0042:8329 here', '2001:0db8:0000:0000:0000:ff00:0042:8329'],
    ['Mapped ::ffff:192.0.2.128 blocked', '::ffff:192.0.2.128'],
    ['Link-local fe80::1ff:fe23:4567:890a seen', 'fe80::1ff:fe23:4567:890a'],
  ]);
  cases('URL', [
    ['See https://wiki.acme-corp.io/tickets/19765 for more.', 'https://wiki.acme-corp.io/tickets/19765'],
    ['Signed copy at www.acme-corp.io/contracts/42.', 'www.acme-corp.io/contracts/42'],
    ['(http://intranet.example.org/hr?id=7)', 'http://intranet.example.org/hr?id=7'],
  ]);
  cases('DATE_OF_BIRTH', [
    ['Date of birth: 1990-12-10.', '1990-12-10'],
    ['Patient DOB 08/03/1957, seen today', '08/03/1957'],
    ['She was born on March 8, 1981 in Cork.', 'March 8, 1981'],
    ['Birthday: 22.11.1985', '22.11.1985'],
    ['His date of birth is 5th of May, 1992.', '5th of May, 1992'],
  ]);
});

describe('scanText leaves ordinary business text alone', () => {
  it.each([
    'Please call Support on Monday.',
    'Please email Finance the report.',
    'We will phone Acme tomorrow.',
  ])('does not take a team or company after "call"/"email"/"phone" for a person: %s', (text) =>
    expect(scanText(text).findings).toEqual([]),
  );

  it.each([
    'Invoice INV-2024-0042 totals $1,250.00 and is due on net 30 terms.',
    'Order 7781-2290 was refunded in full. Order #55123 shipped.',
    'Ticket #48213 is now closed.',
    'The migration to version 10.2.3 finished at 04:00 with no errors.',
    'Upgrade to version 2.14.1.3 before Friday.',
    'The SLA target is 99.95% uptime; churn fell to 1.9%.',
    'Please review the attached draft before the 14:30 meeting.',
    'Q3 revenue grew 12% against plan; Q4 looks better.',
    'We shipped 1,204 units in week 37 of 2024.',
    'Thanks for your patience while we looked into this. Please call Monday.',
    'Acme Corp, Globex Inc and Initech LLC signed in January.',
    'Meeting moved to Wednesday, 10:30–11:15 CET, Room 4B.',
    'Deadline: 2024-06-30. Renewal date 01/07/2025.',
    'Premium costs €49.99 per seat; Enterprise is quoted on request.',
    'Hi team, Dear Customer, Regards, The Northwind Support Team',
    'The new Microsoft Teams rollout reached 85% of staff.',
    'Grace Period for renewals ends on 15 July.',
  ])('flags nothing in %j', (text) => {
    expect(scanText(text).findings).toEqual([]);
  });
});

describe('scanText output', () => {
  it('redacts each finding as [TYPE], sorted and disjoint', () => {
    const text = 'Hi Laura Doe, mail david.miller@example.com or call (937) 499-4430.';
    const { findings, redacted } = scanText(text);
    expect(redacted).toBe('Hi [PERSON_NAME], mail [EMAIL] or call [PHONE].');
    expect(findings.map((f) => f.type)).toEqual(['PERSON_NAME', 'EMAIL', 'PHONE']);
  });

  it('prefers the longer, more specific finding when detectors overlap', () => {
    const text = 'IBAN DE89 3704 0044 0532 0130 00 and mail laura.doe@example.com.';
    const { findings } = scanText(text);
    expect(findings.map((f) => f.type)).toEqual(['IBAN', 'EMAIL']);
  });

  it('returns the text unchanged when there is nothing to redact', () => {
    expect(scanText('')).toEqual({ findings: [], redacted: '' });
    expect(scanText('Nothing personal here.').redacted).toBe('Nothing personal here.');
  });
});
