import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenError, UnauthenticatedError } from '../errors/domain-error';
import { IS_PUBLIC, requestOf, ROLES } from './decorators';
import { Role } from './roles';
import { TokenService } from './token.service';

/**
 * Global guard: every resolver, field resolver and route needs a valid bearer token unless it
 * is marked @Public(); @Roles() narrows it further. The principal is cached on the request.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const req = requestOf(context);
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets);
    if (!req.principal) {
      const header = req.headers.authorization;
      const value = Array.isArray(header) ? header[0] : header;
      if (value) {
        const match = /^Bearer\s+(\S+)$/i.exec(value);
        if (!match) throw new UnauthenticatedError('INVALID_TOKEN', 'Authorization must be "Bearer <token>"');
        req.principal = await this.tokens.verify(match[1]);
      }
    }
    if (isPublic) return true;
    if (!req.principal)
      throw new UnauthenticatedError('NO_TOKEN', 'Sign in first: a bearer token is required');
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    if (roles && !roles.includes(req.principal.role))
      throw new ForbiddenError('ROLE_NOT_ALLOWED', `This operation is for ${roles.join(' or ')} users`);
    return true;
  }
}
