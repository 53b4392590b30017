import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql'

/**
 * The lists of an introspection answer, sized from the schema itself: this one has hundreds of
 * generated where-input and order-by types, so a full introspection is one of the largest answers
 * the API gives, and fifteen aliased ones were several seconds of synchronous work. Sizes are means
 * per parent (fields per type, arguments per field), which makes `types { fields { args } }` come
 * out at the schema's real totals.
 */
type Sizes = Record<string, number>

const cache = new WeakMap<GraphQLSchema, Sizes>()

function measure(schema: GraphQLSchema): Sizes {
  const types = Object.values(schema.getTypeMap())
  let fields = 0
  let args = 0
  let inputFields = 0
  let enumValues = 0
  let interfaces = 0
  let possibleTypes = 0
  for (const t of types) {
    if (isObjectType(t) || isInterfaceType(t)) {
      const list = Object.values(t.getFields())
      fields += list.length
      args += list.reduce((n, f) => n + f.args.length, 0)
      interfaces += t.getInterfaces().length
    }
    if (isInterfaceType(t)) possibleTypes += schema.getPossibleTypes(t).length
    if (isInputObjectType(t)) inputFields += Object.keys(t.getFields()).length
    if (isEnumType(t)) enumValues += t.getValues().length
  }
  const directives = schema.getDirectives()
  const n = Math.max(1, types.length)
  return {
    '__Schema.types': types.length,
    '__Schema.directives': directives.length,
    '__Type.fields': fields / n,
    '__Type.inputFields': inputFields / n,
    '__Type.enumValues': enumValues / n,
    '__Type.interfaces': interfaces / n,
    '__Type.possibleTypes': possibleTypes / n,
    '__Field.args': fields ? args / fields : 0,
    // a type reference unwraps NON_NULL and LIST a level or two; the generic query asks for seven
    '__Type.ofType': 0.5,
    '__Directive.args': directives.reduce((s, d) => s + d.args.length, 0) / Math.max(1, directives.length),
    '__Directive.locations': directives.reduce((s, d) => s + d.locations.length, 0) / Math.max(1, directives.length),
  }
}

/** Items per parent of an introspection list field (ofType: the chance it is not null), or undefined for any other field. */
export function introspectionListSize(schema: GraphQLSchema, parent: string, field: string): number | undefined {
  if (!parent.startsWith('__')) return undefined
  let sizes = cache.get(schema)
  if (!sizes) cache.set(schema, (sizes = measure(schema)))
  return sizes[`${parent}.${field}`]
}
