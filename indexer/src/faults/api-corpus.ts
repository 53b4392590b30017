/**
 * Hostile GraphQL requests, each with the error code the API must answer it with. Codes are the
 * API's own (api/src/errors.ts, graphql-armor's, yoga's parse/validation ones).
 */
export interface HostileRequest {
  name: string
  body: unknown
  /**
   * acceptable extensions.code values of the first error: where several limits apply, which one the
   * API's validation order trips first is its own business, as long as the code says what was wrong
   */
  codes: string[]
}

const depthBomb = (levels: number) => {
  let q = 'id'
  for (let i = 0; i < levels; i++) q = `inferences(limit: 1) { settlement { ${q} } }`
  return `{ settlements(limit: 1) { ${q} } }`
}

export function hostileCorpus(): HostileRequest[] {
  const deepOr = (() => {
    let w: Record<string, unknown> = { kind_eq: 'BATCH' }
    for (let i = 0; i < 40; i++) w = { OR: [w, { status_eq: 'INVALID' }] }
    return w
  })()
  return [
    { name: 'depth bomb (8 levels, cheap fields)', body: { query: depthBomb(8) }, codes: ['DEPTH_LIMIT'] },
    { name: 'depth bomb (20 levels)', body: { query: depthBomb(20) }, codes: ['DEPTH_LIMIT', 'COST_LIMIT'] },
    { name: 'alias bomb (40 aliases)', body: { query: `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: settlements(limit: 1) { id }`).join(' ')} }` }, codes: ['ALIAS_LIMIT'] },
    { name: 'alias bomb (1000 aliases of a costly list)', body: { query: `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: settlements(limit: 1000) { id }`).join(' ')} }` }, codes: ['ALIAS_LIMIT', 'TOKEN_LIMIT', 'COST_LIMIT'] },
    { name: 'page of 100000 rows', body: { query: '{ settlements(limit: 100000) { id } }' }, codes: ['PAGE_SIZE_LIMIT'] },
    { name: 'connection page of 100000', body: { query: '{ settlementsConnection(orderBy: id_ASC, first: 100000) { totalCount } }' }, codes: ['PAGE_SIZE_LIMIT', 'COST_LIMIT'] },
    { name: 'nested page of 100000', body: { query: '{ validators { delegations(limit: 100000) { id } } }' }, codes: ['PAGE_SIZE_LIMIT'] },
    {
      name: 'giant _in list (5000 values, as a variable)',
      body: { query: 'query($ids: [String!]) { settlements(where: {id_in: $ids}) { id } }', variables: { ids: Array.from({ length: 5000 }, (_, i) => `x${i}`) } },
      codes: ['BAD_USER_INPUT'],
    },
    { name: 'OR nested 40 deep', body: { query: 'query($w: SettlementWhereInput) { settlements(where: $w) { id } }', variables: { w: deepOr } }, codes: ['FILTER_TOO_COMPLEX'] },
    { name: 'OR of 5000 conditions', body: { query: 'query($w: SettlementWhereInput) { settlements(where: $w) { id } }', variables: { w: { OR: Array.from({ length: 5000 }, (_, i) => ({ blockNumber_eq: i })) } } }, codes: ['FILTER_TOO_COMPLEX'] },
    { name: 'invalid argument type (limit: "ten")', body: { query: '{ settlements(limit: "ten") { id } }' }, codes: ['BAD_USER_INPUT'] },
    { name: 'negative offset', body: { query: '{ settlements(offset: -5) { id } }' }, codes: ['BAD_USER_INPUT'] },
    { name: 'unknown enum value', body: { query: '{ settlements(where: {kind_eq: NOPE}) { id } }' }, codes: ['BAD_USER_INPUT'] },
    { name: 'unknown field', body: { query: '{ settlements { password } }' }, codes: ['GRAPHQL_VALIDATION_FAILED'] },
    { name: 'unparseable query', body: { query: '{ settlements { id ' }, codes: ['GRAPHQL_PARSE_FAILED'] },
    { name: 'SQL in a cursor', body: { query: `{ settlementsConnection(orderBy: id_ASC, after: "'; DROP TABLE settlement; --") { totalCount } }` }, codes: ['BAD_USER_INPUT'] },
    { name: 'SQL in a date', body: { query: `{ timeSeries(metric: PAYMENTS, from: "2026-07-01' OR 1=1 --", to: "2026-08-01") { to } }` }, codes: ['BAD_USER_INPUT'] },
    { name: 'SQL in a numeric string', body: { query: `{ payments(where: {amount_gt: "1; DELETE FROM payment"}) { id } }` }, codes: ['BAD_USER_INPUT'] },
    { name: 'token flood (3000 fields)', body: { query: `{ ${Array.from({ length: 3000 }, () => '__typename').join(' ')} }` }, codes: ['TOKEN_LIMIT'] },
    { name: 'directive flood', body: { query: `{ __typename ${'@include(if: true) '.repeat(50)} }` }, codes: ['DIRECTIVE_LIMIT'] },
    { name: 'body over 256 KB', body: { query: '{ __typename }', variables: { pad: 'x'.repeat(400_000) } }, codes: ['REQUEST_TOO_LARGE'] },
  ]
}

/** Valid queries carrying SQL in string values: answered normally (nothing matches), tables intact. */
export const SQL_IN_STRINGS = [
  `{ settlements(where: {id_eq: "x'; DROP TABLE settlement; --"}) { id } }`,
  `{ accounts(where: {id_in: ["0x' OR '1'='1", "'; TRUNCATE account; --"]}) { id } }`,
  `{ settlements(where: {blobId_containsInsensitive: "%' UNION SELECT password FROM pg_shadow --"}) { id } }`,
]

/** the list query the sustained load runs */
export const LOAD_QUERY = '{ settlements(limit: 50, orderBy: blockNumber_DESC) { id kind status blockNumber txHash } }'
