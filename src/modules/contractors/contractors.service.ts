import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ProfessionsService } from '../professions/professions.module';
import { duplicateProfession } from './contractors.errors';
import { ContractorProfileInput } from './dto/contractor-profile.input';

export interface ProfileRow {
  countryCode: string;
  languages: string[];
  payoutsEnabled: boolean;
  occupations: { professionCode: string; yearsExperience: number }[];
}

/** A contractor's profile: where it lives, the languages it works in, its occupations. */
@Injectable()
export class ContractorsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly professions: ProfessionsService,
  ) {}

  async updateProfile(userId: string, input: ContractorProfileInput): Promise<ProfileRow> {
    const seen = new Set<string>();
    const occupations: { code: string; years: number; ancestors: string[] }[] = [];
    for (const [i, p] of input.professions.entries()) {
      if (seen.has(p.professionCode)) throw duplicateProfession(p.professionCode);
      seen.add(p.professionCode);
      await this.professions.findOrThrow(p.professionCode, `professions.${i}.professionCode`);
      occupations.push({
        code: p.professionCode,
        years: p.yearsExperience,
        ancestors: await this.professions.lineage(p.professionCode),
      });
    }
    await this.db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO contractor_profiles (user_id, country_code, languages) VALUES ($1, $2, $3)
         ON CONFLICT (user_id) DO UPDATE SET country_code = EXCLUDED.country_code,
           languages = EXCLUDED.languages, updated_at = now()`,
        [userId, input.countryCode, input.languages],
      );
      await tx.query(`DELETE FROM contractor_occupations WHERE user_id = $1`, [userId]);
      await tx.query(
        `INSERT INTO contractor_occupations (user_id, profession_code, years_experience, ancestors)
         SELECT $1, o.code, o.years, ARRAY(SELECT jsonb_array_elements_text(o.ancestors))
         FROM jsonb_to_recordset($2::jsonb) AS o(code text, years int, ancestors jsonb)`,
        [userId, JSON.stringify(occupations)],
      );
    });
    return (await this.findProfile(userId))!;
  }

  /**
   * Erasure of a person (in the caller's transaction): languages and professions go, the country
   * becomes ZZ ("unknown"); the profile row stays for the payout flag its ledger history needs.
   */
  async eraseProfile(tx: EntityManager, userId: string): Promise<void> {
    await tx.query(`DELETE FROM contractor_occupations WHERE user_id = $1`, [userId]);
    await tx.query(
      `UPDATE contractor_profiles SET country_code = 'ZZ', languages = '{}', updated_at = now() WHERE user_id = $1`,
      [userId],
    );
  }

  /** What the profile shows about payouts; the payouts module reports the processor's word. */
  async setPayoutsEnabled(userId: string, enabled: boolean, tx: EntityManager): Promise<void> {
    await tx.query(
      `UPDATE contractor_profiles SET payouts_enabled = $2, updated_at = now()
       WHERE user_id = $1 AND payouts_enabled <> $2`,
      [userId, enabled],
    );
  }

  async findProfile(userId: string): Promise<ProfileRow | null> {
    const [row] = await this.db.query<
      {
        country_code: string;
        languages: string[];
        payouts_enabled: boolean;
        occupations: { professionCode: string; yearsExperience: number }[];
      }[]
    >(
      `SELECT p.country_code, p.languages, p.payouts_enabled,
         COALESCE((SELECT jsonb_agg(jsonb_build_object('professionCode', o.profession_code,
           'yearsExperience', o.years_experience) ORDER BY o.profession_code)
           FROM contractor_occupations o WHERE o.user_id = p.user_id), '[]') AS occupations
       FROM contractor_profiles p WHERE p.user_id = $1`,
      [userId],
    );
    if (!row) return null;
    return {
      countryCode: row.country_code,
      languages: row.languages,
      payoutsEnabled: row.payouts_enabled,
      occupations: row.occupations,
    };
  }
}
