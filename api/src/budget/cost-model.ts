import {
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  type DocumentNode,
  type FieldNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql'
import { getArgumentValues } from 'graphql/execution/values'
import {
  ALLOCATION_COUNT,
  DATA_LIST_GUESS,
  NESTED_LIST_GUESS,
  SEARCH_HITS,
  SMALL_LIST_GUESS,
  supplySchedulePoints,
  timeSeriesPoints,
  usageVsPriceDays,
} from './analytics-sizes'
import { ErrorCode, apiError } from '../errors'
import { checkFilter, DEFAULT_FILTER_BUDGET, type FilterBudget } from './filter-cost'
import { introspectionListSize } from './introspection-sizes'
import { usageQualityListSize, usageQualityPoints, usageQualityRows } from './usage-quality-sizes'

/**
 * A request's cost before it runs, with its variables in: what armor's static cost cannot see
 * (page sizes in variables, analytics whose size is a date range, introspection of a schema with
 * hundreds of input types). The unit, "work", approximates event-loop time: one output value
 * completed and serialised is 1, a row read from Postgres (decoded, turned into an object, handed
 * through DataLoader) is ROW_WORK, a projected unlock (BigInt schedule maths) is PROJECTION_WORK.
 * Every estimate is an upper bound of what the resolvers may produce, never a guess below it.
 */

export const ROW_WORK = 4
export const PROJECTION_WORK = 8
/** a count runs in Postgres; what it costs here is its round trip */
export const COUNT_WORK = 50
/** validatorRanking's and proofCoverage's reads and the risk maths beside them */
export const ANALYTICS_QUERY_WORK = 2_000
/**
 * One read of a chain's node (api/src/chain): little event-loop work, but it holds one of the node's few
 * concurrent slots for up to API_CHAIN_TIMEOUT_MS, so it is priced like an analytics query per call.
 */
export const CHAIN_CALL_WORK = 500
/** node calls each chain root field makes at most (latestTransactions reads up to 20 blocks and the head) */
const CHAIN_CALLS: Record<string, number> = { transaction: 4, block: 2, latestBlocks: 26, latestTransactions: 21, accountKind: 2 }
/** graphql-js's introspection resolvers are several times slower per value than plain objects */
export const INTROSPECTION_VALUE_WORK = 3

export interface CostLimits {
  maxPageSize: number
  defaultPageSize: number
  filter?: FilterBudget
}

export interface CostEstimate {
  /** event-loop work, in the unit above */
  work: number
  /** entity rows the lists and relations may read */
  rows: number
  /** values in the answer (objects, list items and scalars) */
  values: number
  /** the root fields' shares of work, by response key, largest first */
  byRootField: { key: string; work: number }[]
}

/** fields visited before the walk gives up: fragments spread inside fragments multiply without end */
export const MAX_VISITS = 100_000

/** an introspection selection's cost per unit of multiplicity, and the fields it visited */
interface Unit {
  work: number
  values: number
  visits: number
}

interface Walk {
  visits: number
  /** introspection selections already walked, by parent type and selection node */
  units: Map<string, WeakMap<SelectionSetNode, Unit>>
  schema: GraphQLSchema
  document: DocumentNode
  variables: Record<string, unknown>
  limits: CostLimits
  entities: ReadonlySet<string>
  estimate: CostEstimate
}

function pageSize(value: unknown, argument: string, limits: CostLimits): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return limits.defaultPageSize
  // the resolver's own refusal, given before any other field of the request runs
  if (value > limits.maxPageSize) {
    throw apiError(ErrorCode.PAGE_SIZE_LIMIT, `${argument} is ${value}, above the maximum page size of ${limits.maxPageSize}; page with offset or cursors`, {
      max: limits.maxPageSize,
    })
  }
  return value
}

function argsOf(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>): Record<string, unknown> {
  try {
    return getArgumentValues(field, node, variables)
  } catch {
    // invalid arguments are the executor's BAD_USER_INPUT; the defaults are the larger guess anyway
    return {}
  }
}

