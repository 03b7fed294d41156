import { currencyExponent } from '../../core/money/currencies';
import { divRoundHalfUp } from '../../core/money/money';
import type { TaskSampleStats } from '../submissions/submissions.module';
import type { TaskEntity } from '../tasks/tasks.module';

export interface DataCardInput {
  task: TaskEntity;
  stats: TaskSampleStats;
  terms: { version: string; text: string; purposes: string[] } | null;
  withdrawnNotices: number;
  scanner: { version: string; gate: { recall: number; perTypeRecall: number; precision: number } };
  generatedAt: Date;
}

/** Minor units as a decimal amount in the currency's own exponent (no floats). */
export function formatMinor(minor: bigint, currency: string): string {
  const exponent = currencyExponent(currency);
  const negative = minor < 0n;
  const digits = (negative ? -minor : minor).toString().padStart(exponent + 1, '0');
  const major = exponent ? `${digits.slice(0, -exponent)}.${digits.slice(-exponent)}` : digits;
  return `${negative ? '-' : ''}${major} ${currency}`;
}

const table = (head: string[], rows: (string | number)[][]): string =>
  rows.length
    ? [
        `| ${head.join(' | ')} |`,
        `|${head.map(() => '---').join('|')}|`,
        ...rows.map((r) => `| ${r.join(' | ')} |`),
      ].join('\n')
    : '_none_';

/** Markdown cells and headings from requester-written text: no table breaks, no raw HTML. */
const cell = (s: string): string => s.replace(/[|\\<>`]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');

/**
 * The data card of a task's export ("Datasheets for Datasets" questions), with a section answering
 * the EU AI Act training-content summary and California AB 2013. Figures are measured from the
 * stored samples at the time it is generated.
 */
export function renderDataCard(d: DataCardInput): string {
  const { task, stats } = d;
  const price = formatMinor(task.pricePerSample, task.currency);
  const hourly =
    stats.medianMinutes && stats.medianMinutes > 0
      ? formatMinor(divRoundHalfUp(task.pricePerSample * 60n, BigInt(stats.medianMinutes)), task.currency)
      : 'not measured yet';
  const pii = table(
    ['Personal-data type found (then redacted)', 'Samples'],
    stats.piiTypes.map((p) => [p.type, p.samples]),
  );
  const countries = table(
    ['Contributor country', 'Samples'],
    stats.countries.map((c) => [c.countryCode, c.samples]),
  );
  return `# Data card — ${cell(task.title)}

Task \`${task.id}\`, generated ${d.generatedAt.toISOString()}. Everything below describes the
export \`GET /exports/tasks/${task.id}.jsonl\` as it is at that time.

## Motivation
- **Why was the dataset created?** Collected by the requesting organisation for the purposes
  the contributors consented to: ${task.purposes.join(', ')}.
- **Who created it and who funded it?** The task's organisation (\`${task.organizationId}\`) posted
  and funded the task on Fairsample; each sample was paid for.

## Composition
- **Instances:** ${stats.stillConsented} accepted work samples still under consent (of
  ${stats.accepted} ever accepted), one text document each, by ${stats.contributors} contributors.
- **Artifact kind:** ${task.artifactKind}; **profession (SOC 2018):** ${task.professionCode}; tier ${task.tier}.
- **Languages requested:** ${(task.eligibility?.languages ?? []).join(', ') || 'any'}.

${countries}

- **Personal data:** every sample was scanned and redacted before any requester saw it; the
  original text never leaves the platform. Types found and replaced:

${pii}

- **Identities:** contributors appear only under a pseudonym per organisation; no names,
  e-mail addresses or user ids are exported.

## Collection process and pay
- Contributors are professionals who claimed the task and wrote the sample themselves, each
  attesting it is their own work and that they hold the right to share it.
- **Price paid per accepted sample:** ${price} (locked at publication from rate table
  ${task.rateTableVersion}); estimated effort ${task.estimatedMinutes} minutes.
- **Measured effort:** median ${stats.medianMinutes ?? 'n/a'} minutes from claim to submission,
  i.e. an effective hourly pay of ${hourly}.
- **Total paid to contributors:** ${formatMinor(BigInt(stats.paidMinor), task.currency)}.

## Preprocessing: redaction
- Method: rule- and lexicon-based personal-data scanner \`${d.scanner.version}\` (e-mail, phone,
  names, street addresses, card and IBAN numbers with checksums, US SSN, IP addresses, URLs,
  dates of birth); each finding is replaced by its type in brackets.
- Measured quality on the labelled evaluation corpus (release gate of every scanner version):
  recall >= ${d.scanner.gate.recall} overall and >= ${d.scanner.gate.perTypeRecall} per type,
  precision >= ${d.scanner.gate.precision}. Scanner versions in this export: ${stats.scannerVersions.join(', ') || 'n/a'}.
- Residual risk: no scanner finds everything; report anything missed so it can be withdrawn.

## Consent, withdrawal and retention
- **Consent terms:** version ${task.consentTermsVersion}; purposes: ${task.purposes.join(', ')}.
  Each line of the export carries the exact terms, purposes and retention it was given under.
- **Retention:** ${task.retentionDays} days from submission.
- **Withdrawals:** ${d.withdrawnNotices} samples of this task were withdrawn by their contributors
  (${stats.erased} already erased). Withdrawn samples are absent from every export made after the
  withdrawal; poll \`withdrawalNotices\` and delete copies you exported before.

## Licensing and ownership
- Each contributor attested, per sample, that it is their own work and that they hold the right
  to share it; use is licensed to the organisation only for the consented purposes and retention.
- The samples are not purchased from third parties, scraped, or taken from public datasets.

## Regulatory summary (EU AI Act training-content summary; California AB 2013)
| Question | Answer |
|---|---|
| Sources of the data | Original work samples written by consenting professionals for this task, collected on Fairsample |
| Owner of the data / rights holder | The contributors, who attested their right to share; licensed to the organisation for ${task.purposes.join(', ')} |
| Data purchased or licensed | Licensed from each contributor against payment of ${price} per accepted sample |
| Number of data points | ${stats.stillConsented} samples (text) |
| Types of data points | ${task.artifactKind} documents in profession ${task.professionCode} |
| Personal information | Redacted before delivery (types above); contributors pseudonymised |
| Copyright / intellectual property | Contributors' own work, shared under attestation; no third-party works knowingly included |
| Collection period | Task published ${task.publishedAt?.toISOString() ?? 'not yet'}${task.endedAt ? `, ended ${task.endedAt.toISOString()}` : ''} |
| Processing or modification | Personal-data redaction (\`${d.scanner.version}\`); human review and acceptance |
| Synthetic data | None generated by the platform |
| Data protection | Consent per GDPR Art. 6(1)(a)/7, withdrawable at any time; erasure within 30 days of withdrawal |
`;
}
