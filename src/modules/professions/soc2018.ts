import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type SocLevel = 'major' | 'minor' | 'broad' | 'detailed';

export interface SocRow {
  code: string;
  title: string;
  level: SocLevel;
  parentCode: string | null;
}

const LEVELS = new Set<SocLevel>(['major', 'minor', 'broad', 'detailed']);

/** Parses data/soc2018.csv (code,title,level,parent_code; titles may be quoted). */
export function readSoc2018(file = join(__dirname, 'data', 'soc2018.csv')): SocRow[] {
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
