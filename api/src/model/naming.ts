/** OpenReader's naming, so queries written for any Subsquid squid work here unchanged. */

export function snakeCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1_$2')
    .toLowerCase()
}

export function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1)
}

export function pluralize(word: string): string {
  if (/(s|x|z|ch|sh)$/.test(word)) return `${word}es`
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`
  return `${word}s`
}

export const names = {
  list: (entity: string) => pluralize(lowerFirst(entity)),
  byId: (entity: string) => `${lowerFirst(entity)}ById`,
  connection: (entity: string) => `${pluralize(lowerFirst(entity))}Connection`,
  connectionType: (entity: string) => `${pluralize(entity)}Connection`,
  edgeType: (entity: string) => `${entity}Edge`,
  whereInput: (entity: string) => `${entity}WhereInput`,
  orderByEnum: (entity: string) => `${entity}OrderByInput`,
  /** the table codegen creates for an entity */
  table: (entity: string) => snakeCase(entity),
}
