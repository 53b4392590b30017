import fs from 'node:fs'
import { Kind, parse, type ConstDirectiveNode, type FieldDefinitionNode, type ObjectTypeDefinitionNode, type TypeNode } from 'graphql'
import { snakeCase, names } from './naming'
import type { Entity, EnumType, Field, Model, ScalarType } from './types'
import { dailyStatEntity } from './daily-stat'

const SCALARS = new Set<ScalarType>(['ID', 'String', 'Int', 'Float', 'Boolean', 'BigInt', 'BigDecimal', 'DateTime', 'Bytes', 'JSON'])

function unwrap(type: TypeNode): { name: string; nullable: boolean; list: boolean } {
  let nullable = true
  let list = false
  let t = type
  if (t.kind === Kind.NON_NULL_TYPE) {
    nullable = false
    t = t.type
  }
  if (t.kind === Kind.LIST_TYPE) {
    list = true
    t = t.type.kind === Kind.NON_NULL_TYPE ? t.type.type : t.type
  }
  if (t.kind !== Kind.NAMED_TYPE) throw new Error('nested lists are not supported')
  return { name: t.name.value, nullable, list }
}

function directive(node: FieldDefinitionNode | ObjectTypeDefinitionNode, name: string): ConstDirectiveNode | undefined {
  return node.directives?.find((d) => d.name.value === name)
}

function stringArg(d: ConstDirectiveNode, arg: string): string | undefined {
  const a = d.arguments?.find((x) => x.name.value === arg)
  return a && a.value.kind === Kind.STRING ? a.value.value : undefined
}

/**
 * Builds the API's entity model from the same schema.graphql the indexer's TypeORM models are
 * generated from, with the column names squid-typeorm-codegen gives them (snake_case, `<field>_id`
 * for relations), plus the joined DailyStat.
 */
export function buildModel(sdl: string): Model {
  const doc = parse(sdl)
  const enums = new Map<string, EnumType>()
  const objects: ObjectTypeDefinitionNode[] = []
  for (const def of doc.definitions) {
    if (def.kind === Kind.ENUM_TYPE_DEFINITION) {
      enums.set(def.name.value, {
        name: def.name.value,
        description: def.description?.value,
        values: (def.values ?? []).map((v) => ({ name: v.name.value, description: v.description?.value })),
      })
    } else if (def.kind === Kind.OBJECT_TYPE_DEFINITION && directive(def, 'entity')) {
      objects.push(def)
    }
  }
  const entityNames = new Set(objects.map((o) => o.name.value))
  const entities = new Map<string, Entity>()
  for (const obj of objects) {
    const fields: Field[] = (obj.fields ?? []).map((f) => {
      const name = f.name.value
      // `field_op` filter names are split at the first underscore, so field names must not contain one
      if (name.includes('_')) throw new Error(`${obj.name.value}.${name}: field names with "_" are not supported`)
      const { name: typeName, nullable, list } = unwrap(f.type)
      const description = f.description?.value
      const derived = directive(f, 'derivedFrom')
      if (list) {
        if (!derived || !entityNames.has(typeName)) throw new Error(`${obj.name.value}.${name}: only @derivedFrom entity lists are supported`)
        return { kind: 'list', name, target: typeName, inverse: stringArg(derived, 'field')!, description }
      }
      if (entityNames.has(typeName)) return { kind: 'fk', name, target: typeName, column: `${snakeCase(name)}_id`, nullable, description }
      if (enums.has(typeName)) return { kind: 'enum', name, enumName: typeName, column: snakeCase(name), nullable, description }
      if (SCALARS.has(typeName as ScalarType)) return { kind: 'scalar', name, type: typeName as ScalarType, column: snakeCase(name), nullable, description }
      throw new Error(`${obj.name.value}.${name}: unsupported type ${typeName}`)
    })
    const table = names.table(obj.name.value)
    entities.set(obj.name.value, { name: obj.name.value, description: obj.description?.value, from: `"${table}"`, table, fields })
  }
  const og = entities.get('OgDailyStat')
  const base = entities.get('BaseDailyStat')
  if (og && base) entities.set('DailyStat', dailyStatEntity(og, base))
  return { entities, enums }
}

export function loadModel(schemaFile: string): Model {
  return buildModel(fs.readFileSync(schemaFile, 'utf8'))
}
