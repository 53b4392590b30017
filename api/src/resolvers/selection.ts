import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql'
import type { ColumnField, Entity } from '../model/types'
import { isColumnField } from '../model/types'

function collect(set: SelectionSetNode | undefined, info: GraphQLResolveInfo, out: FieldNode[], seen = new Set<string>()): FieldNode[] {
  for (const s of set?.selections ?? []) {
    if (s.kind === Kind.FIELD) out.push(s)
    else if (s.kind === Kind.INLINE_FRAGMENT) collect(s.selectionSet, info, out, seen)
    else if (!seen.has(s.name.value)) {
      seen.add(s.name.value)
      collect(info.fragments[s.name.value]?.selectionSet, info, out, seen)
    }
  }
  return out
}

/**
 * The columns a query asks for below `path` (e.g. edges → node), so list queries read only
 * those. Relation fields need their id column; `@skip`/`@include` are ignored (reading a column
 * too many is harmless).
 */
export function requestedColumns(entity: Entity, info: GraphQLResolveInfo, path: string[] = []): ColumnField[] {
  let nodes: FieldNode[] = [...info.fieldNodes]
  for (const step of path) nodes = nodes.flatMap((n) => collect(n.selectionSet, info, []).filter((f) => f.name.value === step))
  const wanted = new Set(nodes.flatMap((n) => collect(n.selectionSet, info, []).map((f) => f.name.value)))
  return entity.fields.filter((f): f is ColumnField => isColumnField(f) && (wanted.has(f.name) || f.name === 'id'))
}

/** Whether a field (e.g. totalCount) is selected at all, so it is not computed for nothing. */
export function isSelected(info: GraphQLResolveInfo, name: string): boolean {
  return info.fieldNodes.some((n) => collect(n.selectionSet, info, []).some((f) => f.name.value === name))
}
