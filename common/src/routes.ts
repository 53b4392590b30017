/**
 * The web explorer's pages, in one table shared by the app (its router and page titles), the server that
 * serves it (HTTP 404 for a path no page owns) and the API's search (the page each hit opens).
 * Patterns use the router's syntax: `:name` matches one path segment.
 */

export const SITE_NAME = 'OpenGradient Explorer'

/** what a path segment must look like for the page to be able to exist */
export interface ParamShape {
  pattern: RegExp
  /** says what the id is, for the page that explains a malformed one */
  what: string
}

export interface AppRoute {
  /** router pattern without the leading slash ('' is the overview) */
  pattern: string
  /** the page's title; params are the decoded path segments */
  title: (params: Record<string, string>) => string
  /** shapes of the params; a param that does not fit is a malformed id, not a missing record */
  shapes?: Record<string, ParamShape>
}

const HASH = '0x[0-9a-fA-F]{64}'
const shape = (pattern: string, what: string): ParamShape => ({ pattern: new RegExp(`^(?:${pattern})$`), what })
const EVENT_ID = shape(`${HASH}-\\d{1,9}`, 'an event id is its transaction hash and log index, like 0x2588…-6')
const SHAPES = {
  event: { id: EVENT_ID },
  // slashes and jails read from the staking precompile's state have no log: state-<validator>-<block>-<KIND>[-n]
  stakingEvent: {
    id: shape(
      `${HASH}-\\d{1,9}|state-0x[0-9a-fA-F]{40}-\\d{1,12}-[A-Z_]+(-\\d{1,9})?`,
      "a staking event id is its transaction hash and log index, like 0x2588…-6, or state-<validator>-<block>-<kind> for one read from the chain's state",
    ),
  },
  inference: { id: shape(`${HASH}-\\d{1,9}-\\d{1,9}`, 'an inference id is its settlement id and leaf, like 0x2588…-6-1') },
  hash32: { id: shape(HASH, 'this id is a 32-byte hex hash: 0x followed by 64 hex digits') },
  address: { id: shape('0x[0-9a-fA-F]{40}', 'an address is 0x followed by 40 hex digits') },
  tx: { hash: shape(`(0x)?[0-9a-fA-F]{64}`, 'a transaction hash is 0x followed by 64 hex digits') },
  block: {
    chain: shape('og|base', 'the chain is og (OpenGradient) or base'),
    number: shape('\\d{1,12}', 'a block number is a whole number'),
  },
} satisfies Record<string, Record<string, ParamShape>>

/** a long id as lists show it: the head and tail of a hash, event ids keep their -logIndex[-leaf] suffix */
export function shortId(id: string): string {
  const m = /^(0x[0-9a-fA-F]{64})((?:-\d+){1,2})$/.exec(id)
  if (m) return `${m[1].slice(0, 6)}…${m[2]}`
  if (/^0x[0-9a-fA-F]{40,}$/.test(id)) return `${id.slice(0, 6)}…${id.slice(-4)}`
  return id.length > 24 ? `${id.slice(0, 10)}…${id.slice(-6)}` : id
}

const chainName = (chain: string) => (chain === 'og' ? 'OpenGradient' : chain === 'base' ? 'Base' : chain)

const page = (pattern: string, title: AppRoute['title'] | string, shapes?: Record<string, ParamShape>): AppRoute => ({
  pattern,
  title: typeof title === 'string' ? () => title : title,
  ...(shapes ? { shapes } : {}),
})

