import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';

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

@ArgsType()
export class RequestErasureArgs {
  @Field({ description: "The contractor's password, re-entered: a session alone cannot ask for erasure" })
  @IsString()
  @MinLength(1, { message: 'password must not be empty' })
  @MaxLength(200, { message: 'password must be at most 200 characters' })
  password: string;
}

@ObjectType('ErasureRequest', {
  description: "A contractor's verified request to be erased; an admin carries it out by its due date",
})
export class ErasureRequestModel {
  @Field(() => ID) id: string;
  @Field(() => ID) userId: string;
  @Field({ description: 'VERIFIED (waiting for an admin) or COMPLETED' }) status: string;
  @Field({ description: 'How the request was verified: PASSWORD (re-entered when asking)' })
  verification: string;
  @Field() requestedAt: Date;
  @Field({ description: 'One month after the request: the latest the erasure is carried out' }) dueBy: Date;
  @Field(() => Date, { nullable: true }) completedAt: Date | null;
}
