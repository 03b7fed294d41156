import { MigrationInterface, QueryRunner } from 'typeorm';

const FIRST_TERMS = {
  version: '2026-11',
  purposes: ['model-training', 'model-evaluation', 'research'],
  text:
    'I share work samples I wrote and have the right to share. Fairsample and the organisation that ' +
    'posted the task may use them, with personal data removed, to train AI models (model-training), ' +
    'to evaluate AI models (model-evaluation) and for research (research), only for the purposes the ' +
    'task names and only for its retention period. I can withdraw this consent at any time: my ' +
    'samples then leave every future export; money I earned stays mine.',
};

/** Consent terms (immutable once published, like rate tables) and contractors' consents. */
export class ConsentSchema1764160004001 implements MigrationInterface {
  name = 'ConsentSchema1764160004001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE consent_terms (
        version text PRIMARY KEY CHECK (version ~ '^[A-Za-z0-9._-]{1,50}$'),
        text text NOT NULL CHECK (length(text) BETWEEN 1 AND 50000),
        purposes text[] NOT NULL CHECK (cardinality(purposes) BETWEEN 1 AND 20),
        published_at timestamptz NOT NULL DEFAULT now(),
        -- an audit value only, like rate_tables.published_by
        published_by uuid
      )`);
    // Terms are published by inserting them; what a contractor agreed to can never change after.
    await q.query(`
      CREATE FUNCTION consent_terms_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'consent terms are immutable once published: % refused', TG_OP
          USING ERRCODE = 'restrict_violation';
      END $$`);
    await q.query(`
      CREATE TRIGGER consent_terms_immutable BEFORE UPDATE OR DELETE ON consent_terms
        FOR EACH ROW EXECUTE FUNCTION consent_terms_guard()`);
    await q.query(`
      CREATE TRIGGER consent_terms_no_truncate BEFORE TRUNCATE ON consent_terms
        FOR EACH STATEMENT EXECUTE FUNCTION consent_terms_guard()`);
    await q.query(`INSERT INTO consent_terms (version, text, purposes) VALUES ($1, $2, $3)`, [
      FIRST_TERMS.version,
      FIRST_TERMS.text,
      FIRST_TERMS.purposes,
    ]);

    await q.query(`
      CREATE TABLE consents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id),
        terms_version text NOT NULL REFERENCES consent_terms(version),
        purposes text[] NOT NULL CHECK (cardinality(purposes) >= 1),
        given_at timestamptz NOT NULL DEFAULT now(),
        withdrawn_at timestamptz CHECK (withdrawn_at >= given_at)
      )`);
    // One current consent per contractor and terms version; history rows keep their withdrawal.
    await q.query(
      `CREATE UNIQUE INDEX consents_one_current ON consents (user_id, terms_version) WHERE withdrawn_at IS NULL`,
    );
    await q.query(`CREATE INDEX consents_user_idx ON consents (user_id, given_at DESC)`);
    // A consent's purposes must be ones its terms cover, whatever code path writes it.
    await q.query(`
      CREATE FUNCTION consents_check_purposes() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NOT (SELECT purposes FROM consent_terms WHERE version = NEW.terms_version) @> NEW.purposes THEN
          RAISE EXCEPTION 'consent purposes % are not all covered by terms %', NEW.purposes, NEW.terms_version
            USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER consents_purposes_covered BEFORE INSERT OR UPDATE OF purposes, terms_version ON consents
        FOR EACH ROW EXECUTE FUNCTION consents_check_purposes()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE consents`);
    await q.query(`DROP FUNCTION consents_check_purposes`);
    await q.query(`DROP TABLE consent_terms`);
    await q.query(`DROP FUNCTION consent_terms_guard`);
  }
}
