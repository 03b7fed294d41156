import { buildSchema, parse, validate } from 'graphql';
import { queryCostRule } from './query-cost';

const schema = buildSchema(`
  type Row { a: Int b: Int c: Int }
  type Table { id: ID rows(first: Int = 100, after: String): RowConnection tags: [String] }
  type RowEdge { cursor: String node: Row }
  type RowConnection { edges: [RowEdge] totalCount: Int }
  type Query { tables: [Table] table(version: String): Table me: Row }
`);
const rule = queryCostRule({ maxCost: 10_000, defaultListSize: 10, message: 'Query refused: too costly' });
const errorsOf = (query: string) => validate(schema, parse(query), [rule]).map((e) => e.message);

describe('queryCostRule', () => {
  it('lets an ordinary query through', () => {
    expect(
      errorsOf(`{ me { a b } table(version: "1") { id rows(first: 20) { edges { node { a } } } } }`),
    ).toEqual([]);
  });

  it('multiplies by the default page size of a paged field', () => {
    // 1 + 10 tables × (1 + (1 + 100 edges × (1 + 3))) = 4021 per alias
    const one = `tables { rows { edges { node { a b c } } } }`;
    expect(errorsOf(`{ x: ${one} y: ${one} }`)).toEqual([]);
    expect(errorsOf(`{ x: ${one} y: ${one} z: ${one} }`)).toEqual(['Query refused: too costly']);
  });

  it('counts a variable page size as the largest page, and a small literal as itself', () => {
    const aliases = (first: string) =>
      Array.from(
        { length: 15 },
        (_, i) => `t${i}: tables { rows(first: ${first}) { edges { node { a b c } } } }`,
      ).join(' ');
    expect(errorsOf(`{ ${aliases('2')} }`)).toEqual([]);
    expect(errorsOf(`query($n: Int) { ${aliases('$n')} }`)).toEqual(['Query refused: too costly']);
  });

  it('costs fragments through spreads without exploding on nested ones', () => {
    const defs = Array.from(
      { length: 30 },
      (_, i) => `fragment F${i} on Row { ...F${i + 1} ...F${i + 1} }`,
    ).join(' ');
    const started = Date.now();
    const errors = errorsOf(`{ me { ...F0 } } ${defs} fragment F30 on Row { a }`);
    expect(Date.now() - started).toBeLessThan(200);
    expect(errors).toEqual(['Query refused: too costly']);
  });
});
