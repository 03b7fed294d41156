import { Injectable } from '@nestjs/common';
import { Role } from './roles';

/** What the guard needs to know about a user right now. */
export interface CurrentAccess {
  role: Role;
  organizationId: string | null;
  tokenVersion: number;
}

/** Reads a user's current access by primary key; null when the user no longer exists. */
export type AccessLoader = (userId: string) => Promise<CurrentAccess | null>;

/** How long a user's access is reused without reading it again (per process). */
export const ACCESS_TTL_MS = 3000;
const MAX_ENTRIES = 10_000;

/**
 * Users' current role, organisation and token version, cached a few seconds in this process so a
 * request costs at most one primary-key read. The code that changes a user calls invalidate(), so
 * in this process a change applies to the very next request; other processes see it within
 * ACCESS_TTL_MS. The accounts module registers the loader (it owns the users table).
 */
@Injectable()
export class PrincipalCache {
  private loader?: AccessLoader;
  private readonly entries = new Map<string, { access: CurrentAccess; expiresAt: number }>();
  private readonly inFlight = new Map<string, Promise<CurrentAccess | null>>();
  /** Bumped by every invalidation, so a read that raced one is not stored. */
  private generation = 0;

  setLoader(loader: AccessLoader): void {
    this.loader = loader;
  }

  async get(userId: string): Promise<CurrentAccess | null> {
    const hit = this.entries.get(userId);
    if (hit && hit.expiresAt > Date.now()) return hit.access;
    // Concurrent requests of one user share one read when the entry is missing or expired.
    let pending = this.inFlight.get(userId);
    if (!pending) {
      pending = this.load(userId).finally(() => {
        if (this.inFlight.get(userId) === pending) this.inFlight.delete(userId);
      });
      this.inFlight.set(userId, pending);
    }
    return pending;
  }

  /** Call after changing a user's role, organisation, token version, or deleting them. */
  invalidate(userId: string): void {
    this.generation++;
    this.entries.delete(userId);
    this.inFlight.delete(userId); // a read started before the change must not serve later requests
  }

  private async load(userId: string): Promise<CurrentAccess | null> {
    if (!this.loader) throw new Error('No access loader registered (AccountsModule not loaded)');
    const generation = this.generation;
    const access = await this.loader(userId);
    const now = Date.now();
    if (access && generation === this.generation) {
      if (this.entries.size >= MAX_ENTRIES) this.evictExpired(now);
      if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
      this.entries.set(userId, { access, expiresAt: now + ACCESS_TTL_MS });
    } else if (!access) {
      this.entries.delete(userId);
    }
    return access;
  }

  private evictExpired(now: number): void {
    for (const [id, e] of this.entries) if (e.expiresAt <= now) this.entries.delete(id);
  }
}