export const APP_ROUTES: readonly AppRoute[] = [
  page('', 'Overview'),
  page('settlements', 'Settlements'),
  page('inferences', 'Inferences'),
  page('settlements/:id', (p) => `Settlement ${shortId(p.id)}`, SHAPES.event),
  page('inferences/:id', (p) => `Inference ${shortId(p.id)}`, SHAPES.inference),
  page('tees', 'TEE nodes'),
  page('tees/:id', (p) => `TEE node ${shortId(p.id)}`, SHAPES.hash32),
  page('pcrs/:id', (p) => `Enclave measurement ${shortId(p.id)}`),
  page('validators', 'Validators'),
  page('validators/:id', (p) => `Validator ${shortId(p.id)}`),
  page('token', 'OPG token'),
  page('payments', 'x402 payments'),
  page('payments/:id', (p) => `Payment ${shortId(p.id)}`, SHAPES.event),
  page('transfers/:id', (p) => `Transfer ${shortId(p.id)}`, SHAPES.event),
  page('swaps/:id', (p) => `Swap ${shortId(p.id)}`, SHAPES.event),
  page('staking-events/:id', (p) => `Staking event ${shortId(p.id)}`, SHAPES.stakingEvent),
  page('heartbeats/:id', (p) => `Heartbeat ${shortId(p.id)}`, SHAPES.event),
  page('unlocks/:id', (p) => `Unlock ${shortId(p.id)}`, SHAPES.event),
  page('accounts/:id', (p) => `Address ${shortId(p.id)}`, SHAPES.address),
  page('tx/:hash', (p) => `Transaction ${shortId(p.hash)}`, SHAPES.tx),
  page('blocks/:chain/:number', (p) => `${chainName(p.chain)} block ${p.number}`, SHAPES.block),
  page('search', 'Search'),
]

/**
 * Paths people type from habit on other explorers (Etherscan, Blockscout), and where each leads.
 * A bare block number is looked up by the search, which offers the block on each chain.
 */
export const ROUTE_ALIASES: readonly { pattern: string; to: (params: Record<string, string>) => string }[] = [
  { pattern: 'address/:id', to: (p) => `/accounts/${encodeURIComponent(p.id)}` },
  { pattern: 'block/:number', to: (p) => `/search?q=${encodeURIComponent(p.number)}` },
  { pattern: 'transaction/:hash', to: (p) => `/tx/${encodeURIComponent(p.hash)}` },
  { pattern: 'token/:address', to: () => '/token' },
]

function matchPattern(pattern: string, pathname: string): Record<string, string> | null {
  const want = pattern === '' ? [] : pattern.split('/')
  const got = pathname
    .replace(/^\/+|\/+$/g, '')
    .split('/')
    .filter(Boolean)
  if (want.length !== got.length) return null
  const params: Record<string, string> = {}
  for (let i = 0; i < want.length; i++) {
    if (want[i].startsWith(':')) {
      let value: string
      try {
        value = decodeURIComponent(got[i])
      } catch {
        return null
      }
      params[want[i].slice(1)] = value
    } else if (want[i] !== got[i]) return null
  }
  return params
}

export interface RouteMatch {
  route: AppRoute
  params: Record<string, string>
  /** the first param that cannot be an id of this page, and what it should look like */
  malformed: { param: string; value: string; what: string } | null
}

/** The page a path opens, with its params; null when no page owns it (the server answers 404). */
export function matchAppRoute(pathname: string): RouteMatch | null {
  for (const route of APP_ROUTES) {
    const params = matchPattern(route.pattern, pathname)
    if (!params) continue
    const bad = Object.entries(route.shapes ?? {}).find(([name, s]) => !s.pattern.test(params[name] ?? ''))
    return { route, params, malformed: bad ? { param: bad[0], value: params[bad[0]] ?? '', what: bad[1].what } : null }
  }
  return null
}

/** Where an alias path leads, or null when it is not an alias. */
export function resolveAlias(pathname: string): string | null {
  for (const alias of ROUTE_ALIASES) {
    const params = matchPattern(alias.pattern, pathname)
    if (params) return alias.to(params)
  }
  return null
}

/** The document title of a path: "Settlement 0x2588…-6 · OpenGradient Explorer", or "Page not found · …". */
export function pageTitle(pathname: string): string {
  const hit = matchAppRoute(pathname)
  return `${hit ? hit.route.title(hit.params) : 'Page not found'} · ${SITE_NAME}`
}