/** Fields below a selection set, fragments expanded in place (each spread costs what it selects). */
function fieldsOf(set: SelectionSetNode | undefined, document: DocumentNode, into: FieldNode[] = [], depth = 0): FieldNode[] {
  if (!set || depth > 50) return into
  for (const s of set.selections) {
    if (into.length > MAX_VISITS) return into
    if (s.kind === Kind.FIELD) into.push(s)
    else if (s.kind === Kind.INLINE_FRAGMENT) fieldsOf(s.selectionSet, document, into, depth + 1)
    else {
      const fragment = document.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === s.name.value)
      if (fragment?.kind === Kind.FRAGMENT_DEFINITION) fieldsOf(fragment.selectionSet, document, into, depth + 1)
    }
  }
  return into
}

function fieldDef(parent: GraphQLObjectType, name: string, schema: GraphQLSchema): GraphQLField<unknown, unknown> | undefined {
  if (name === '__typename') return TypeNameMetaFieldDef
  if (parent === schema.getQueryType()) {
    if (name === '__schema') return SchemaMetaFieldDef
    if (name === '__type') return TypeMetaFieldDef
  }
  return parent.getFields()[name]
}

interface Scope {
  /** `first` of the connection above, for its edges */
  connectionFirst?: number
  /** points per series of the analytics field above */
  points?: number
}

/** How many items a list field yields per parent, and the work it adds besides its values. */
function listSize(
  parent: GraphQLObjectType,
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
  scope: Scope,
  w: Walk,
  multiplicity: number,
): number {
  const intro = introspectionListSize(w.schema, parent.name, field.name)
  if (intro !== undefined) return intro
  if ('limit' in args || field.args.some((a) => a.name === 'limit')) return pageSize(args.limit, 'limit', w.limits)
  if (field.name === 'edges' && scope.connectionFirst !== undefined) return scope.connectionFirst
  if (parent.name === 'SupplySchedule' && field.name === 'allocations') return ALLOCATION_COUNT
  if (parent.name === 'UnlockPressure' && field.name === 'byAllocation') return ALLOCATION_COUNT
  if (scope.points !== undefined && field.name === 'points') return scope.points
  if (scope.points !== undefined && parent.name === 'SupplySchedule' && field.name === 'circulating') return scope.points
  if (parent === w.schema.getQueryType() && field.name === 'usageVsPrice') return usageVsPriceDays(args)
  if (parent.name === 'SearchResult' || field.name === 'hits') return SEARCH_HITS
  if (parent.name === 'Cliff') return SMALL_LIST_GUESS
  const usageQuality = usageQualityListSize(parent.name, field.name, scope.points)
  if (usageQuality !== undefined) return usageQuality
  // a validator's history beside each of many validators: the table's rows spread over them
  return multiplicity > 1 ? NESTED_LIST_GUESS : DATA_LIST_GUESS
}

/** Work an analytics root field does besides producing its values. */
function analyticsWork(name: string, args: Record<string, unknown>, scope: Scope): number {
  if (Object.hasOwn(CHAIN_CALLS, name)) return CHAIN_CALLS[name] * CHAIN_CALL_WORK
  switch (name) {
    case 'supplySchedule':
      // every point of every allocation, and of circulating (which sums all allocations again)
      return (scope.points ?? 0) * ALLOCATION_COUNT * 2 * PROJECTION_WORK + ANALYTICS_QUERY_WORK
    case 'timeSeries':
      return (scope.points ?? 0) * ROW_WORK
    case 'usageVsPrice':
      return usageVsPriceDays(args) * 5 * ROW_WORK
    // allocations, unlockCalendar: three small reads cached per head, then the schedule's few hundred events
    case 'allocations':
    case 'unlockCalendar':
    case 'vestingSchedule':
    case 'unlockPressure':
    case 'proofCoverage':
    case 'validatorRanking':
    case 'inferenceProof':
    case 'settledInferences':
    case 'unexpandedBatches':
    case 'validatorIncidents':
    case 'commissionLimits':
      return ANALYTICS_QUERY_WORK
    case 'payerCohorts':
    case 'payerConcentration':
    case 'usageSpikes':
    case 'accountUsage':
      // aggregates over payment rows in Postgres, then one value per returned row
      return ANALYTICS_QUERY_WORK + (usageQualityRows(name, args) ?? 0) * ROW_WORK
    default:
      return 0
  }
}

/**
 * An introspection type's selection costs exactly `multiplicity` times what it costs once (its list
 * sizes come from the schema, never from arguments or from the multiplicity), and fragments make
 * fifteen aliased introspections walk the same selection nodes fifteen times: each is walked once.
 */
