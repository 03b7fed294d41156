import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Public, Roles } from '../../core/auth/decorators';
import { AuthRateLimitGuard } from '../../core/auth/rate-limit.guard';
import { Role } from '../../core/auth/roles';
import type { Principal } from '../../core/auth/roles';
import { AccountsService } from './accounts.service';
import { CreateUserInput, LoginArgs, RegisterInput } from './dto/register.input';
import { AuthPayloadModel, UserModel } from './dto/user.model';

@Resolver(() => UserModel)
export class AccountsResolver {
  constructor(private readonly accounts: AccountsService) {}

  @Public()
  @UseGuards(AuthRateLimitGuard)
  @Mutation(() => AuthPayloadModel)
  async register(@Args('input') input: RegisterInput): Promise<AuthPayloadModel> {
    const { token, user } = await this.accounts.register(input);
    return { token, user: UserModel.from(user) };
  }

  @Public()
  @UseGuards(AuthRateLimitGuard)
  @Mutation(() => AuthPayloadModel)
  async login(@Args() { email, password }: LoginArgs): Promise<AuthPayloadModel> {
    const { token, user } = await this.accounts.login(email, password);
    return { token, user: UserModel.from(user) };
  }

  @Mutation(() => Boolean, {
    description: "Revokes all of the caller's tokens, this one included; sign in again afterwards",
  })
  async signOutEverywhere(@CurrentUser() me: Principal): Promise<boolean> {
    await this.accounts.signOutEverywhere(me.userId);
    return true;
  }

  @Query(() => UserModel)
  async me(@CurrentUser() me: Principal): Promise<UserModel> {
    return UserModel.from(await this.accounts.profileOrThrow(me.userId));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => UserModel)
  async createUser(@Args('input') input: CreateUserInput): Promise<UserModel> {
    return UserModel.from(await this.accounts.createUser(input));
  }
}
