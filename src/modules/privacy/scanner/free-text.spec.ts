import { scanText, type PiiType } from './index';

/** Asserts `value` (first occurrence in `text`) is found whole, with exactly that type. */
function expectFound(text: string, type: PiiType, value: string): void {
  const start = text.indexOf(value);
  expect(start).toBeGreaterThanOrEqual(0);
  expect(scanText(text).findings).toContainEqual({ type, start, end: start + value.length });
}

function cases(title: string, type: PiiType, rows: Array<[string, string]>): void {
  it.each(rows)(`${title}: %j`, (text, value) => expectFound(text, type, value));
}

describe('names read from language, not only from lists', () => {
  cases('naming phrases', 'PERSON_NAME', [
    ['My name is Dagmar Nováková and I need a refund.', 'Dagmar Nováková'],
    ['Her maiden name is Okonjo.', 'Okonjo'],
    ["I'm Tomasz, the new tenant.", 'Tomasz'],
    ['He goes by Kwabena at work.', 'Kwabena'],
    ['The account is in the name of Jürgen Kleinschmidt.', 'Jürgen Kleinschmidt'],
    ["hey, it's Emiko here - can you call me?", 'Emiko'],
  ]);
  cases('form labels with any spacing', 'PERSON_NAME', [
    ['Name:     Rui Patrício', 'Rui Patrício'],
    ['Full name:\tOleksandr Shevchenko', 'Oleksandr Shevchenko'],
    ['Employee: Kwame Kim\nDepartment: Finance', 'Kwame Kim'],
    ['Applicant name: Oleksandr Shevchenko | Mobile: +971 50 191 8485', 'Oleksandr Shevchenko'],
    ['Director: Miloš Kovačević.', 'Miloš Kovačević'],
  ]);
  cases('addressing and sign-offs', 'PERSON_NAME', [
    ['Dear Xochitl,\nThank you.', 'Xochitl'],
    ['Hi Saoirse, quick question.', 'Saoirse'],
    ['Thanks, Kwabena', 'Kwabena'],
    ['Thanks so much, Liesbeth! See you.', 'Liesbeth'],
    ['Best regards,\nOyelaran Adebisi', 'Oyelaran Adebisi'],
    ['Signed,\nPrecious Mokoena\nHead of Procurement', 'Precious Mokoena'],
  ]);
  cases('a lone first name and unlisted names in context', 'PERSON_NAME', [
    ['Did Ingrid call back?', 'Ingrid'],
    ['The interview with Motoko Aramaki went well.', 'Motoko Aramaki'],
    ['Is Torstein Khumalo available tomorrow?', 'Torstein Khumalo'],
    ['Please send the documents to Sione Tui at the office.', 'Sione Tui'],
    ['Zhang mentioned that the contract expires in May.', 'Zhang'],
    ['Li Na (+86 138 0013 8000) will collect the keys.', 'Li Na'],
    ['Please loop in Ingrid Sørensen before Friday.', 'Ingrid Sørensen'],
    ['The property was inspected by Otieno.', 'Otieno'],
  ]);
  cases('capital-only form lines', 'PERSON_NAME', [
    ["NAME: JOHN O'CONNELL\nADDRESS: 77 HIGH STREET", "JOHN O'CONNELL"],
    ['Name: ALBERTO RUIZ, DOB: 1990-01-02', 'ALBERTO RUIZ'],
  ]);
  it.each(['Subject: URGENT ACTION REQUIRED for NORTHWIND TRADERS', 'PLEASE NOTE THE NEW OFFICE'])(
    'takes no person from capital-only business words: %j',
    (text) => expect(scanText(text).findings).toEqual([]),
  );
  cases('titles and post-nominals belong to the name', 'PERSON_NAME', [
    ['Contact Prof. Dr. Merve Lichtenhagen today', 'Prof. Dr. Merve Lichtenhagen'],
    ['Dear Dhr. Coen Janssen,', 'Dhr. Coen Janssen'],
    ['Bitte an Frau Schneider weiterleiten.', 'Frau Schneider'],
    ['Dr. Helen Ward PhD will chair the panel.', 'Dr. Helen Ward PhD'],
    ['Please send the documents to Mr. Alberto Ruiz at the office.', 'Mr. Alberto Ruiz'],
    ['Dear Mrs. Nkosi,', 'Mrs. Nkosi'],
    ['Signed by Carlos Mendoza Jr. yesterday.', 'Carlos Mendoza Jr.'],
  ]);

  it.each([
    'The Louvre Abu Dhabi and Museo del Prado loaned pieces.',
    'Saint Petersburg and Rio de Janeiro host the offsites.',
    'Bosch Rexroth supplies the units to Volkswagen Wolfsburg.',
    'We migrated Apache Kafka to version 3.6.1.',
    'Mount Kilimanjaro Expeditions booked 40 rooms.',
    'Spring 2024 Offering: Hyde Park pop-up, Covent Garden kiosk.',
    'Kind regards, The Northwind Traders Team',
    'He bought a tool called Terraform.',
  ])('keeps organisations, products and places apart: %j', (text) => {
    expect(scanText(text).findings.filter((f) => f.type === 'PERSON_NAME')).toEqual([]);
  });
});

