/** A table's sort in the URL (`field` or `-field`) → OpenReader orderBy values, with a tiebreak. */
export function sortToOrderBy(sort: string, tiebreak: string[] = []): string[] {
  const desc = sort.startsWith('-')
  const field = desc ? sort.slice(1) : sort
  return [`${field}_${desc ? 'DESC' : 'ASC'}`, ...tiebreak.filter((t) => !t.startsWith(`${field}_`))]
}
