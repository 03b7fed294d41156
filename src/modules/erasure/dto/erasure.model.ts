import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsUUID, Matches } from 'class-validator';

@ArgsType()
export class EraseContractorArgs {
  @Field(() => ID) @IsUUID('all', { message: 'userId must be a user id' }) userId: string;

  @Field({ description: 'Reference of the verified erasure request (ticket id), kept with the erasure' })
  @Matches(/^[A-Za-z0-9._:/-]{3,100}$/, {
    message: 'requestReference must be 3-100 letters, digits or . _ : / -',
  })
  requestReference: string;
}

@ObjectType('ContractorErasure', {
  description: 'An erasure carried out: the id stays, opaque, for the books; nothing personal remains',
})
export class ContractorErasureModel {
  @Field(() => ID) userId: string;
  @Field() requestReference: string;
  @Field(() => Int, { description: 'Samples whose content was erased' }) samplesErased: number;
  @Field() erasedAt: Date;
}
