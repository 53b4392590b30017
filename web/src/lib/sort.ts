/**
 * A table's sort in the URL (`field` or `-field`) → OpenReader orderBy values, with a tiebreak.
 * The result is typed as the document's order enum (`TOrder`); the field comes from the URL
 * unchecked, and the API answers an order it does not have with a clear error.
 */
export function sortToOrderBy<TOrder extends string = string>(sort: string, tiebreak: TOrder[] = []): TOrder[] {
  const desc = sort.startsWith('-')
  const field = desc ? sort.slice(1) : sort
  return [`${field}_${desc ? 'DESC' : 'ASC'}` as TOrder, ...tiebreak.filter((t) => !t.startsWith(`${field}_`))]
}
