import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import type { AppConfig } from '../../core/config/app-config';
import { APP_CONFIG } from '../../core/config/config.module';
import { dummyPasswordHash, hashPassword, verifyPassword } from '../../core/auth/passwords';
import { CurrentAccess, PrincipalCache } from '../../core/auth/principal-cache';
import { Role } from '../../core/auth/roles';
import { TokenService } from '../../core/auth/token.service';
import { normalizeEmail } from '../../core/domain/text';
import { NotFoundError } from '../../core/errors/domain-error';
import {
  badCredentials,
  emailTaken,
  organizationNotAllowed,
  organizationRequired,
  roleNotSelfService,
} from './accounts.errors';
import { CreateUserInput, RegisterInput } from './dto/register.input';
import { OrganizationEntity } from './entities/organization.entity';
import { UserEntity } from './entities/user.entity';

export type UserProfile = Pick<UserEntity, 'id' | 'email' | 'displayName' | 'role' | 'organizationId'>;

const SELF_SERVICE = new Set([Role.REQUESTER, Role.CONTRACTOR]);

@Injectable()
export class AccountsService implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger(AccountsService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tokens: TokenService,
    private readonly access: PrincipalCache,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The guard reads every caller's current access through this (one primary-key read, cached). */
  onModuleInit(): void {
    this.access.setLoader((userId) => this.currentAccess(userId));
  }

  async currentAccess(userId: string): Promise<CurrentAccess | null> {
    const rows = await this.db.query<{ role: Role; organization_id: string | null; token_version: number }[]>(
      `SELECT role, organization_id, token_version FROM users WHERE id = $1`,
      [userId],
    );
    if (rows.length === 0) return null;
    const [u] = rows;
    return { role: u.role, organizationId: u.organization_id, tokenVersion: u.token_version };
  }

  /** ADMIN_EMAIL + ADMIN_PASSWORD: the bootstrap admin exists (created or updated) after start. */
  async onApplicationBootstrap(): Promise<void> {
    const { adminPassword } = this.config;
    if (!this.config.adminEmail || !adminPassword) return;
    const adminEmail = normalizeEmail(this.config.adminEmail);
    const passwordHash = await hashPassword(adminPassword);
    const [{ id }] = await this.db.query<{ id: string }[]>(
      `INSERT INTO users (email, password_hash, display_name, role) VALUES ($1, $2, 'Administrator', 'ADMIN')
       ON CONFLICT (email) DO UPDATE SET password_hash = EXCLUDED.password_hash, role = 'ADMIN',
         organization_id = NULL, updated_at = now()
       RETURNING id`,
      [adminEmail, passwordHash],
    );
    this.access.invalidate(id);
    this.logger.log({ userId: id }, 'bootstrap admin is ready'); // its id, not its e-mail: logs carry no personal data
  }

  async register(input: RegisterInput): Promise<{ token: string; user: UserEntity }> {
    if (!SELF_SERVICE.has(input.role)) throw roleNotSelfService(input.role);
    if (input.role === Role.REQUESTER && !input.organizationName)
      throw organizationRequired('organizationName');
    if (input.role !== Role.REQUESTER && input.organizationName)
      throw organizationNotAllowed('organizationName', input.role);
    const passwordHash = await hashPassword(input.password);
    const user = await this.db.transaction(async (tx) => {
      const organizationId =
        input.role === Role.REQUESTER
          ? (await tx.save(tx.create(OrganizationEntity, { name: input.organizationName! }))).id
          : null;
      return this.insertUser(tx, { ...input, passwordHash, organizationId });
    });
    return { token: await this.tokenFor(user), user };
  }

  /** `email` arrives normalised (LoginArgs), in the form registration stored. */
  async login(email: string, password: string): Promise<{ token: string; user: UserEntity }> {
    const user = await this.db.getRepository(UserEntity).findOneBy({ email });
    // Same work whether or not the email exists, so timing does not reveal accounts.
    const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
    if (!user || !ok) throw badCredentials();
    return { token: await this.tokenFor(user), user };
  }

  /** Re-authentication of a signed-in user before an irreversible step (an erasure request). */
  async passwordMatches(userId: string, password: string): Promise<boolean> {
    const user = await this.db.getRepository(UserEntity).findOneBy({ id: userId });
    return verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  }

  /** Every token of the user issued so far stops working (the next request is refused). */
  async signOutEverywhere(userId: string): Promise<void> {
    await this.db.query(
      `UPDATE users SET token_version = token_version + 1, updated_at = now() WHERE id = $1`,
      [userId],
    );
    this.access.invalidate(userId);
  }

  /**
   * Changes a user's role and organisation; their tokens act with the new ones from the next
   * request. The one place that changes access (admin tooling and later modules call it).
   */
  async changeAccess(userId: string, role: Role, organizationId: string | null): Promise<void> {
    const rows = await this.db.query<{ id: string }[]>(
      `UPDATE users SET role = $2, organization_id = $3, updated_at = now() WHERE id = $1 RETURNING id`,
      [userId, role, organizationId],
    );
    this.access.invalidate(userId);
    if (rows.length === 0) throw new NotFoundError('User', userId);
  }

  /** Deletes a user who owns nothing yet; their tokens are refused from the next request. */
  async deleteUser(userId: string): Promise<void> {
    const rows = await this.db.query<{ id: string }[]>(`DELETE FROM users WHERE id = $1 RETURNING id`, [
      userId,
    ]);
    this.access.invalidate(userId);
    if (rows.length === 0) throw new NotFoundError('User', userId);
  }

  /**
   * Erasure of a person (in the caller's transaction): e-mail, display name and password are
   * replaced by values derived from nothing personal, every token is revoked. The row and its id
   * stay, so ledger accounts, payouts and audit entries keep pointing at an opaque id. Call
   * `forget` after the transaction commits so the next request reads the erased account.
   */
  async eraseUser(tx: EntityManager, userId: string): Promise<{ role: Role }> {
    const [row] = await tx.query<{ role: Role }[]>(
      `WITH erased AS (UPDATE users SET email = 'erased-' || id || '@erased.invalid',
           display_name = 'Erased user', password_hash = '!erased', token_version = token_version + 1,
           updated_at = now()
         WHERE id = $1 RETURNING role)
       SELECT role FROM erased`,
      [userId],
    );
    this.access.invalidate(userId);
    if (!row) throw new NotFoundError('User', userId);
    return row;
  }

  /** Drops the cached access of a user whose account changed in a committed transaction. */
  forget(userId: string): void {
    this.access.invalidate(userId);
  }

  async createUser(input: CreateUserInput): Promise<UserEntity> {
    if (input.role === Role.REQUESTER && !input.organizationId) throw organizationRequired('organizationId');
    if (input.organizationId && input.role !== Role.REQUESTER && input.role !== Role.REVIEWER)
      throw organizationNotAllowed('organizationId', input.role);
    const passwordHash = await hashPassword(input.password);
    return this.db.transaction(async (tx) => {
      if (input.organizationId && !(await tx.existsBy(OrganizationEntity, { id: input.organizationId })))
        throw new NotFoundError('Organization', input.organizationId);
      return this.insertUser(tx, { ...input, passwordHash, organizationId: input.organizationId ?? null });
    });
  }

  private tokenFor(user: UserEntity): Promise<string> {
    return this.tokens.sign({ userId: user.id, tokenVersion: user.tokenVersion });
  }

  /** What a user may read about themselves: one primary-key read of just those columns. */
  async profileOrThrow(id: string): Promise<UserProfile> {
    // Plain SQL: building and hydrating the entity cost more than the read itself (`me` is hot).
    const rows = await this.db.query<
      { id: string; email: string; display_name: string; role: Role; organization_id: string | null }[]
    >(`SELECT id, email, display_name, role, organization_id FROM users WHERE id = $1`, [id]);
    if (rows.length === 0) throw new NotFoundError('User', id);
    const [u] = rows;
    return {
      id: u.id,
      email: u.email,
      displayName: u.display_name,
      role: u.role,
      organizationId: u.organization_id,
    };
  }

  private async insertUser(
    tx: EntityManager,
    u: {
      email: string;
      passwordHash: string;
      displayName: string;
      role: Role;
      organizationId: string | null;
    },
  ): Promise<UserEntity> {
    try {
      return await tx.save(
        tx.create(UserEntity, {
          email: u.email,
          passwordHash: u.passwordHash,
          displayName: u.displayName,
          role: u.role,
          organizationId: u.organizationId,
        }),
      );
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505')
        throw emailTaken();
      throw error;
    }
  }
}
