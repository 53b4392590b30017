export const STATUS_QUERY = /* GraphQL */ `
query IndexStatus {
  squidStatus { height og { height hash } base { height hash } }
}`

export interface StatusWire {
  squidStatus: { height: number | null; og: { height: number; hash: string } | null; base: { height: number; hash: string } | null }
}
