import { buildSchema, execute, GraphQLResolveInfo, parse } from 'graphql';
import { selectedFields } from './selection';

const schema = buildSchema(`
  type Row { a: Int b: Int c: Int }
  type RowEdge { cursor: String node: Row }
  type RowConnection { edges: [RowEdge] totalCount: Int }
  type Query { rows: RowConnection }
`);

/** The node fields a query selects, as the `rows` resolver sees them. */
function nodeFieldsOf(query: string): string[] {
  let seen: ReadonlySet<string> | undefined;
  const rootValue = {
    rows: (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
      seen = selectedFields(info, ['edges', 'node']);
      return { edges: [] };
    },
  };
  const result = execute({ schema, document: parse(query), rootValue });
  if ('errors' in result && result.errors) throw new Error(result.errors.map((e) => e.message).join());
  return [...(seen ?? [])].sort();
}

describe('selectedFields', () => {
  it('lists the fields under a path', () => {
    expect(nodeFieldsOf(`{ rows { totalCount edges { cursor node { a b } } } }`)).toEqual(['a', 'b']);
  });

  it('sees through named and inline fragments and aliases, at every level', () => {
    expect(
      nodeFieldsOf(`{ rows { ...Page } }
        fragment Page on RowConnection { edges { node { first: a } } ... on RowConnection { edges { node { ...C } } } }
        fragment C on Row { c }`),
    ).toEqual(['a', 'c']);
  });

  it('counts a field behind @skip or @include as selected', () => {
    expect(nodeFieldsOf(`{ rows { edges { node { a b @skip(if: true) } } } }`)).toEqual(['a', 'b']);
  });

  it('is empty when the path is not selected', () => {
    expect(nodeFieldsOf(`{ rows { totalCount } }`)).toEqual([]);
  });

  it('remembers a parsed query, and tells apart the field nodes @include picks', () => {
    const document = parse(`query ($x: Boolean!) {
      rows { edges { node { a } } }
      rows @include(if: $x) { edges { node { b } } } }`);
    const seen: ReadonlySet<string>[] = [];
    const rootValue = {
      rows: (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
        seen.push(selectedFields(info, ['edges', 'node']));
        return { edges: [] };
      },
    };
    for (const x of [false, false, true, false]) {
      const result = execute({ schema, document, rootValue, variableValues: { x } });
      expect('errors' in result && result.errors).toBeFalsy();
    }
    expect(seen.map((s) => [...s].sort())).toEqual([['a'], ['a'], ['a', 'b'], ['a']]);
    expect(seen[1]).toBe(seen[0]);
  });
});
