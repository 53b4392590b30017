export const analyticsTypeDefs = /* GraphQL */ `
extend type Query {
  _analyticsPlaceholder: Boolean
}
`
