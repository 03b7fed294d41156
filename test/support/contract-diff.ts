import {
  buildSchema,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputField,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
} from 'graphql';

/**
 * Every element of the contract missing from (or typed differently in) the schema, named the
 * way test/contract-pending.txt lists them: `type X`, `enum X.V`, `X.field`, `X.field(arg)`.
 */
export function contractDifferences(contractSdl: string, schemaSdl: string): string[] {
  const contract = buildSchema(contractSdl);
  const schema: GraphQLSchema = buildSchema(schemaSdl);
  const missing: string[] = [];
  for (const t of Object.values(contract.getTypeMap())) {
    if (t.name.startsWith('__')) continue;
    const s = schema.getType(t.name);
    if (!s) {
      missing.push(`type ${t.name}`);
      continue;
    }
    if (isEnumType(t)) {
      const have = new Set(isEnumType(s) ? s.getValues().map((v) => v.name) : []);
      for (const v of t.getValues()) if (!have.has(v.name)) missing.push(`enum ${t.name}.${v.name}`);
    } else if (isObjectType(t) || isInputObjectType(t) || isInterfaceType(t)) {
      type AnyField = GraphQLField<unknown, unknown> | GraphQLInputField;
      const sf: Record<string, AnyField> =
        isObjectType(s) || isInputObjectType(s) || isInterfaceType(s) ? s.getFields() : {};
      const fields: AnyField[] = Object.values<AnyField>(t.getFields());
      for (const f of fields) {
        const g = sf[f.name];
        if (!g) {
          missing.push(`${t.name}.${f.name}`);
          continue;
        }
        if (String(g.type) !== String(f.type))
          missing.push(`${t.name}.${f.name}: ${String(g.type)} (contract: ${String(f.type)})`);
        const fArgs: readonly GraphQLArgument[] = 'args' in f ? f.args : [];
        const gArgs: readonly GraphQLArgument[] = 'args' in g ? g.args : [];
        for (const a of fArgs) {
          const b = gArgs.find((x) => x.name === a.name);
          if (!b) missing.push(`${t.name}.${f.name}(${a.name})`);
          else if (String(b.type) !== String(a.type))
            missing.push(`${t.name}.${f.name}(${a.name}: ${String(b.type)}, contract: ${String(a.type)})`);
        }
        for (const b of gArgs)
          if (
            String(b.type).endsWith('!') &&
            b.defaultValue === undefined &&
            !fArgs.some((a) => a.name === b.name)
          )
            missing.push(`${t.name}.${f.name}: extra required argument ${b.name}`);
      }
    }
  }
  return missing;
}
