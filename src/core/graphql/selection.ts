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
 */
export function selectedFields(info: GraphQLResolveInfo, path: string[]): Set<string> {
  let sets = info.fieldNodes.flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
  for (const name of path)
    sets = sets
      .flatMap((s) => fieldsOf(s, info))
      .flatMap((f) => (f.name.value === name && f.selectionSet ? [f.selectionSet] : []));
  return new Set(sets.flatMap((s) => fieldsOf(s, info)).map((f) => f.name.value));
}
