import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Principal, Role } from './roles';

export const IS_PUBLIC = 'fairsample:public';
export const ROLES = 'fairsample:roles';

/** Opens a resolver or route to anonymous callers. Everything else requires a token. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Restricts a resolver to these roles (checked after authentication). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);

export interface RequestWithPrincipal {
  principal?: Principal;
  ip: string;
  headers: Record<string, string | string[] | undefined>;
  id?: string;
}

export function requestOf(context: ExecutionContext): RequestWithPrincipal {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: RequestWithPrincipal }>().req;
  }
  return context.switchToHttp().getRequest<RequestWithPrincipal>();
}

/** The authenticated caller; the guard guarantees it is present on non-public resolvers. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => {
  const principal = requestOf(context).principal;
  if (!principal) throw new Error('CurrentUser used on a public resolver');
  return principal;
});
