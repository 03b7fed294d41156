import { Inject, Injectable } from '@nestjs/common';
import { createHmac } from 'node:crypto';
import type { AppConfig } from '../../core/config/app-config';
import { APP_CONFIG } from '../../core/config/config.module';

/** Distinct label: the pseudonym key is derived from the token secret but never equals it. */
const KEY_LABEL = 'fairsample:contractor-pseudonym:v1';

/**
 * How requesters see a contractor: a stable name per organisation, a keyed HMAC of the
 * organisation and contractor ids. Without the server secret it cannot be reversed or linked
 * across organisations; it never carries an email, a name or a user id.
 */
@Injectable()
export class PseudonymsService {
  private readonly key: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.key = createHmac('sha256', config.jwtSecret).update(KEY_LABEL).digest();
  }

  of(organizationId: string, contractorId: string): string {
    const mac = createHmac('sha256', this.key).update(`${organizationId}:${contractorId}`).digest('hex');
    return `contributor-${mac.slice(0, 16)}`;
  }
}
