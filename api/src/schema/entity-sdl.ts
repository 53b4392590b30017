import { names } from '../model/naming'
import type { Entity, Field, Model, ScalarType } from '../model/types'
import { orderByValues } from '../sql/order-by'
import { operatorsFor } from '../sql/where'

const desc = (text: string | undefined, indent = '') => (text ? `${indent}${JSON.stringify(text)}\n` : '')

/** OpenReader exposes ids as String. */
function publicScalar(type: ScalarType): string {
  return type === 'ID' ? 'String' : type
}

function outputType(field: Field): string {
  switch (field.kind) {
    case 'scalar':
      return `${publicScalar(field.type)}${field.nullable ? '' : '!'}`
    case 'enum':
      return `${field.enumName}${field.nullable ? '' : '!'}`
    case 'fk':
      return `${field.target}${field.nullable ? '' : '!'}`
    case 'list':
      return `[${field.target}!]!`
  }
}

function listArgs(entity: string): string {
  return `(where: ${names.whereInput(entity)}, orderBy: [${names.orderByEnum(entity)}!], offset: Int, limit: Int)`
}

function objectType(entity: Entity): string {
  const fields = entity.fields.map((f) => `${desc(f.description, '  ')}  ${f.name}${f.kind === 'list' ? listArgs(f.target) : ''}: ${outputType(f)}`)
  return `${desc(entity.description)}type ${entity.name} {\n${fields.join('\n')}\n}`
}

function filterType(field: Field, op: string): string {
  if (op === 'isNull') return 'Boolean'
  if (field.kind === 'list') return names.whereInput(field.target)
  const base = field.kind === 'enum' ? field.enumName : field.kind === 'scalar' ? publicScalar(field.type) : 'String'
  if (op === 'in' || op === 'not_in') return `[${base}!]`
  if (['contains', 'containsInsensitive', 'startsWith', 'endsWith'].includes(op.replace(/^not_/, ''))) return 'String'
  return base
}

function whereInput(entity: Entity): string {
  const lines: string[] = []
  for (const f of entity.fields) {
    if (f.kind === 'fk') lines.push(`  ${f.name}: ${names.whereInput(f.target)}`)
    for (const op of operatorsFor(f)) lines.push(`  ${f.name}_${op}: ${filterType(f, op)}`)
  }
  const w = names.whereInput(entity.name)
  lines.push(`  AND: [${w}!]`, `  OR: [${w}!]`)
  return `input ${w} {\n${lines.join('\n')}\n}`
}

function queryFields(entity: Entity): string {
  const n = entity.name
  return [
    `  ${names.list(n)}${listArgs(n)}: [${n}!]!`,
    `  ${names.byId(n)}(id: String!): ${n}`,
    `  ${names.connection(n)}(orderBy: [${names.orderByEnum(n)}!]!, after: String, first: Int, where: ${names.whereInput(n)}): ${names.connectionType(n)}!`,
  ].join('\n')
}

/** The OpenReader-compatible part of the public schema, generated from the entity model. */
export function entityTypeDefs(model: Model): string {
  const parts: string[] = []
  for (const e of model.enums.values()) {
    parts.push(`${desc(e.description)}enum ${e.name} {\n${e.values.map((v) => `${desc(v.description, '  ')}  ${v.name}`).join('\n')}\n}`)
  }
  const entities = [...model.entities.values()]
  for (const entity of entities) {
    const n = entity.name
    parts.push(objectType(entity), whereInput(entity))
    parts.push(
      `enum ${names.orderByEnum(n)} {\n${orderByValues(model, entity)
        .map((v) => `  ${v}`)
        .join('\n')}\n}`,
    )
    parts.push(`type ${names.edgeType(n)} {\n  node: ${n}!\n  cursor: String!\n}`)
    parts.push(
      `type ${names.connectionType(n)} {\n  edges: [${names.edgeType(n)}!]!\n  pageInfo: PageInfo!\n` +
        `  "exact when filtered (up to the count cap); unfiltered counts of large tables come from the daily aggregates or the planner's estimate, see the API README"\n  totalCount: Int!\n}`,
    )
  }
  parts.push(`type PageInfo {\n  hasNextPage: Boolean!\n  hasPreviousPage: Boolean!\n  startCursor: String!\n  endCursor: String!\n}`)
  parts.push(`type Query {\n${entities.map(queryFields).join('\n')}\n}`)
  return parts.join('\n\n')
}
