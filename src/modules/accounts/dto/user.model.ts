import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../../../core/auth/roles';
import { UserEntity } from '../entities/user.entity';

@ObjectType('User')
export class UserModel {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field() displayName: string;
  @Field(() => Role) role: Role;
  @Field(() => ID, { nullable: true }) organizationId: string | null;

  static from(u: Pick<UserEntity, keyof UserModel>): UserModel {
    return {
      id: u.id,
      email: u.email,
      displayName: u.displayName,
      role: u.role,
      organizationId: u.organizationId,
    };
  }
}

@ObjectType('AuthPayload')
export class AuthPayloadModel {
  @Field() token: string;
  @Field(() => UserModel) user: UserModel;
}
