import { Field, ObjectType } from '@nestjs/graphql';
import { ConsentRow, ConsentTermsRow } from '../consent.service';

@ObjectType('ConsentTerms')
export class ConsentTermsModel {
  @Field() version: string;
  @Field() text: string;
  @Field(() => [String]) purposes: string[];
  @Field() publishedAt: Date;

  static from(r: ConsentTermsRow): ConsentTermsModel {
    return { version: r.version, text: r.text, purposes: r.purposes, publishedAt: r.publishedAt };
  }
}

@ObjectType('Consent')
export class ConsentModel {
  @Field() termsVersion: string;
  @Field(() => [String]) purposes: string[];
  @Field() givenAt: Date;
  @Field(() => Date, { nullable: true }) withdrawnAt: Date | null;

  static from(r: ConsentRow): ConsentModel {
    return {
      termsVersion: r.termsVersion,
      purposes: r.purposes,
      givenAt: r.givenAt,
      withdrawnAt: r.withdrawnAt,
    };
  }
}
