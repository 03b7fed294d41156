import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../core/audit/audit.module';
import { Principal } from '../../core/auth/roles';
import { withdrawalCovers } from './consent-withdrawn';
import {
  consentWithdrawn,
  noCurrentConsent,
  purposesNotCovered,
  termsVersionTaken,
  unknownTermsVersion,
} from './consent.errors';
import { ConsentTermsInput } from './dto/consent.input';

export interface ConsentTermsRow {
  version: string;
  text: string;
  purposes: string[];
  publishedAt: Date;
}

export interface ConsentRow {
  termsVersion: string;
  purposes: string[];
  givenAt: Date;
  withdrawnAt: Date | null;
}

export interface ConsentWithdrawalScope {
  termsVersion?: string | null;
  organizationId?: string | null;
  purpose?: string | null;
}

export interface ConsentWithdrawalRow {
  id: string;
  termsVersion: string | null;
  organizationId: string | null;
  purpose: string | null;
  withdrawnAt: Date;
}

const TERMS_COLUMNS = `version, text, purposes, published_at AS "publishedAt"`;
const CONSENT_COLUMNS = `terms_version AS "termsVersion", purposes, given_at AS "givenAt", withdrawn_at AS "withdrawnAt"`;

/**
 * Consent terms (published by admins, immutable — a trigger refuses any change) and what each
 * contractor agreed to. Withdrawing stamps the consent; nothing already earned is touched.
 */