function walkSelection(parent: GraphQLObjectType, set: SelectionSetNode | undefined, multiplicity: number, scope: Scope, w: Walk, rootKey?: string): number {
  if (!set || !parent.name.startsWith('__') || multiplicity <= 0) return walkFields(parent, set, multiplicity, scope, w, rootKey)
  let byNode = w.units.get(parent.name)
  if (!byNode) w.units.set(parent.name, (byNode = new WeakMap()))
  const unit = byNode.get(set)
  if (unit) {
    w.visits += unit.visits
    if (w.visits > MAX_VISITS) return Infinity
    w.estimate.values += unit.values * multiplicity
    return unit.work * multiplicity
  }
  const before = { values: w.estimate.values, visits: w.visits }
  const work = walkFields(parent, set, multiplicity, scope, w, rootKey)
  if (Number.isFinite(work))
    byNode.set(set, { work: work / multiplicity, values: (w.estimate.values - before.values) / multiplicity, visits: w.visits - before.visits })
  return work
}

function walkFields(parent: GraphQLObjectType, set: SelectionSetNode | undefined, multiplicity: number, scope: Scope, w: Walk, rootKey?: string): number {
  let work = 0
  for (const node of fieldsOf(set, w.document)) {
    if (++w.visits > MAX_VISITS) return Infinity
    const field = fieldDef(parent, node.name.value, w.schema)
    if (!field) continue
    const args = argsOf(field, node, w.variables)
    if (args.where !== undefined) checkFilter(args.where, w.limits.filter ?? DEFAULT_FILTER_BUDGET)
    const key = node.alias?.value ?? node.name.value
    const inner: Scope = {}
    const isRoot = parent === w.schema.getQueryType()
    if (isRoot && field.name === 'supplySchedule') inner.points = supplySchedulePoints(args)
    if (isRoot && field.name === 'timeSeries') inner.points = timeSeriesPoints(args)
    if (isRoot) inner.points ??= usageQualityPoints(field.name, args)
    if (field.name.endsWith('Connection') && 'first' in args) inner.connectionFirst = pageSize(args.first, 'first', w.limits)
    else if (field.name.endsWith('Connection')) inner.connectionFirst = w.limits.defaultPageSize
    const type = getNullableType(field.type)
    const named = getNamedType(field.type)
    const count =
      multiplicity *
      (isListType(type)
        ? listSize(parent, field, args, { ...scope, ...inner }, w, multiplicity)
        : (introspectionListSize(w.schema, parent.name, field.name) ?? 1))
    const values = count + (isListType(type) ? multiplicity : 0)
    w.estimate.values += values
    let fieldWork = parent.name.startsWith('__') || field.name.startsWith('__') ? values * INTROSPECTION_VALUE_WORK : values
    if (w.entities.has(named.name)) {
      w.estimate.rows += count
      fieldWork += count * ROW_WORK
    }
    if (field.name === 'totalCount') fieldWork += multiplicity * COUNT_WORK
    if (isRoot) fieldWork += analyticsWork(field.name, args, inner)
    if (isObjectType(named) && node.selectionSet) fieldWork += walkSelection(named, node.selectionSet, count, { ...scope, ...inner }, w)
    if (isRoot) w.estimate.byRootField.push({ key: rootKey ?? key, work: fieldWork })
    work += fieldWork
  }
  return work
}

function operationOf(document: DocumentNode, operationName?: string | null): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
  return operationName ? operations.find((o) => o.name?.value === operationName) : operations[0]
}

/**
 * The cost of the operation a request runs. Throws FILTER_TOO_COMPLEX for a filter over its caps;
 * anything else invalid is left to validation and the executor, which answer it with their codes.
 */
export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  options: { operationName?: string | null; variables?: Record<string, unknown> | null; limits: CostLimits; entities: ReadonlySet<string> },
): CostEstimate {
  const estimate: CostEstimate = { work: 0, rows: 0, values: 0, byRootField: [] }
  const operation = operationOf(document, options.operationName)
  const root = operation?.operation === 'query' ? schema.getQueryType() : undefined
  if (!operation || !root) return estimate
  const w: Walk = {
    visits: 0,
    units: new Map(),
    schema,
    document,
    variables: options.variables ?? {},
    limits: options.limits,
    entities: options.entities,
    estimate,
  }
  estimate.work = walkSelection(root, operation.selectionSet, 1, {}, w)
  estimate.byRootField.sort((a, b) => b.work - a.work)
  return estimate
}
