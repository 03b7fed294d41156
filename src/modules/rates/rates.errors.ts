import { BadInputError, ConflictError, DomainError, NotFoundError } from '../../core/errors/domain-error';
import { formatMinor, impliedHourlyRoundedDown, minimumBaseAmount } from './pricing';

interface RowKey {
  professionCode: string;
  artifactKind: string;
  tier: string;
  currency: string;
}
const describeKey = (k: RowKey) => `${k.professionCode} ${k.artifactKind} ${k.tier} ${k.currency}`;

export const versionExists = (version: string) =>
  new ConflictError('VERSION_EXISTS', `A rate table with version ${version} already exists`, {
    field: 'version',
    version,
  });

export const unknownProfessionInRow = (rowIndex: number, code: string) =>
  new BadInputError('UNKNOWN_PROFESSION', `rows[${rowIndex}].professionCode ${code} is not a SOC 2018 code`, {
    field: `rows.${rowIndex}.professionCode`,
    rowIndex,
  });

export const duplicateRow = (rowIndex: number, firstIndex: number, key: RowKey) =>
  new BadInputError(
    'DUPLICATE_RATE_ROW',
    `rows[${rowIndex}] repeats rows[${firstIndex}] (${describeKey(key)}): one row per profession, kind, tier and currency`,
    { field: `rows.${rowIndex}`, rowIndex, duplicateOf: firstIndex },
  );

export const belowHourlyFloor = (
  rowIndex: number,
  row: RowKey & { baseAmountMinor: bigint; estimatedMinutes: number },
  hourlyFloorMinor: bigint,
) => {
  const { currency, estimatedMinutes } = row;
  const implied = impliedHourlyRoundedDown(row.baseAmountMinor, estimatedMinutes);
  const minimum = minimumBaseAmount(hourlyFloorMinor, estimatedMinutes);
  return new BadInputError(
    'BELOW_HOURLY_FLOOR',
    `rows[${rowIndex}] (${describeKey(row)}) pays ${formatMinor(row.baseAmountMinor, currency)} for ` +
      `${estimatedMinutes} min, an implied ${formatMinor(implied, currency)}/h, below the hourly floor of ` +
      `${formatMinor(hourlyFloorMinor, currency)}/h; it needs at least ${formatMinor(minimum, currency)}`,
    {
      field: `rows.${rowIndex}.baseAmountMinor`,
      rowIndex,
      professionCode: row.professionCode,
      artifactKind: row.artifactKind,
      tier: row.tier,
      currency,
      // Numbers for the client; a base ≤ 10^12 keeps them far inside SafeInt.
      impliedHourlyMinor: Number(implied),
      hourlyFloorMinor: Number(hourlyFloorMinor),
      minimumBaseAmountMinor: Number(minimum),
    },
  );
};

export const unknownCurrency = (currency: string) =>
  new BadInputError(
    'UNKNOWN_CURRENCY',
    `${currency} is not an ISO 4217 currency code (write it in uppercase, e.g. USD)`,
    { field: 'currency' },
  );

export const noRateTable = () =>
  new DomainError('NOT_FOUND', 'NO_RATE_TABLE', 'No rate table has been published yet');

export const noRate = (k: RowKey, version: string, searched: string[]) =>
  new DomainError(
    'NOT_FOUND',
    'NO_RATE',
    `Rate table ${version} has no rate for ${k.artifactKind} ${k.tier} in ${k.currency} for ` +
      `${k.professionCode} or its groups (${searched.join(', ')})`,
    { rateTableVersion: version },
  );

export const rateTableNotFound = (version: string) => new NotFoundError('Rate table', version);