@Injectable()
export class ConsentService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async publishTerms(me: Principal, input: ConsentTermsInput): Promise<ConsentTermsRow> {
    const rows = await this.db.query<ConsentTermsRow[]>(
      `INSERT INTO consent_terms (version, text, purposes, published_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (version) DO NOTHING RETURNING ${TERMS_COLUMNS}`,
      [input.version, input.text, input.purposes, me.userId],
    );
    if (!rows.length) throw termsVersionTaken(input.version);
    return rows[0];
  }

  listTerms(): Promise<ConsentTermsRow[]> {
    return this.db.query<ConsentTermsRow[]>(
      `SELECT ${TERMS_COLUMNS} FROM consent_terms ORDER BY published_at DESC, version DESC`,
    );
  }

  /**
   * Refuses (BAD_USER_INPUT naming the field) a version never published, or purposes it does not
   * cover. Used by task creation and by giveConsent.
   */
  async assertCovers(
    version: string,
    purposes: string[] | undefined,
    fields: { version: string; purposes: string },
    tx?: EntityManager,
  ): Promise<string[]> {
    const [terms] = await (tx ?? this.db.manager).query<{ purposes: string[] }[]>(
      `SELECT purposes FROM consent_terms WHERE version = $1`,
      [version],
    );
    if (!terms) throw unknownTermsVersion(version, fields.version);
    const extra = (purposes ?? []).filter((p) => !terms.purposes.includes(p));
    if (extra.length) throw purposesNotCovered(version, extra, fields.purposes);
    return terms.purposes;
  }

  /** The contractor's current (not withdrawn) consent to these terms, or null. */
  async current(userId: string, termsVersion: string, tx?: EntityManager): Promise<ConsentRow | null> {
    const [row] = await (tx ?? this.db.manager).query<ConsentRow[]>(
      `SELECT ${CONSENT_COLUMNS} FROM consents WHERE user_id = $1 AND terms_version = $2 AND withdrawn_at IS NULL`,
      [userId, termsVersion],
    );
    return row ?? null;
  }

  /**
   * The contractor's consent in force for work on a task of this organisation and purposes, in
   * the caller's transaction: null when there is none for the terms version, refused
   * (CONSENT_WITHDRAWN) when a later withdrawal of the organisation or a purpose covers the task.
   * The shared lock waits for a withdrawal being recorded (which takes it exclusively): the work
   * then sees the withdrawal, or the withdrawal sees the work and takes it back with the rest.
   */
  async inForceFor(
    tx: EntityManager,
    userId: string,
    task: { termsVersion: string; organizationId: string; purposes: string[] },
  ): Promise<ConsentRow | null> {
    await tx.query(`SELECT pg_advisory_xact_lock_shared(hashtextextended('consent:' || $1, 0))`, [userId]);
    const consent = await this.current(userId, task.termsVersion, tx);
    if (!consent) return null;
    const [{ withdrawn }] = await tx.query<{ withdrawn: boolean }[]>(
      `SELECT ${withdrawalCovers({
        userId: '$1::uuid',
        termsVersion: '$2::text',
        organizationId: '$3::uuid',
        purposes: '$4::text[]',
        since: '$5::timestamptz',
      })} AS withdrawn`,
      [userId, task.termsVersion, task.organizationId, task.purposes, consent.givenAt],
    );
    if (withdrawn) throw consentWithdrawn();
    return consent;
  }

  async give(me: Principal, termsVersion: string, purposes?: string[]): Promise<ConsentRow> {
    const covered = await this.assertCovers(termsVersion, purposes, {
      version: 'termsVersion',
      purposes: 'purposes',
    });
    return this.db.transaction(async (tx) => {
      // Serialises one contractor's consent changes: the current consent of a version is replaced
      // (the old row keeps its withdrawal time) without two racing calls both inserting.
      await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended('consent:' || $1, 0))`, [me.userId]);
      // clock_timestamp(), not now(): this transaction may have started before the one whose
      // consent it replaces, and a withdrawal must not precede the consent it ends.
      await tx.query(
        `UPDATE consents SET withdrawn_at = clock_timestamp()
         WHERE user_id = $1 AND terms_version = $2 AND withdrawn_at IS NULL`,
        [me.userId, termsVersion],
      );
      const [row] = await tx.query<ConsentRow[]>(
        `INSERT INTO consents (user_id, terms_version, purposes, given_at) VALUES ($1, $2, $3, clock_timestamp())
         RETURNING ${CONSENT_COLUMNS}`,
        [me.userId, termsVersion, purposes ?? covered],
      );
      await this.audit.append(tx, {
        actor: me,
        action: 'consent.given',
        subject: { type: 'contractor_consent', id: me.userId },
        after: { termsVersion: row.termsVersion, purposes: row.purposes },
      });
      return row;
    });
  }

  /**
   * Records a withdrawal in the caller's transaction: of every consent, or only of one terms
   * version, organisation or purpose. A withdrawal of whole consents (no organisation or purpose)
   * also ends them. Returns the withdrawal and the consent it concerns (the latest one ended, or
   * the latest one at all when it only narrows a consent that stays in force).
   */
  async recordWithdrawal(
    tx: EntityManager,
    userId: string,
    scope: ConsentWithdrawalScope,
    opts: { requireConsent: boolean } = { requireConsent: true },
  ): Promise<{ withdrawal: ConsentWithdrawalRow; consent: ConsentRow | null }> {
    // Serialises one contractor's consent changes (as give() does), so a withdrawal and a new
    // consent of the same version cannot interleave.
    await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended('consent:' || $1, 0))`, [userId]);
    const whole = !scope.organizationId && !scope.purpose;
    let consents: ConsentRow[];
    if (whole) {
      consents = await tx.query<ConsentRow[]>(
        `WITH ended AS (UPDATE consents SET withdrawn_at = clock_timestamp()
           WHERE user_id = $1 AND withdrawn_at IS NULL AND ($2::text IS NULL OR terms_version = $2)
           RETURNING ${CONSENT_COLUMNS})
         SELECT * FROM ended`,
        [userId, scope.termsVersion ?? null],
      );
    } else {
      consents = await tx.query<ConsentRow[]>(
        `SELECT ${CONSENT_COLUMNS} FROM consents
         WHERE user_id = $1 AND ($2::text IS NULL OR terms_version = $2) AND ($3::text IS NULL OR $3 = ANY (purposes))`,
        [userId, scope.termsVersion ?? null, scope.purpose ?? null],
      );
    }
    if (!consents.length && opts.requireConsent) throw noCurrentConsent();
    const [withdrawal] = await tx.query<ConsentWithdrawalRow[]>(
      `INSERT INTO consent_withdrawals (user_id, terms_version, organization_id, purpose, withdrawn_at)
       VALUES ($1, $2, $3, $4, clock_timestamp())
       RETURNING id, terms_version AS "termsVersion", organization_id AS "organizationId", purpose,
                 withdrawn_at AS "withdrawnAt"`,
      [userId, scope.termsVersion ?? null, scope.organizationId ?? null, scope.purpose ?? null],
    );
    const consent = consents.sort((a, b) => b.givenAt.getTime() - a.givenAt.getTime())[0] ?? null;
    return { withdrawal, consent };
  }

  mine(me: Principal): Promise<ConsentRow[]> {
    return this.db.query<ConsentRow[]>(
      `SELECT ${CONSENT_COLUMNS} FROM consents WHERE user_id = $1 ORDER BY given_at DESC, id DESC`,
      [me.userId],
    );
  }
}