describe('addresses as structures', () => {
  cases('a flat on its own line and town, postcode and country on the following lines', 'STREET_ADDRESS', [
    [
      'Flat 3\n27 Marlborough Road\nCheltenham\nGL50 2AB\nUnited Kingdom',
      'Flat 3\n27 Marlborough Road\nCheltenham\nGL50 2AB\nUnited Kingdom',
    ],
    [
      'Deliver to Flat 8, Mill House, 28 Church Lane, Bristol BS8 1QU today.',
      'Flat 8, Mill House, 28 Church Lane, Bristol BS8 1QU',
    ],
    ['at 45 Kingsway Rd, Apt 3, Leeds LS1 4AB.', '45 Kingsway Rd, Apt 3, Leeds LS1 4AB'],
    ['at 522 King Ct Flat 865, San Diego, CA 92101, USA.', '522 King Ct Flat 865, San Diego, CA 92101, USA'],
    ['Office: 131 Queen St, Melbourne VIC 3000, Australia', '131 Queen St, Melbourne VIC 3000, Australia'],
    ['HQ: 435 Rue Sainte-Catherine, Montréal, QC H3B 1A7', '435 Rue Sainte-Catherine, Montréal, QC H3B 1A7'],
  ]);
  cases('military and PO-box forms', 'STREET_ADDRESS', [
    ['Return address: PSC 4120, Box 2201, APO AE 09021', 'PSC 4120, Box 2201, APO AE 09021'],
    ['Unit 9151 Box 2189\nDPO AP 96989', 'Unit 9151 Box 2189\nDPO AP 96989'],
    ['USNS Comfort\nFPO AA 34091', 'USNS Comfort\nFPO AA 34091'],
    ['Mail P.O. Box 4471, Austin, TX 78701 please', 'P.O. Box 4471, Austin, TX 78701'],
  ]);
  cases('street name first, number after, street words of many languages', 'STREET_ADDRESS', [
    ['Send it to Storgata 12, 0155 Oslo please.', 'Storgata 12, 0155 Oslo'],
    ['Ship to Calle Luna 5, 28004 Madrid.', 'Calle Luna 5, 28004 Madrid'],
    ['Baker Street 221, London', 'Baker Street 221, London'],
    ['Via del Corso 112, 00186 Roma RM, Italy', 'Via del Corso 112, 00186 Roma RM, Italy'],
    ['ul. Marszałkowska 68/13, 00-950 Warszawa', 'ul. Marszałkowska 68/13, 00-950 Warszawa'],
    ['Rua Augusta, 1406 - Centro, São Paulo - SP', 'Rua Augusta, 1406 - Centro, São Paulo - SP'],
    ['Karl Johans gate 22, 0159 Oslo', 'Karl Johans gate 22, 0159 Oslo'],
    ['Kerkstraat 14, 1017 GA Amsterdam', 'Kerkstraat 14, 1017 GA Amsterdam'],
    ['Vesterbrogade 10, 1620 København V', 'Vesterbrogade 10, 1620 København'],
    ['Calle de Atocha 235, 3º B, 28012 Madrid', 'Calle de Atocha 235, 3º B, 28012 Madrid'],
    ['Am Markt 29, 04109 Leipzig', 'Am Markt 29, 04109 Leipzig'],
  ]);

  cases('streets without a street word where the text says an address follows', 'STREET_ADDRESS', [
    ['Address: Strnadova 772, 110 00 Praha', 'Strnadova 772, 110 00 Praha'],
    ['She lives at Šamačka 63, Hvar 21065.', 'Šamačka 63, Hvar 21065'],
    ['Ship to: szosa Czyż 33a, Sanok', 'szosa Czyż 33a, Sanok'],
  ]);
  cases('floors, stairs and flats of many countries', 'STREET_ADDRESS', [
    ['Adresse: Moltkestr. 65a, 5 OG, 45772 Gronau', 'Moltkestr. 65a, 5 OG, 45772 Gronau'],
    ['Østergade 77A, 3. th, 9690 Fjerritslev', 'Østergade 77A, 3. th, 9690 Fjerritslev'],
    ['Ship to Mannerheimintie 14 B 22, 00100 Helsinki', 'Mannerheimintie 14 B 22, 00100 Helsinki'],
  ]);
  cases('capital-only form lines', 'STREET_ADDRESS', [
    ["NAME: JOHN O'CONNELL\nADDRESS: 77 HIGH STREET, GALWAY H91 E2K3", '77 HIGH STREET, GALWAY H91 E2K3'],
  ]);

  it.each([
    'I moved to Berlin in 2019.',
    'Please send it to Room 12 tomorrow.',
    'We moved to Windows 11 last year.',
    'Meet me at Terminal 3, Heathrow.',
    "I've moved the review to Thursday at 14:30.",
    'Add 2 Hot Springs and 12 Green Fields to the tour.',
    'We shipped 40 Blue Lights and 3 Data Points today.',
  ])('takes no street from %j', (text) => {
    expect(scanText(text).findings.filter((f) => f.type === 'STREET_ADDRESS')).toEqual([]);
  });

  it('ends the town before everyday words', () => {
    expectFound(
      'The keys are at Avenida Colón 305, 63102 Murcia on Saturday.',
      'STREET_ADDRESS',
      'Avenida Colón 305, 63102 Murcia',
    );
  });
});

