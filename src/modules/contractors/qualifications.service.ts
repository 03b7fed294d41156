import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Principal } from '../../core/auth/roles';
import { Connection, isTimestampUuid, parsePage, toConnection } from '../../core/pagination/cursor';
import {
  qualificationAlreadyDecided,
  qualificationAlreadyPending,
  qualificationNotFound,
  qualificationTypeNameTaken,
  unknownQualificationTypes,
} from './contractors.errors';
import {
  DecideQualificationInput,
  QualificationTypeInput,
  RequestQualificationInput,
} from './dto/qualification.input';

export interface QualificationTypeRow {
  id: string;
  name: string;
  description: string;
  validityDays: number | null;
}

export interface QualificationRow {
  id: string;
  userId: string;
  type: QualificationTypeRow;
  status: 'PENDING' | 'VERIFIED' | 'REJECTED';
  evidence: string;
  note: string | null;
  decidedAt: Date | null;
  expiresAt: Date | null;
  createdAt: Date;
}

const TYPE_COLUMNS = `id, name, description, validity_days AS "validityDays"`;
const QUALIFICATION_SELECT = `
  SELECT q.id, q.user_id AS "userId", q.status, q.evidence, q.note, q.decided_at AS "decidedAt",
    q.expires_at AS "expiresAt", q.created_at AS "createdAt",
    jsonb_build_object('id', t.id, 'name', t.name, 'description', t.description,
      'validityDays', t.validity_days) AS type
  FROM contractor_qualifications q JOIN qualification_types t ON t.id = q.qualification_type_id`;

/**
 * Qualification types (managed by admins) and contractors' requests for them:
 * PENDING → VERIFIED | REJECTED, decided by an admin or reviewer. A verification of a type with
 * a validity expires after it; an expired qualification is simply not held.
 */
@Injectable()
export class QualificationsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async createType(me: Principal, input: QualificationTypeInput): Promise<QualificationTypeRow> {
    const rows = await this.db.query<QualificationTypeRow[]>(
      `INSERT INTO qualification_types (name, description, validity_days, created_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (name) DO NOTHING RETURNING ${TYPE_COLUMNS}`,
      [input.name, input.description, input.validityDays ?? null, me.userId],
    );
    if (!rows.length) throw qualificationTypeNameTaken(input.name);
    return rows[0];
  }

  listTypes(): Promise<QualificationTypeRow[]> {
    return this.db.query<QualificationTypeRow[]>(
      `SELECT ${TYPE_COLUMNS} FROM qualification_types ORDER BY name`,
    );
  }

  /** Refuses (BAD_USER_INPUT naming `field`) ids that are no qualification type. */
  async assertTypesExist(ids: string[], field: string, tx?: EntityManager): Promise<void> {
    if (!ids.length) return;
    const found = await (tx ?? this.db.manager).query<{ id: string }[]>(
      `SELECT id FROM qualification_types WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    const known = new Set(found.map((r) => r.id));
    const missing = ids.filter((id) => !known.has(id));
    if (missing.length) throw unknownQualificationTypes(field, missing);
  }

  async namesOf(ids: string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows = await this.db.query<{ id: string; name: string }[]>(
      `SELECT id, name FROM qualification_types WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  async request(me: Principal, input: RequestQualificationInput): Promise<QualificationRow> {
    await this.assertTypesExist([input.qualificationTypeId], 'qualificationTypeId');
    const rows = await this.db.query<{ id: string }[]>(
      `INSERT INTO contractor_qualifications (user_id, qualification_type_id, evidence) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, qualification_type_id) WHERE status = 'PENDING' DO NOTHING RETURNING id`,
      [me.userId, input.qualificationTypeId, input.evidence],
    );
    if (!rows.length) throw qualificationAlreadyPending();
    return this.findOrThrow(rows[0].id);
  }

  async decide(me: Principal, input: DecideQualificationInput): Promise<QualificationRow> {
    // The status condition makes a decision final: two reviewers racing see one outcome. (The
    // UPDATE is wrapped in a SELECT because TypeORM returns [rows, count] for a bare UPDATE.)
    const rows = await this.db.query<{ id: string }[]>(
      `WITH decided AS (UPDATE contractor_qualifications q SET status = $2, note = $3, decided_by = $4, decided_at = now(),
         expires_at = CASE WHEN $2 = 'VERIFIED' AND t.validity_days IS NOT NULL
                           THEN now() + make_interval(days => t.validity_days) END
       FROM qualification_types t
       WHERE q.id = $1 AND t.id = q.qualification_type_id AND q.status = 'PENDING' RETURNING q.id)
       SELECT id FROM decided`,
      [input.qualificationId, input.verify ? 'VERIFIED' : 'REJECTED', input.note, me.userId],
    );
    if (!rows.length)
      throw qualificationAlreadyDecided((await this.findOrThrow(input.qualificationId)).status);
    return this.findOrThrow(rows[0].id);
  }

  mine(me: Principal): Promise<QualificationRow[]> {
    return this.db.query<QualificationRow[]>(
      `${QUALIFICATION_SELECT} WHERE q.user_id = $1 ORDER BY q.created_at DESC, q.id DESC`,
      [me.userId],
    );
  }

  /** Requests waiting for a decision, oldest first. */
  async pending(args: { first?: number; after?: string }): Promise<Connection<QualificationRow>> {
    const page = parsePage(args.first, args.after, isTimestampUuid);
    const params: unknown[] = [page.first + 1];
    let keyset = '';
    if (page.after) {
      params.push(page.after.sortKey, page.after.id);
      keyset = `AND (date_trunc('milliseconds', q.created_at), q.id) > ($2::timestamptz, $3::uuid)`;
    }
    // Cursors carry milliseconds (ISO strings): order by the same precision, so no row is skipped.
    const rows = await this.db.query<QualificationRow[]>(
      `${QUALIFICATION_SELECT} WHERE q.status = 'PENDING' ${keyset} ORDER BY date_trunc('milliseconds', q.created_at), q.id LIMIT $1`,
      params,
    );
    const [{ n }] = await this.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM contractor_qualifications WHERE status = 'PENDING'`,
    );
    return toConnection(
      rows,
      page,
      n,
      (r) => [r.createdAt.toISOString(), r.id],
      (r) => r,
    );
  }

  /** Erasure of a person (in the caller's transaction): the evidence text and notes of its requests go. */
  async eraseEvidence(tx: EntityManager, userId: string): Promise<void> {
    await tx.query(
      `UPDATE contractor_qualifications SET evidence = '[erased]', note = NULL WHERE user_id = $1`,
      [userId],
    );
  }

  private async findOrThrow(id: string): Promise<QualificationRow> {
    const [row] = await this.db.query<QualificationRow[]>(`${QUALIFICATION_SELECT} WHERE q.id = $1`, [id]);
    if (!row) throw qualificationNotFound(id);
    return row;
  }
}
