/** How far the index has got on each chain, for the header. */
import { typed } from '../../api/document'
import type { IndexStatusQuery, IndexStatusQueryVariables } from '../../generated/graphql'

export const STATUS_QUERY = typed<IndexStatusQuery, IndexStatusQueryVariables>(/* GraphQL */ `
query IndexStatus {
  squidStatus { height og { height hash } base { height hash } }
}`)
