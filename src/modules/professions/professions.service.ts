import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BadInputError } from '../../core/errors/domain-error';
import { ProfessionEntity } from './entities/profession.entity';

/**
 * The SOC 2018 taxonomy. It changes only by migration, so it is read once and kept in memory:
 * the hierarchy questions asked on every match and quote cost no queries.
 */
@Injectable()
export class ProfessionsService {
  private cache?: Promise<Map<string, ProfessionEntity>>;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private byCode(): Promise<Map<string, ProfessionEntity>> {
    this.cache ??= this.db
      .getRepository(ProfessionEntity)
      .find({ order: { code: 'ASC' } })
      .then((rows) => new Map(rows.map((r) => [r.code, r])));
    return this.cache;
  }

  async list(): Promise<ProfessionEntity[]> {
    return [...(await this.byCode()).values()];
  }

  async findOrThrow(code: string, field = 'professionCode'): Promise<ProfessionEntity> {
    const p = (await this.byCode()).get(code);
    if (!p) throw new BadInputError('UNKNOWN_PROFESSION', `${code} is not a SOC 2018 code`, { field });
    return p;
  }

  /** The code itself, then its parents up to the major group (detailed → broad → minor → major). */
  async lineage(code: string): Promise<string[]> {
    const all = await this.byCode();
    const out: string[] = [];
    for (let c: string | null | undefined = code; c; c = all.get(c)?.parentCode) {
      if (!all.has(c)) break;
      out.push(c);
    }
    return out;
  }

  /** Is occupation `code` the group `group` itself or inside it? */
  async isWithin(code: string, group: string): Promise<boolean> {
    return (await this.lineage(code)).includes(group);
  }
}
