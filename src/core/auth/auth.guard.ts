import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { isUUID } from 'class-validator';
import { ForbiddenError, UnauthenticatedError } from '../errors/domain-error';
import { IS_PUBLIC, RequestWithPrincipal, requestOf, ROLES } from './decorators';
import { PrincipalCache } from './principal-cache';
import { Principal, Role } from './roles';
import { TokenService } from './token.service';

/**
 * Global guard: every resolver, field resolver and route needs a valid bearer token unless it
 * is marked @Public(); @Roles() narrows it further. The token only names the user and its
 * session version: role and organisation are the user's current ones (PrincipalCache), so a
 * demotion, a move, a deletion or a sign-out everywhere applies to the next request.
 * Public operations ignore the Authorization header entirely (a stale token cannot block a
 * login) and cost no database read. The principal is resolved once per request.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  /** Root fields of one request are guarded in parallel: they share one authentication. */
  private readonly pending = new WeakMap<RequestWithPrincipal, Promise<Principal>>();

  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly access: PrincipalCache,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const req = requestOf(context);
    if (!req.principal) {
      let pending = this.pending.get(req);
      if (!pending) {
        pending = this.authenticate(req);
        this.pending.set(req, pending);
      }
      req.principal = await pending;
    }
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    if (roles && !roles.includes(req.principal.role))
      throw new ForbiddenError('ROLE_NOT_ALLOWED', `This operation is for ${roles.join(' or ')} users`);
    return true;
  }

  private async authenticate(req: RequestWithPrincipal): Promise<Principal> {
    const header = req.headers.authorization;
    const value = Array.isArray(header) ? header[0] : header;
    if (!value) throw new UnauthenticatedError('NO_TOKEN', 'Sign in first: a bearer token is required');
    const match = /^Bearer\s+(\S+)$/i.exec(value);
    if (!match) throw new UnauthenticatedError('INVALID_TOKEN', 'Authorization must be "Bearer <token>"');
    const claims = await this.tokens.verify(match[1]);
    if (!isUUID(claims.userId)) throw new UnauthenticatedError();
    const current = await this.access.get(claims.userId);
    if (!current)
      throw new UnauthenticatedError('ACCOUNT_CLOSED', 'This account no longer exists; sign in again');
    if (current.tokenVersion !== claims.tokenVersion)
      throw new UnauthenticatedError('TOKEN_REVOKED', 'This token was signed out; sign in again');
    return { userId: claims.userId, role: current.role, organizationId: current.organizationId };
  }
}
