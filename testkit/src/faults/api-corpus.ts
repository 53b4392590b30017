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
    {
      name: 'alias bomb (40 aliases)',
      body: { query: `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: settlements(limit: 1) { id }`).join(' ')} }` },
      codes: ['ALIAS_LIMIT'],
    },
    {
      name: 'alias bomb (1000 aliases of a costly list)',
      body: { query: `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: settlements(limit: 1000) { id }`).join(' ')} }` },
      codes: ['ALIAS_LIMIT', 'TOKEN_LIMIT', 'COST_LIMIT'],
    },
    { name: 'page of 100000 rows', body: { query: '{ settlements(limit: 100000) { id } }' }, codes: ['PAGE_SIZE_LIMIT'] },
    {
      name: 'connection page of 100000',
      body: { query: '{ settlementsConnection(orderBy: id_ASC, first: 100000) { totalCount } }' },
      codes: ['PAGE_SIZE_LIMIT', 'COST_LIMIT'],
    },
    { name: 'nested page of 100000', body: { query: '{ validators { delegations(limit: 100000) { id } } }' }, codes: ['PAGE_SIZE_LIMIT'] },
    {
      name: 'giant _in list (5000 values, as a variable)',
      body: {
        query: 'query($ids: [String!]) { settlements(where: {id_in: $ids}) { id } }',
        variables: { ids: Array.from({ length: 5000 }, (_, i) => `x${i}`) },
      },
      codes: ['BAD_USER_INPUT'],
    },
    // the edge refuses variables nested this deep as bad input, before any filter is built from them
    {
      name: 'OR nested 40 deep',
      body: { query: 'query($w: SettlementWhereInput) { settlements(where: $w) { id } }', variables: { w: deepOr } },
      codes: ['BAD_USER_INPUT'],
    },
    {
      name: 'OR of 5000 conditions',
      body: {
        query: 'query($w: SettlementWhereInput) { settlements(where: $w) { id } }',
        variables: { w: { OR: Array.from({ length: 5000 }, (_, i) => ({ blockNumber_eq: i })) } },
      },
      codes: ['FILTER_TOO_COMPLEX'],
    },
    { name: 'invalid argument type (limit: "ten")', body: { query: '{ settlements(limit: "ten") { id } }' }, codes: ['BAD_USER_INPUT'] },
    { name: 'negative offset', body: { query: '{ settlements(offset: -5) { id } }' }, codes: ['BAD_USER_INPUT'] },
    { name: 'unknown enum value', body: { query: '{ settlements(where: {kind_eq: NOPE}) { id } }' }, codes: ['BAD_USER_INPUT'] },
    { name: 'unknown field', body: { query: '{ settlements { password } }' }, codes: ['GRAPHQL_VALIDATION_FAILED'] },
    { name: 'unparseable query', body: { query: '{ settlements { id ' }, codes: ['GRAPHQL_PARSE_FAILED'] },
    {
      name: 'SQL in a cursor',
      body: { query: `{ settlementsConnection(orderBy: id_ASC, after: "'; DROP TABLE settlement; --") { totalCount } }` },
      codes: ['BAD_USER_INPUT'],
    },
    {
      name: 'SQL in a date',
      body: { query: `{ timeSeries(metric: PAYMENTS, from: "2026-07-01' OR 1=1 --", to: "2026-08-01") { to } }` },
      codes: ['BAD_USER_INPUT'],
    },
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

/** One attack of the API budget issue: the requests of each round, and what the API must answer. */
export interface Attack {
  name: string
  /** refused: every request carries one of `codes`; some-refused: at least one does; served: answered without a 5xx */
  expect: 'refused' | 'some-refused' | 'served'
  codes: string[]
  /** rounds at most; a round's requests go out at once */
  rounds: number
  /** a round's requests (GraphQL bodies, or GET paths); the round number varies them past any cache */
  requests(round: number): AttackRequest[]
}

/** One request of an attack: a GraphQL body, or a GET of a path (the attacker's own way of reading it). */
export interface AttackRequest {
  body?: unknown
  path?: string
  /** GET: ask for a web page (text/html) and then every GraphiQL file it names, ignoring any cache, as a scraper would */
  page?: boolean
  /** GET: read the status and headers, then read nothing of the body for this long, then read what is left */
  stallMs?: number
}

/** How long a client that never reads holds its export before it reads again; above the case's write timeout */
export const STALLED_READER_MS = 1600

const aliased = (n: number, round: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `r${round}a${i}: ${field}`).join('\n')} }`

/** graphql-js's own introspection query, inlined: 15 aliases of its __schema selection and its fragments */
function aliasedIntrospection(n: number, round: number): string {
  const typeRef = (depth: number): string => (depth === 0 ? 'kind name' : `kind name ofType { ${typeRef(depth - 1)} }`)
  const inputValue = `name description type { ${typeRef(7)} } defaultValue`
  const fullType = `kind name description fields(includeDeprecated: true) { name description args { ${inputValue} } type { ${typeRef(7)} } isDeprecated deprecationReason } inputFields { ${inputValue} } interfaces { ${typeRef(7)} } enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason } possibleTypes { ${typeRef(7)} }`
  const schema = `__schema { queryType { name } mutationType { name } subscriptionType { name } types { ...FullType } directives { name description locations args { ...InputValue } } }`
  return `query { ${Array.from({ length: n }, (_, i) => `r${round}s${i}: ${schema}`).join('\n')} }