describe('phones, links and cards', () => {
  cases('local and glued phone forms', 'PHONE', [
    ['Call me on 469 2020 tonight', '469 2020'],
    ['Tel: 96 466712', '96 466712'],
    ['Office:781-618-4959-Fax', '781-618-4959'],
    ['Phone: 001-458-573-5975x1277', '001-458-573-5975x1277'],
    ['Mobile +1-797-365-5952x066 after 5', '+1-797-365-5952x066'],
    ['call back on 5096005638.', '5096005638'],
    ['Tel:+44 20 7946 0958', '+44 20 7946 0958'],
  ]);
  cases('European groupings and extensions', 'PHONE', [
    ['Call 55019500 now', '55019500'],
    ['reach me on 22-145-94-79', '22-145-94-79'],
    ['Mobil: +36 70/136-3576', '+36 70/136-3576'],
    ['Tél. 173 163-9752, poste 708', '173 163-9752, poste 708'],
    ['Emergency contact: Ama Owusu, 729 0232', '729 0232'],
  ]);
  it.each(['Deadline 12/05/2024 and ratio 3/4.', 'Invoice 0411063519 was paid.', 'Score 3/10 at 10.30'])(
    'takes no phone from %j',
    (text) => expect(scanText(text).findings.filter((f) => f.type === 'PHONE')).toEqual([]),
  );
  cases('links without a scheme', 'URL', [
    ['Check example.com/path for the form.', 'example.com/path'],
    ['See www.x.org, then reply.', 'www.x.org'],
    ['Status at status.fairsample.io/incidents (live).', 'status.fairsample.io/incidents'],
    ['Docs live on docs.acme.ai now.', 'docs.acme.ai'],
  ]);
  cases('12-digit Maestro cards', 'CREDIT_CARD', [
    ['Maestro 6759 0000 0000 works', '6759 0000 0000'],
    ['Maestro card 675900000000 expires 09/27', '675900000000'],
    ['paid with 5018 0000 0009', '5018 0000 0009'],
  ]);

  it.each([
    'Run setup.py and open logo.ai, then README.md and report.pdf.',
    'Upgrade to 10.2.3 or v1.2 on app.js.',
    'Order 675900000000 shipped.',
  ])('flags no link or card in %j', (text) => {
    expect(scanText(text).findings).toEqual([]);
  });
});
