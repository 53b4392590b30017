/** Search: the API's typed hits for whatever was typed in the box. */
import { typed } from '../../api/document'
import type { SearchQuery, SearchQueryVariables } from '../../generated/graphql'

export const SEARCH_QUERY = typed<SearchQuery, SearchQueryVariables>(/* GraphQL */ `
query Search($q: String!) {
  search(q: $q) {
    query
    shape
    hits { kind id label route chain }
  }
}`)

export type SearchResult = SearchQuery['search']
export type SearchHit = SearchResult['hits'][number]
