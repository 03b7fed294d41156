import { Inject, Injectable } from '@nestjs/common';
import { errors, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { UnauthenticatedError } from '../errors/domain-error';

const ISSUER = 'fairsample';
const AUDIENCE = 'fairsample-api';
/** Only this algorithm is accepted: `alg: none` or an RS/HS swap is refused by jose. */
const ALGORITHM = 'HS256';
/** Clocks of issuing instances may differ this much; an `iat` further in the future is refused. */
export const CLOCK_SKEW_SECONDS = 30;
/**
 * A verified token is remembered this long (never past its expiry), so a client's requests do not
 * each recompute the HMAC and re-parse the claims. Safe: the claims only name the user and the
 * session version, and the guard compares that version with the user's current one on every
 * request, so a sign-out everywhere still refuses a remembered token at once.
 */
export const VERIFIED_TTL_MS = 60_000;
const MAX_VERIFIED = 10_000;

/** Who a verified token names; role and organisation are read from the database, not the token. */
export interface TokenClaims {
  userId: string;
  tokenVersion: number;
}

@Injectable()
export class TokenService {
  private readonly key: Uint8Array;
  /** Token string → its claims and until when they may be reused (ms since the epoch). */
  private readonly verified = new Map<string, { claims: TokenClaims; until: number }>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.key = new TextEncoder().encode(config.jwtSecret);
  }

  sign(claims: TokenClaims): Promise<string> {
    return new SignJWT({ ver: claims.tokenVersion })
      .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
      .setSubject(claims.userId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${this.config.jwtTtlSeconds}s`)
      .sign(this.key);
  }

  async verify(token: string): Promise<TokenClaims> {
    const now = Date.now();
    const hit = this.verified.get(token);
    if (hit && hit.until > now) return hit.claims;
    const { claims, expiresAt } = await this.verifySignature(token);
    if (this.verified.size >= MAX_VERIFIED) {
      for (const [t, e] of this.verified) if (e.until <= now) this.verified.delete(t);
      if (this.verified.size >= MAX_VERIFIED) this.verified.clear();
    }
    // Until the expiry jose would still accept (it allows CLOCK_SKEW_SECONDS), at most the TTL.
    this.verified.set(token, {
      claims,
      until: Math.min(now + VERIFIED_TTL_MS, (expiresAt + CLOCK_SKEW_SECONDS) * 1000),
    });
    return claims;
  }

  private async verifySignature(token: string): Promise<{ claims: TokenClaims; expiresAt: number }> {
    let payload: JWTPayload & { ver?: unknown };
    try {
      ({ payload } = await jwtVerify(token, this.key, {
        algorithms: [ALGORITHM],
        issuer: ISSUER,
        audience: AUDIENCE,
        requiredClaims: ['sub', 'exp', 'iat'],
        clockTolerance: CLOCK_SKEW_SECONDS,
      }));
    } catch (error) {
      if (error instanceof errors.JWTExpired)
        throw new UnauthenticatedError('TOKEN_EXPIRED', 'The token has expired; sign in again');
      throw new UnauthenticatedError('INVALID_TOKEN', 'The bearer token is not valid');
    }
    const version = payload.ver ?? 0; // tokens issued before versions existed count as version 0
    if (
      typeof payload.sub !== 'string' ||
      typeof payload.iat !== 'number' ||
      typeof payload.exp !== 'number' ||
      payload.iat > Date.now() / 1000 + CLOCK_SKEW_SECONDS ||
      typeof version !== 'number' ||
      !Number.isSafeInteger(version)
    )
      throw new UnauthenticatedError('INVALID_TOKEN', 'The bearer token is not valid');
    return { claims: { userId: payload.sub, tokenVersion: version }, expiresAt: payload.exp };
  }
}
