import { scanText } from './index';

/** Professional text with no personal data: product, company and place names, capitalised
 * headings, ticket ids, versions and file names. Redacting any of it as a person or an address
 * would destroy the sample, so this bounds over-redaction. */
const CLEAN_PROFESSIONAL_TEXT = [
  'The Sleek Cotton Bike ships from New Adolphus, Texas, and from Port Kailey.',
  'Visit West Sidney and South Elvera for the systems summit.',
  'The Q3 Business Review is scheduled for Thursday in the Lisbon office.',
  'We migrated Apache Kafka to version 3.6.1 and upgraded Node.js to 20.11.',
  'Please attach the file report_final_v2.pdf and the notes in README.md before the review.',
  'JIRA-1234 and OPS-778 are blocked on the Salesforce integration.',
  'Our partners at Globex Corporation and Initech shipped the Nimbus Gateway last week.',
  'Revenue from Northwind Traders grew 14% in EMEA; Contoso Pharma signed a two-year deal.',
  'Release Notes for Horizon Analytics 4.2 are on Confluence.',
  'The team flew from Buenos Aires to Kuala Lumpur for the Asia Pacific Summit.',
  'Customer Success Playbook, Section 4: Escalation Matrix',
  'Annual Leave Policy and Travel Expense Guidelines were updated.',
  'Deploy the hotfix to staging-eu-west-1 after the smoke tests in CircleCI pass.',
  'The Golden Gate Bridge and Table Mountain appear in the new brand campaign.',
  'Use the Stripe Dashboard to reconcile payouts for Blue Harbor Logistics.',
  'Quarterly Kickoff: Strategy, Hiring Plan and Budget Review',
  'We benchmarked PostgreSQL 16, Redis 7.2 and ClickHouse on the Graviton instances.',
  'Open the spreadsheet Budget2025.xlsx in the Finance shared drive.',
  'The Sunrise Bakery on Market Square sponsors the Riverside Marathon.',
  'Vertex Dynamics acquired Polaris Robotics for an undisclosed sum.',
  'Support for Windows Server 2016 ends in October; migrate to Ubuntu 22.04 LTS.',
  'The Red Lion and The Crown are the two pubs near Paddington Station.',
  'Acme Rocket Skates remain our best-selling product in North America.',
  'See section 2.3.1 of the Master Services Agreement for the Limitation of Liability clause.',
  'The Data Protection Impact Assessment was approved by the Steering Committee.',
  "Sprint 42 Retrospective: What Went Well, What Didn't, Action Items",
  'Tickets PAY-2201, PAY-2202 and AUTH-19 were merged into main.',
  'Our Frankfurt and Singapore regions run on Kubernetes 1.29.',
  'Mount Kilimanjaro Expeditions booked 40 rooms at the Hilton Garden Inn.',
  'Sterling Cooper Advertising pitched the Lucky Strike account.',
  'The Amazon Basin research grant from the Gates Foundation was renewed.',
  'Install python-dateutil 2.9.0 and run setup.py with the --user flag.',
  'The Pacific Northwest Ballet performs Swan Lake in Seattle this spring.',
  'Please rename config.yaml to settings.yml and bump the chart to 1.4.0-rc.2.',
  'Project Phoenix and Project Atlas were merged into the Unified Billing Platform.',
  'Tesla Model Y and Volvo XC40 are on the approved fleet list.',
  'The Louvre Abu Dhabi and Museo del Prado loaned pieces to the exhibition.',
  'Galaxy Tab S9 units were shipped to the Nairobi and Accra warehouses.',
  'Download the installer from the Downloads page and verify the SHA-256 checksum.',
  'Lotus Notes archives were exported to Microsoft Exchange Online.',
  'The Riverside Medical Center opened a new Cardiology Wing.',
  'Vanguard Total Stock Market Index Fund returned 9.4% last year.',
  'Grace Period for renewals ends on 15 July.',
  'Saint Petersburg and Rio de Janeiro host the next regional offsites.',
  'Ask the Platform Team about the Terraform state lock on prod-db-02.',
  'The Victoria Line and Jubilee Line were closed for engineering works.',
  'Mercury Insurance and Liberty Mutual both declined the claim.',
  'Employee Handbook v3.1 — Code of Conduct, Remote Work, Equipment',
  'The Open Source Program Office reviewed the MIT and Apache 2.0 licences.',
  'Koala Sleep and Casper Mattress sponsored the podcast.',
  'Bosch Rexroth supplies the hydraulic units to Volkswagen Wolfsburg.',
  'Check the Grafana panel named Latency Overview for the Tokyo cluster.',
  'The Maple Leaf Gardens arena was converted into a supermarket.',
  'Lufthansa Cargo and Emirates SkyCargo quoted for the Dubai shipment.',
  'Fix the NullPointerException in OrderService.java before the v5.0.0 tag.',
  'The Harvard Business Review article was shared in the Leadership Forum.',
  'Cape Town, Lagos and Nairobi are the pilot markets for Mobile Money.',
  'Atlas Copco compressors were delivered to the Gdansk shipyard.',
  'Reading List: Thinking Fast and Slow, Atomic Habits, Deep Work',
  'Open a ticket with Zendesk if the Okta login fails again.',
  'The Silver Birch Hotel in Inverness hosts the Highland Games dinner.',
  'Our Black Friday campaign on Instagram beat the Cyber Monday numbers.',
  'Fix JIRA-1234 and JIRA-1240 before the 4.2.0 release; see CHANGELOG.md.',
  'Download report_2024_final.xlsx and setup.py from the Engineering share.',
  'Upgrade from v2.3.1 to v2.4.0-beta.3 once the Helm chart 1.12 is out.',
  'Sales Kickoff Agenda: Welcome, Product Vision, Regional Breakouts, Awards Dinner',
  'The Berlin, Madrid and Warsaw offices follow the EU Travel Policy.',
  'Microsoft Teams, Google Meet and Zoom are the approved meeting tools.',
  'Quarterly Business Review — Northwind Traders — Prepared for the Steering Committee',
  'Lisbon Data Center maintenance window: Saturday 02:00–04:00 WET.',
];

describe('scanText on clean professional text', () => {
  it.each(CLEAN_PROFESSIONAL_TEXT)('finds no person or address in %j', (text) => {
    const found = scanText(text).findings.filter(
      (f) => f.type === 'PERSON_NAME' || f.type === 'STREET_ADDRESS',
    );
    expect(found.map((f) => `${f.type} ${text.slice(f.start, f.end)}`)).toEqual([]);
  });

  it('leaves file names, versions and ticket ids out of links and phones', () => {
    const text =
      'Run setup.py, open logo.ai and README.md; versions 10.2.3 and v1.2; ticket JIRA-1234; Node.js and ASP.NET.';
    expect(scanText(text).findings).toEqual([]);
  });
});
