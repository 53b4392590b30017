import type { Entity, Field } from './types'

const KEYS = new Set(['id', 'date'])

/**
 * One row per UTC day joining the two chains' daily tables. Each pipeline owns its own row (a
 * rollback on one chain never touches the other's numbers), so the join happens here, at read time.
 * A chain's columns are null on a day that chain has no row for.
 */
export function dailyStatEntity(og: Entity, base: Entity): Entity {
  const side = (entity: Entity, alias: string) =>
    entity.fields
      .filter((f) => !KEYS.has(f.name) && f.kind !== 'list')
      .map((f) => ({
        field: {
          ...f,
          nullable: true,
          description: `${f.description ?? ''}${f.description ? ' ' : ''}(${entity.name}; null when that chain has no row for the day)`,
        } as Field,
        sql: `${alias}."${(f as { column: string }).column}"`,
      }))
  const columns = [...side(og, 'o'), ...side(base, 'b')]
  const select = [
    `coalesce(o."id", b."id") as "id"`,
    `coalesce(o."date", b."date") as "date"`,
    ...columns.map((c) => `${c.sql} as "${(c.field as { column: string }).column}"`),
  ].join(', ')
  return {
    name: 'DailyStat',
    description: "Both chains' numbers for one UTC day: OgDailyStat and BaseDailyStat joined on the day.",
    from: `(select ${select} from "${og.table}" o full join "${base.table}" b on b."id" = o."id")`,
    fields: [
      { kind: 'scalar', name: 'id', type: 'ID', column: 'id', nullable: false, description: 'YYYY-MM-DD' },
      { kind: 'scalar', name: 'date', type: 'DateTime', column: 'date', nullable: false, description: 'start of the UTC day' },
      ...columns.map((c) => c.field),
    ],
  }
}
