import { FieldNode, GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';

/** The fields of a selection set, with fragments (named and inline) flattened in. */
function fieldsOf(set: SelectionSetNode, info: GraphQLResolveInfo): FieldNode[] {
  return set.selections.flatMap((s) => {
    if (s.kind === Kind.FIELD) return [s];
    const fragment = s.kind === Kind.INLINE_FRAGMENT ? s : info.fragments[s.name.value];
    return fragment ? fieldsOf(fragment.selectionSet, info) : [];
  });
}

/**
 * The names of the fields a client selected `path` below the resolver's own field (e.g.
 * ['edges', 'node'] for a connection's nodes), through fragments and aliases. @skip/@include are
 * ignored, so a field that may be skipped counts as selected: a resolver that reads only what
 * is selected reads too much, never too little.
 *
 * Remembered per field node and path: a parsed query is cached and runs again and again, and its
 * nodes are the same objects each time (the same set is returned too, so callers may key on it).
 */
export function selectedFields(info: GraphQLResolveInfo, path: string[]): ReadonlySet<string> {
  const key = path.join('.');
  const known = remembered.get(info.fieldNodes[0])?.get(key);
  if (known && sameNodes(known.nodes, info.fieldNodes)) return known.fields;
  let sets = info.fieldNodes.flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
  for (const name of path)
    sets = sets
      .flatMap((s) => fieldsOf(s, info))
      .flatMap((f) => (f.name.value === name && f.selectionSet ? [f.selectionSet] : []));
  const fields: ReadonlySet<string> = new Set(
    sets.flatMap((s) => fieldsOf(s, info)).map((f) => f.name.value),
  );
  let byPath = remembered.get(info.fieldNodes[0]);
  if (!byPath) remembered.set(info.fieldNodes[0], (byPath = new Map<string, Remembered>()));
  byPath.set(key, { nodes: info.fieldNodes, fields });
  return fields;
}

/** Selections by the resolver's first field node (the others may differ with @skip/@include). */
const remembered = new WeakMap<FieldNode, Map<string, Remembered>>();
interface Remembered {
  nodes: readonly FieldNode[];
  fields: ReadonlySet<string>;
}

const sameNodes = (a: readonly FieldNode[], b: readonly FieldNode[]) =>
  a.length === b.length && a.every((n, i) => n === b[i]);
