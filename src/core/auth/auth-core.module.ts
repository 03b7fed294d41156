import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from './auth.guard';
import { AuthRateLimitGuard } from './rate-limit.guard';
import { TokenService } from './token.service';

@Global()
@Module({
  providers: [TokenService, AuthRateLimitGuard, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [TokenService, AuthRateLimitGuard],
})
export class AuthCoreModule {}
