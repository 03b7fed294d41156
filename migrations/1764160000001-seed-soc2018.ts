import { MigrationInterface, QueryRunner } from 'typeorm';
import { readSoc2018 } from '../src/modules/professions/soc2018';

/** Seeds the US SOC 2018 taxonomy (public-domain data of the Bureau of Labor Statistics). */
export class SeedSoc20181764160000001 implements MigrationInterface {
  name = 'SeedSoc20181764160000001';

  async up(q: QueryRunner): Promise<void> {
    const rows = readSoc2018();
    // Parents come before children in level order, so the self-reference holds row by row.
    const order = { major: 0, minor: 1, broad: 2, detailed: 3 } as const;
    rows.sort((a, b) => order[a.level] - order[b.level]);
    for (let i = 0; i < rows.length; i += 500) {
      const chunk = rows.slice(i, i + 500);
      const params: (string | null)[] = [];
      const values = chunk.map((r, j) => {
        params.push(r.code, r.title, r.level, r.parentCode);
        return `($${j * 4 + 1}, $${j * 4 + 2}, $${j * 4 + 3}, $${j * 4 + 4})`;
      });
      await q.query(
        `INSERT INTO professions (code, title, level, parent_code) VALUES ${values.join(', ')}`,
        params,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM professions`);
  }
}
