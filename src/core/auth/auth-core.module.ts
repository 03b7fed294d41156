import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from './auth.guard';
import { PrincipalCache } from './principal-cache';
import { AuthRateLimitGuard } from './rate-limit.guard';
import { TokenService } from './token.service';

@Global()
@Module({
  providers: [TokenService, PrincipalCache, AuthRateLimitGuard, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [TokenService, PrincipalCache, AuthRateLimitGuard],
})
export class AuthCoreModule {}
