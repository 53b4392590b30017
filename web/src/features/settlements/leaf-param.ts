/**
 * `?leaf=` in a settlement's URL. People read leaves counted from 1 (the page shows "leaf 3 of 8"),
 * the Merkle tree and the indexer count them from 0 (the inference id ends in its tree index). The
 * URL carries the number the page shows, so a link someone copies names the leaf they were looking at.
 */

/** The settlement page with one leaf picked, named by its 1-based number. */
export function settlementLeafHref(settlementId: string, leafIndex: number): string {
  return `/settlements/${settlementId}?leaf=${leafIndex + 1}`
}

/** The search part alone, for a link that stays on the current settlement page. */
export function leafSearch(leafIndex: number): string {
  return `?leaf=${leafIndex + 1}`
}

/** `?leaf=N` → the tree index N − 1; null for a missing value or one that is not a whole number from 1. */
export function leafIndexFromParam(value: string | null): number | null {
  if (value === null || !/^\d+$/.test(value.trim())) return null
  const n = Number(value.trim())
  return Number.isSafeInteger(n) && n >= 1 ? n - 1 : null
}

/** The page of a leaf list, `perPage` leaves a page in tree order, on which a leaf sits. */
export function pageOfLeaf(leafIndex: number, perPage: number): number {
  return Math.floor(leafIndex / perPage) + 1
}
