import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { typesFound } from '../privacy.service';
import type { PiiScanResult, PiiType } from '../scanner';

/** The scanner's string union as a GraphQL enum; the mapped type keeps the two in step. */
export const PiiTypeEnum: { readonly [T in PiiType]: T } = {
  EMAIL: 'EMAIL',
  PHONE: 'PHONE',
  PERSON_NAME: 'PERSON_NAME',
  STREET_ADDRESS: 'STREET_ADDRESS',
  CREDIT_CARD: 'CREDIT_CARD',
  IBAN: 'IBAN',
  US_SSN: 'US_SSN',
  IP_ADDRESS: 'IP_ADDRESS',
  URL: 'URL',
  DATE_OF_BIRTH: 'DATE_OF_BIRTH',
};
registerEnumType(PiiTypeEnum, { name: 'PiiType', description: 'A kind of personal data the scan finds' });

@ObjectType('PiiFinding', {
  description: 'One span of personal data: offsets into the scanned text in UTF-16 code units, end exclusive',
})
export class PiiFindingModel {
  @Field(() => PiiTypeEnum) type: PiiType;
  @Field(() => Int) start: number;
  @Field(() => Int) end: number;
}

@ObjectType('PiiScan')
export class PiiScanModel {
  @Field(() => [PiiFindingModel], { description: 'Sorted by start; never overlapping' })
  findings: PiiFindingModel[];
  @Field({ description: 'The text with each finding replaced by [TYPE], e.g. [EMAIL]' })
  redacted: string;
  @Field(() => [PiiTypeEnum], { description: 'The distinct types found, in enum order' })
  typesFound: PiiType[];

  static from(r: PiiScanResult): PiiScanModel {
    return {
      findings: r.findings.map(({ type, start, end }) => ({ type, start, end })),
      redacted: r.redacted,
      typesFound: typesFound(r.findings),
    };
  }
}