fragment FullType on __Type { ${fullType.replace(`args { ${inputValue} }`, 'args { ...InputValue }').replace(`inputFields { ${inputValue} }`, 'inputFields { ...InputValue }')} }
fragment InputValue on __InputValue { ${inputValue} }`
}

/** The issue's attacks on the request budget and the pool (part B), and the CSV ones (part A). */
export function budgetAttacks(): Attack[] {
  const everyOr = (round: number) => ({ OR: Array.from({ length: 99 }, (_, i) => ({ inferences_every: { inputHash_containsInsensitive: `${round}${i}ab` } })) })
  return [
    {
      name: '15 aliases of supplySchedule (DAY, five years)',
      expect: 'refused',
      codes: ['COST_LIMIT'],
      rounds: 20,
      requests: (round) => [
        {
          body: {
            query: aliased(
              15,
              round,
              'supplySchedule(interval: DAY, from: "2026-04-21", to: "2031-04-01") { allocations { id points { t projected observed } } circulating { t projected observed } }',
            ),
          },
        },
      ],
    },
    {
      name: '15 aliased full introspections',
      expect: 'refused',
      codes: ['COST_LIMIT'],
      rounds: 20,
      requests: (round) => [{ body: { query: aliasedIntrospection(15, round) } }],
    },
    {
      name: '15 aliases of inferences(limit: 1000)',
      expect: 'served',
      codes: [],
      rounds: 4,
      requests: (round) => [{ body: { query: aliased(15, round, 'inferences(limit: 1000, orderBy: id_ASC) { id status mode inputHash outputHash teeId }') } }],
    },
    {
      name: 'nested lists that would end in RESPONSE_TOO_LARGE',
      expect: 'refused',
      codes: ['RESPONSE_TOO_LARGE'],
      rounds: 20,
      requests: (round) => [
        { body: { query: `{ r${round}: settlements(limit: 1000) { id inferences(limit: 1000) { id status teeNode { id endpoint } settlement { id } } } }` } },
      ],
    },
    {
      name: 'OR of 99 inferences_every with _containsInsensitive, 10 at once',
      expect: 'refused',
      // with a lowered API_MAX_IN_FLIGHT, ten at once from one client exceed its in-flight share and the excess is
      // refused by the limiter before the budget sees it: either refusal is the right, fast answer
      codes: ['FILTER_TOO_COMPLEX', 'RATE_LIMITED'],
      rounds: 10,
      requests: (round) =>
        Array.from({ length: 10 }, (_, i) => ({
          body: {
            query: 'query($w: SettlementWhereInput) { settlementsConnection(orderBy: id_ASC, where: $w) { totalCount } }',
            variables: { w: everyOr(round * 10 + i) },
          },
        })),
    },
    {
      name: 'one client, 40 list queries at once',
      expect: 'some-refused',
      codes: ['RATE_LIMITED'],
      rounds: 3,
      requests: (round) =>
        Array.from({ length: 40 }, (_, i) => ({
          body: { query: `{ inferences(limit: 500, offset: ${round * 40 + i}, orderBy: id_ASC) { id status mode teeId settlement { id status } } }` },
        })),
    },
    {
      name: 'CSV: NUL byte, 1e999999999, year 0000 in a filter',
      expect: 'refused',
      codes: ['BAD_USER_INPUT'],
      rounds: 5,
      requests: () =>
        [{ id_eq: 'a\u0000b' }, { amount_gt: '1e999999999' }, { timestamp_gte: '0000-01-01T00:00:00Z' }].map((w) => ({
          path: `/export/transfers.csv?where=${encodeURIComponent(JSON.stringify(w))}`,
        })),
    },
    {
      // issue 14 saw 30 pages of 9 MB each, 10 at a time, push /healthz to 2.9 s
      name: 'GraphiQL: pages with their files, 10 at a time',
      expect: 'served',
      codes: [],
      rounds: 3,
      requests: () => Array.from({ length: 10 }, () => ({ path: '/graphql', page: true })),
    },
    {
      // issue 14 saw ten of them (the pool's size) make every query fail while /healthz stayed green
      name: 'CSV: ten clients that never read their export',
      expect: 'served',
      codes: [],
      rounds: 1,
      requests: () => Array.from({ length: 10 }, () => ({ path: '/export/inferences.csv?orderBy=id_ASC', stallMs: STALLED_READER_MS })),
    },
    {
      name: 'CSV: five concurrent exports of inferences',
      expect: 'served',
      codes: [],
      rounds: 2,
      requests: () => Array.from({ length: 5 }, () => ({ path: '/export/inferences.csv?orderBy=id_ASC' })),
    },
  ]
}

/** What an analyst keeps asking while the attacks run ($OFFSET varies, so the cache does not answer). */
export const STEADY_QUERIES = [
  '{ settlements(limit: 20, offset: $OFFSET, orderBy: blockNumber_DESC) { id kind status blockNumber inferenceCount } }',
  '{ inferences(limit: 20, offset: $OFFSET, orderBy: id_ASC) { id status mode teeId settlement { id } } }',
  '{ payments(limit: 20, offset: $OFFSET, orderBy: timestamp_DESC) { id amount amountUsd payer { id } } }',
  '{ validators(limit: 10, offset: $OFFSET) { id moniker tokens jailed } }',
]
