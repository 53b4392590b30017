/** Scalars a stored field can have; BigInt, BigDecimal and Bytes travel as strings. */
export type ScalarType = 'ID' | 'String' | 'Int' | 'Float' | 'Boolean' | 'BigInt' | 'BigDecimal' | 'DateTime' | 'Bytes' | 'JSON'

interface FieldBase {
  /** the public (GraphQL) name */
  name: string
  description?: string
}

export interface ScalarField extends FieldBase {
  kind: 'scalar'
  type: ScalarType
  column: string
  nullable: boolean
}

export interface EnumField extends FieldBase {
  kind: 'enum'
  enumName: string
  column: string
  nullable: boolean
}

/** A many-to-one relation stored as `<field>_id`. */
export interface ForeignKeyField extends FieldBase {
  kind: 'fk'
  target: string
  column: string
  nullable: boolean
}

/** A one-to-many relation (`@derivedFrom`): the target's `field` points back here. */
export interface ListField extends FieldBase {
  kind: 'list'
  target: string
  /** the foreign-key field on the target entity */
  inverse: string
}

export type Field = ScalarField | EnumField | ForeignKeyField | ListField
export type ColumnField = ScalarField | EnumField | ForeignKeyField

export interface Entity {
  name: string
  description?: string
  /** SQL for the FROM clause: a quoted table name, or a parenthesised subquery for derived entities */
  from: string
  /** the table name when the entity is a plain table (planner estimates need it) */
  table?: string
  fields: Field[]
}

export interface EnumType {
  name: string
  description?: string
  values: { name: string; description?: string }[]
}

export interface Model {
  entities: Map<string, Entity>
  enums: Map<string, EnumType>
}

export function entityOf(model: Model, name: string): Entity {
  const entity = model.entities.get(name)
  if (!entity) throw new Error(`unknown entity ${name}`)
  return entity
}

export function fieldOf(entity: Entity, name: string): Field | undefined {
  return entity.fields.find((f) => f.name === name)
}

export function isColumnField(field: Field): field is ColumnField {
  return field.kind !== 'list'
}
