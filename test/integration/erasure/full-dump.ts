import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { TestApp } from '../../setup/test-app';

/*
 * What a `pg_dump` of the test database would hold, built without pg_dump: this machine's only
 * pg_dump (postgresql-client-15) refuses the embedded PostgreSQL 18 server, and the embedded
 * package ships no client tools. The logical part reads what pg_dump reads; the physical part reads
 * what pg_dump cannot see (dead tuples, stale index entries, free space in pages).
 */

/** Every row of every table and materialized view of every schema (pg-boss's and audit included). */
async function allRows(t: TestApp): Promise<string[]> {
  const relations = await t.sql<{ s: string; n: string }>(
    `SELECT n.nspname AS s, c.relname AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind IN ('r', 'p', 'm') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
       AND n.nspname NOT LIKE 'pg_toast%' ORDER BY 1, 2`,
  );
  expect(relations.map((r) => r.s)).toEqual(expect.arrayContaining(['public', 'pgboss']));
  const parts: string[] = [];
  for (const { s, n } of relations) {
    const [row] = await t.sql<{ d: string | null }>(
      `SELECT string_agg(x::text, E'\\n') AS d FROM "${s}"."${n}" x`,
    );
    parts.push(`-- ${s}.${n}\n${row.d ?? ''}`);
  }
  return parts;
}

/** Sequences' state, large objects, and the schema's own text (what pg_dump writes as DDL). */
async function schemaAndObjects(t: TestApp): Promise<string[]> {
  const user = `n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'`;
  const queries = [
    `SELECT schemaname || '.' || sequencename || ' ' || coalesce(last_value::text, '') FROM pg_sequences`,
    `SELECT loid || ':' || pageno || ' ' || encode(data, 'escape') FROM pg_largeobject`,
    `SELECT oid || ' ' || lomowner FROM pg_largeobject_metadata`,
    `SELECT description FROM pg_description UNION ALL SELECT description FROM pg_shdescription`,
    `SELECT pg_get_functiondef(p.oid) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
     WHERE ${user} AND p.prokind IN ('f', 'p')`,
    `SELECT c.relname || ' ' || pg_get_viewdef(c.oid) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE ${user} AND c.relkind IN ('v', 'm')`,
    `SELECT c.relname || '.' || a.attname || ' ' || coalesce(pg_get_expr(d.adbin, d.adrelid), '')
     FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
     WHERE ${user} AND a.attnum > 0 AND NOT a.attisdropped`,
    `SELECT pg_get_constraintdef(k.oid) FROM pg_constraint k JOIN pg_namespace n ON n.oid = k.connamespace WHERE ${user}`,
    `SELECT pg_get_indexdef(i.indexrelid) FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid
     JOIN pg_namespace n ON n.oid = c.relnamespace WHERE ${user}`,
    `SELECT pg_get_triggerdef(g.oid) FROM pg_trigger g WHERE NOT g.tgisinternal`,
    `SELECT polname || ' ' || coalesce(pg_get_expr(polqual, polrelid), '') FROM pg_policy`,
    `SELECT enumlabel FROM pg_enum`,
    `SELECT t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE ${user}`,
    `SELECT rolname FROM pg_roles`,
  ];
  const parts: string[] = [];
  for (const q of queries) {
    const rows = await t.sql<Record<string, string | null>>(q);
    parts.push(`-- ${q}\n${rows.map((r) => Object.values(r).join(' ')).join('\n')}`);
  }
  return parts;
}

/** The full logical dump: rows, sequences, large objects and schema text. */
export async function logicalDump(t: TestApp): Promise<string> {
  const rows = await allRows(t);
  expect(rows.length).toBeGreaterThan(10);
  return [...rows, ...(await schemaAndObjects(t))].join('\n');
}

/**
 * The bytes on disk of every relation of the database (tables, indexes, TOAST, sequences, the
 * database's own catalogs, and the shared catalogs in `global/`): every fork and segment of each
 * `pg_relation_filepath`, plus any other file in the database's directory. `settle` first rewrites
 * every relation without its dead tuples (VACUUM FULL) and flushes the buffers (CHECKPOINT), as a
 * person erased has the right to expect of the live files; without it, this reads what is on disk.
 */
export async function relationFiles(t: TestApp, opts: { settle: boolean }): Promise<Buffer[]> {
  if (opts.settle) {
    await t.sql('VACUUM FULL');
  }
  await t.sql('CHECKPOINT');
  const [{ dir }] = await t.sql<{ dir: string }>(`SELECT current_setting('data_directory') AS dir`);
  const relations = await t.sql<{ path: string }>(
    `SELECT pg_relation_filepath(c.oid) AS path FROM pg_class c WHERE pg_relation_filepath(c.oid) IS NOT NULL`,
  );
  const [{ dbDir }] = await t.sql<{ dbDir: string }>(
    `SELECT 'base/' || oid AS "dbDir" FROM pg_database WHERE datname = current_database()`,
  );
  expect(relations.length).toBeGreaterThan(100);
  const files = new Set<string>();
  const listed = new Map<string, string[]>();
  const list = (folder: string) => {
    if (!listed.has(folder)) listed.set(folder, readdirSync(join(dir, folder)));
    return listed.get(folder)!;
  };
  for (const { path } of relations) {
    const name = basename(path);
    // The main fork, its 1 GB segments (.1, .2 …) and the other forks (_fsm, _vm, _init).
    for (const f of list(dirname(path)))
      if (f === name || f.startsWith(`${name}.`) || f.startsWith(`${name}_`))
        files.add(join(dirname(path), f));
  }
  for (const f of list(dbDir)) if (/^\d+/.test(f)) files.add(join(dbDir, f));
  return [...files].map((f) => readFileSync(join(dir, f)));
}

/** Whether `needle` occurs in any of the buffers, as UTF-8 bytes. */
export function bytesContain(buffers: Buffer[], needle: string): boolean {
  const bytes = Buffer.from(needle, 'utf8');
  return buffers.some((b) => b.includes(bytes));
}
