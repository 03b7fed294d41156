import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTestApp, TestApp } from '../setup/test-app';

/** The committed schema.gql is what the code serves (`UPDATE_SCHEMA=1` rewrites it). */
describe('schema.gql', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('matches the live schema', () => {
    const live = printSchema(lexicographicSortSchema(t.app.get(GraphQLSchemaHost).schema));
    const file = join(__dirname, '..', '..', 'schema.gql');
    const header =
      '# ------------------------------------------------------\n' +
      '# THIS FILE WAS AUTOMATICALLY GENERATED (DO NOT MODIFY)\n' +
      '# ------------------------------------------------------\n\n';
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(file, `${header}${live}\n`);
    const committed = readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => !l.startsWith('#'))
      .join('\n')
      .trim();
    expect(committed).toBe(live.trim());
  });
});
