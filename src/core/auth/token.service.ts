import { Inject, Injectable } from '@nestjs/common';
import { errors, jwtVerify, SignJWT } from 'jose';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { UnauthenticatedError } from '../errors/domain-error';
import { Principal, Role } from './roles';

const ISSUER = 'fairsample';
const AUDIENCE = 'fairsample-api';
/** Only this algorithm is accepted: `alg: none` or an RS/HS swap is refused by jose. */
const ALGORITHM = 'HS256';

@Injectable()
export class TokenService {
  private readonly key: Uint8Array;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.key = new TextEncoder().encode(config.jwtSecret);
  }

  sign(p: Principal): Promise<string> {
    return new SignJWT({ role: p.role, org: p.organizationId })
      .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
      .setSubject(p.userId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${this.config.jwtTtlSeconds}s`)
      .sign(this.key);
  }

  async verify(token: string): Promise<Principal> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: [ALGORITHM],
        issuer: ISSUER,
        audience: AUDIENCE,
        requiredClaims: ['sub', 'exp', 'iat'],
      });
      const role = payload.role as Role;
      if (!Object.values(Role).includes(role) || typeof payload.sub !== 'string')
        throw new Error('bad claims');
      const org = payload.org;
      return { userId: payload.sub, role, organizationId: typeof org === 'string' ? org : null };
    } catch (error) {
      if (error instanceof errors.JWTExpired)
        throw new UnauthenticatedError('TOKEN_EXPIRED', 'The token has expired; sign in again');
      throw new UnauthenticatedError('INVALID_TOKEN', 'The bearer token is not valid');
    }
  }
}
