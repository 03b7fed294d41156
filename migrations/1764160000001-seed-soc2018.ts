import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Seeds the US SOC 2018 taxonomy (public-domain data of the Bureau of Labor Statistics).
 * Self-contained on purpose: its data file and parser belong to this migration alone, so no later
 * change to application code can change what it inserts.
 */
export class SeedSoc20181764160000001 implements MigrationInterface {
  name = 'SeedSoc20181764160000001';

  async up(q: QueryRunner): Promise<void> {
    const rows = readSoc2018(join(__dirname, 'data', '1764160000001-soc2018.csv'));
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

type SocLevel = 'major' | 'minor' | 'broad' | 'detailed';

interface SocRow {
  code: string;
  title: string;
  level: SocLevel;
  parentCode: string | null;
}

const LEVELS = new Set<SocLevel>(['major', 'minor', 'broad', 'detailed']);

/** Parses the seed file (code,title,level,parent_code; titles may be quoted). */
function readSoc2018(file: string): SocRow[] {
  const lines = readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.length > 0);
  if (lines[0] !== 'code,title,level,parent_code')
    throw new Error(`unexpected header in ${file}: ${lines[0]}`);
  return lines.slice(1).map((line, i) => {
    const cells = parseCsvLine(line);
    if (cells.length !== 4) throw new Error(`${file}:${i + 2}: expected 4 cells, got ${cells.length}`);
    const [code, title, level, parent] = cells;
    if (!LEVELS.has(level as SocLevel)) throw new Error(`${file}:${i + 2}: unknown level ${level}`);
    return { code, title, level: level as SocLevel, parentCode: parent === '' ? null : parent };
  });
}

function parseCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      cells.push(cur);
      cur = '';
    } else cur += c;
  }
  cells.push(cur);
  return cells;
}
