import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsDate } from 'class-validator';
import { Type } from 'class-transformer';
import { MoneyModel } from '../../../core/money/money';
import type { Amount, ReconciliationReport } from '../reconciliation.types';

@ObjectType('ReconciliationMismatch')
export class ReconciliationMismatchModel {
  @Field({
    description:
      'MISSING_AT_PROCESSOR, MISSING_IN_LEDGER, AMOUNT_MISMATCH, CURRENCY_MISMATCH, STATUS_MISMATCH or PENDING_UNSETTLED',
  })
  kind: string;
  @Field() reference: string;
  @Field(() => MoneyModel, { nullable: true }) ledgerAmount: MoneyModel | null;
  @Field(() => MoneyModel, { nullable: true }) processorAmount: MoneyModel | null;
  @Field({ description: 'What differs, in words' }) detail: string;
}

@ObjectType('ReconciliationReport')
export class ReconciliationReportModel {
  @Field() from: Date;
  @Field() to: Date;
  @Field(() => Int) matchedCount: number;
  @Field(() => [ReconciliationMismatchModel]) mismatches: ReconciliationMismatchModel[];

  static from(r: ReconciliationReport): ReconciliationReportModel {
    return {
      from: r.from,
      to: r.to,
      matchedCount: r.matchedCount,
      mismatches: r.mismatches.map((m) => ({
        kind: m.kind,
        reference: m.reference,
        ledgerAmount: money(m.ledger),
        processorAmount: money(m.processor),
        detail: m.detail,
      })),
    };
  }
}

/** A currency that is itself mismatched ("USD+EUR") is not a Money; its amount is shown unitless. */
function money(a: Amount | null): MoneyModel | null {
  return a && MoneyModel.of({ amountMinor: a.amount, currency: a.currency });
}

@ArgsType()
export class ReconciliationArgs {
  @Field() @Type(() => Date) @IsDate({ message: 'from must be a date-time' }) from: Date;
  @Field() @Type(() => Date) @IsDate({ message: 'to must be a date-time' }) to: Date;
}
