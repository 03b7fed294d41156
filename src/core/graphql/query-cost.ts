import {
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  GraphQLError,
  GraphQLList,
  GraphQLNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  SelectionSetNode,
  ValidationRule,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../pagination/cursor';

export interface QueryCostOptions {
  maxCost: number;
  /** How many items an unpaged list is assumed to hold. */
  defaultListSize: number;
  message: string;
}

/**
 * Refuses an operation whose worst-case result is too large, before it runs. Every field costs
 * 1; what is selected under a list costs once per item it may hold: `first` (a variable counts as
 * the largest page, an absent one as the field's default), passed from a connection to its
 * `edges`, or `defaultListSize` for lists without paging. Fragments are costed once per page size
 * (memoised), so nested spreads cannot make the analysis itself expensive.
 */
export function queryCostRule(options: QueryCostOptions): ValidationRule {
  const { maxCost, defaultListSize, message } = options;
  return (context) => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of context.getDocument().definitions)
      if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    const memo = new Map<string, number>();
    const schema = context.getSchema();

    const pageSizeOf = (node: FieldNode, declared: { defaultValue?: unknown } | undefined) => {
      if (!declared) return undefined;
      const arg = node.arguments?.find((a) => a.name.value === 'first');
      if (!arg) return typeof declared.defaultValue === 'number' ? declared.defaultValue : DEFAULT_PAGE_SIZE;
      if (arg.value.kind === Kind.INT) return Math.max(0, Number(arg.value.value));
      if (arg.value.kind === Kind.NULL) return DEFAULT_PAGE_SIZE;
      return MAX_PAGE_SIZE; // a variable: the worst it may be
    };

    const fieldCost = (node: FieldNode, parent: GraphQLNamedType | undefined, inherited?: number): number => {
      const name = node.name.value;
      if (name === '__typename') return 1;
      if (name.startsWith('__')) return 0; // introspection: its own switch decides (off in production)
      const def =
        parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[name] : undefined;
      if (!def) return 1; // unknown fields are reported by graphql-js's own rules
      const size = pageSizeOf(
        node,
        def.args.find((a) => a.name === 'first'),
      );
      const isList = getNullableType(def.type) instanceof GraphQLList;
      if (!node.selectionSet) return 1;
      const itemCount = isList ? (size ?? inherited ?? defaultListSize) : 1;
      const below = selectionCost(node.selectionSet, getNamedType(def.type), isList ? undefined : size);
      return 1 + itemCount * below;
    };

    const selectionCost = (
      set: SelectionSetNode,
      parent: GraphQLNamedType | undefined,
      pageSize: number | undefined,
    ): number => {
      let total = 0;
      for (const sel of set.selections) {
        if (sel.kind === Kind.FIELD) total += fieldCost(sel, parent, pageSize);
        else if (sel.kind === Kind.INLINE_FRAGMENT) {
          const type = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : parent;
          total += selectionCost(sel.selectionSet, type ?? undefined, pageSize);
        } else {
          const key = `${sel.name.value}:${pageSize ?? ''}`;
          let cost = memo.get(key);
          if (cost === undefined) {
            const fragment = fragments.get(sel.name.value);
            memo.set(key, 0); // a cycle (reported by NoFragmentCycles) counts nothing more
            cost = fragment
              ? selectionCost(
                  fragment.selectionSet,
                  schema.getType(fragment.typeCondition.name.value) ?? undefined,
                  pageSize,
                )
              : 0;
            memo.set(key, cost);
          }
          total += cost;
        }
        if (total > maxCost) return total;
      }
      return total;
    };

    return {
      OperationDefinition(node) {
        const root = schema.getRootType(node.operation);
        if (selectionCost(node.selectionSet, root ?? undefined, undefined) > maxCost)
          context.reportError(new GraphQLError(message, { nodes: [node] }));
        return false; // nothing below needs visiting
      },
    };
  };
}
