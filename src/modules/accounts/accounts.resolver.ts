import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Public, Roles } from '../../core/auth/decorators';
import { AuthRateLimitGuard } from '../../core/auth/rate-limit.guard';
import { Role } from '../../core/auth/roles';
import type { Principal } from '../../core/auth/roles';
import { AccountsService } from './accounts.service';
import { CreateUserInput, RegisterInput } from './dto/register.input';
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
  async login(@Args('email') email: string, @Args('password') password: string): Promise<AuthPayloadModel> {
    const { token, user } = await this.accounts.login(email, password);
    return { token, user: UserModel.from(user) };
  }

  @Query(() => UserModel)
  async me(@CurrentUser() me: Principal): Promise<UserModel> {
    return UserModel.from(await this.accounts.findByIdOrThrow(me.userId));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => UserModel)
  async createUser(@Args('input') input: CreateUserInput): Promise<UserModel> {
    return UserModel.from(await this.accounts.createUser(input));
  }
}
