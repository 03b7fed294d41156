import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import type { AppConfig } from '../../core/config/app-config';
import { APP_CONFIG } from '../../core/config/config.module';
import { dummyPasswordHash, hashPassword, verifyPassword } from '../../core/auth/passwords';
import { Principal, Role } from '../../core/auth/roles';
import { TokenService } from '../../core/auth/token.service';
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

const SELF_SERVICE = new Set([Role.REQUESTER, Role.CONTRACTOR]);

@Injectable()
export class AccountsService implements OnApplicationBootstrap {
  private readonly logger = new Logger(AccountsService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tokens: TokenService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** ADMIN_EMAIL + ADMIN_PASSWORD: the bootstrap admin exists (created or updated) after start. */
  async onApplicationBootstrap(): Promise<void> {
    const { adminEmail, adminPassword } = this.config;
    if (!adminEmail || !adminPassword) return;
    const passwordHash = await hashPassword(adminPassword);
    await this.db.query(
      `INSERT INTO users (email, password_hash, display_name, role) VALUES ($1, $2, 'Administrator', 'ADMIN')
       ON CONFLICT (email) DO UPDATE SET password_hash = EXCLUDED.password_hash, role = 'ADMIN',
         organization_id = NULL, updated_at = now()`,
      [adminEmail, passwordHash],
    );
    this.logger.log(`bootstrap admin ${adminEmail} is ready`);
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
    return { token: await this.tokens.sign(principalOf(user)), user };
  }

  async login(email: string, password: string): Promise<{ token: string; user: UserEntity }> {
    const user = await this.db.getRepository(UserEntity).findOneBy({ email: email.trim().toLowerCase() });
    // Same work whether or not the email exists, so timing does not reveal accounts.
    const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
    if (!user || !ok) throw badCredentials();
    return { token: await this.tokens.sign(principalOf(user)), user };
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

  async findByIdOrThrow(id: string): Promise<UserEntity> {
    const user = await this.db.getRepository(UserEntity).findOneBy({ id });
    if (!user) throw new NotFoundError('User', id);
    return user;
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

export function principalOf(u: UserEntity): Principal {
  return { userId: u.id, role: u.role, organizationId: u.organizationId };
}
