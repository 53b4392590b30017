import { getOperationAST, GraphQLError, specifiedRules, type ExecutionResult } from 'graphql'
import { createGraphQLError, isAsyncIterable, type Plugin } from 'graphql-yoga'
import { getVariableValues } from 'graphql/execution/values'
import { refuseBeforeValidation, type ValidateFn } from '../budget/before-validation'
import { estimateCost, type CostEstimate } from '../budget/cost-model'
import { isHeavy, type HeavyLane } from '../budget/heavy-lane'
import type { LaneAnswer, LaneRunner } from '../budget/lane-runner'
import { budgetedDb, RequestBudget } from '../budget/request-budget'
import { serializeInSlices } from '../budget/serialize'
import type { ApiConfig } from '../config'
import { ClientQueryGate } from '../db/client-queries'
import type { Db } from '../db/db'
import { ErrorCode, apiError } from '../errors'
import { clientIp } from '../http/client-ip'
import type { Model } from '../model/types'
import { createLoaders } from '../resolvers/loaders'

/** answers estimated below this many values are serialised natively in one go (the common case) */
export const SLICED_FROM_VALUES = 5_000
/** event-loop time one slice of serialisation may take before other requests get their turn */
export const SLICE_MS = 8

function reject(error: GraphQLError): ExecutionResult {
  return { errors: [error] }
}

/** The refusal a request with this estimate gets, or null when it fits the budget. */
function verdictOn(estimate: CostEstimate, config: Pick<ApiConfig, 'limits' | 'budget'>): GraphQLError | null {
  if (estimate.rows > config.limits.maxRowsPerRequest) {
    return apiError(
      ErrorCode.RESPONSE_TOO_LARGE,
      `the query may read up to ${Math.round(estimate.rows)} rows, above the ${config.limits.maxRowsPerRequest} a request may read (nested page sizes multiply); ask for smaller pages or fewer nested lists, or use the CSV export`,
      { max: config.limits.maxRowsPerRequest, estimate: Math.round(estimate.rows) },
    )
  }
  if (estimate.work > config.budget.maxWork) {
    return apiError(
      ErrorCode.COST_LIMIT,
      `the query's estimated work of ${Number.isFinite(estimate.work) ? Math.round(estimate.work) : 'more than any limit'} is above the ${config.budget.maxWork} a request may use${describe(estimate)}; use fewer aliases, smaller pages or shorter ranges`,
      { max: config.budget.maxWork, estimate: Number.isFinite(estimate.work) ? Math.round(estimate.work) : null },
    )
  }
  return null
}

function describe(e: CostEstimate): string {
  const top = e.byRootField
    .slice(0, 3)
    .map((f) => `${f.key} ${Math.round(f.work)}`)
    .join(', ')
  return top ? ` (largest: ${top})` : ''
}

/** The heavy lane: its admission queue and the worker thread that runs what it admits. */
export interface Lane {
  admission: HeavyLane
  runner: LaneRunner
}

/**
 * Every GraphQL request's budget: before execution, the cost model with the variables filled in
 * (work, rows, filter shape) refuses what is too large with COST_LIMIT, RESPONSE_TOO_LARGE or
 * FILTER_TOO_COMPLEX in well under a millisecond; while it runs, the request's database view stops
 * it once its time or its rows are spent; and a large answer is serialised in slices that yield to
 * other requests, with its size checked as it grows. With a `lane`, a request the cost model calls
 * heavy waits for a place in the heavy lane and runs in its worker thread; the main thread only
 * sends the worker's finished body.
 */
export function useRequestBudget(config: Pick<ApiConfig, 'limits' | 'budget' | 'rateLimit' | 'heavyLane'>, model: Model, lane?: Lane): Plugin<{ db: Db }> {
  const entities = new Set(model.entities.keys())
  const gate = new ClientQueryGate(config.budget.maxClientQueries)
  const estimates = new WeakMap<Request, CostEstimate>()
  const budgets = new WeakMap<Request, RequestBudget>()
  const clients = new WeakMap<Request, string>()
  /** answers the heavy lane's worker produced, sent as they are */
  const laneAnswers = new WeakMap<Request, LaneAnswer>()
  const limits = { maxPageSize: config.limits.maxPageSize, defaultPageSize: config.limits.defaultPageSize }
  /**
   * A heavy request from a client that already holds its share of the heavy lane is refused before
   * validation: forty at once from one client would otherwise each cost a full validation on the
   * event loop, only to get the same refusal from the lane's admission at execution.
   */
  const earlyLaneRefusal = (estimate: CostEstimate, context: unknown): GraphQLError | null => {
    const request = (context as { request?: Request }).request
    if (!lane || !request || !isHeavy(estimate, config.heavyLane)) return null
    return lane.admission.clientRefusal(clientIp(request, context, config.rateLimit.trustProxy))
  }
  return {
    onContextBuilding({ context, extendContext }) {
      const request = (context as { request?: Request }).request
      const budget = new RequestBudget({
        timeoutMs: config.budget.requestTimeoutMs,
        maxDbRows: config.budget.maxDbRows,
        maxResponseChars: config.budget.maxResponseBytes,
      })
      if (request) budgets.set(request, budget)
      // the rate limiter's notion of a client (the socket's address, or the trusted proxy's hop)
      const client = request ? clientIp(request, context, config.rateLimit.trustProxy) : 'local'
      if (request) clients.set(request, client)
      const db = budgetedDb(context.db, budget, { acquire: () => gate.acquire(client) })
      extendContext({ db, loaders: createLoaders(db, model), budget } as never)
    },
    onValidate({ context, validateFn, setValidationFn }) {
      const params = (context as { params?: { operationName?: string | null; variables?: unknown } }).params
      setValidationFn((schema, document, rules, ...rest) => {
        const refusal = refuseBeforeValidation({
          schema,
          document,
          rules: rules ?? specifiedRules,
          validate: validateFn as ValidateFn,
          operationName: params?.operationName,
          variables: params?.variables,
          limits,
          entities,
          verdict: (estimate) => verdictOn(estimate, config) ?? earlyLaneRefusal(estimate, context),
        })
        // thrown, not returned: a returned list would be kept by yoga's validation cache for this
        // query text, and the same text with smaller variables must still be served
        if (refusal) throw refusal
        return validateFn(schema, document, rules, ...rest)
      })
    },
    async onExecute({ args, setResultAndStopExecution }) {
      const operation = getOperationAST(args.document, args.operationName)
      if (!operation || operation.operation !== 'query') return
      const coerced = getVariableValues(args.schema, operation.variableDefinitions ?? [], (args.variableValues ?? {}) as Record<string, unknown>, {
        maxErrors: 1,
      })
      // variables that do not coerce are the executor's BAD_USER_INPUT, reported with its message
      if (coerced.errors) return
      let estimate: CostEstimate
      try {
        estimate = estimateCost(args.schema, args.document, { operationName: args.operationName, variables: coerced.coerced, limits, entities })
      } catch (error) {
        if (error instanceof GraphQLError) return setResultAndStopExecution(reject(error))
        throw error
      }
      const request = (args.contextValue as { request?: Request }).request
      if (request) estimates.set(request, estimate)
      const refusal = verdictOn(estimate, config)
      if (refusal) return setResultAndStopExecution(reject(refusal))
      if (!lane || !request || !isHeavy(estimate, config.heavyLane)) return
      const params = (args.contextValue as { params?: { query?: string; variables?: unknown; operationName?: string | null; extensions?: unknown } }).params
      if (!params?.query) return
      let release: () => void
      try {
        release = await lane.admission.admit(clients.get(request) ?? 'local')
      } catch (error) {
        if (error instanceof GraphQLError) return setResultAndStopExecution(reject(error))
        throw error
      }
      try {
        const { query, variables, operationName, extensions } = params
        const answer = await lane.runner.run({
          body: JSON.stringify({ query, variables, operationName, extensions }),
          accept: request.headers.get('accept') ?? 'application/json',
        })
        laneAnswers.set(request, answer)
        // a stand-in for the hooks after this one: the codes feed the metrics, and an answer with errors is not cached
        const errors = answer.errorCodes.map((code) => createGraphQLError('answered by the heavy lane', { extensions: code ? { code } : {} }))
        setResultAndStopExecution(errors.length ? { data: null, errors } : { data: null })
      } finally {
        release()
      }
    },
    async onResultProcess({ request, result, setResult, setResultProcessor }) {
      const answer = laneAnswers.get(request)
      if (answer) {
        setResultProcessor(
          (_result, fetchAPI) =>
            new fetchAPI.Response(answer.body as Uint8Array<ArrayBuffer>, { status: answer.status, headers: { 'content-type': answer.contentType } }),
          answer.contentType.split(';')[0],
        )
        return
      }
      if (Array.isArray(result) || isAsyncIterable(result)) return
      const estimate = estimates.get(request)
      if (!result.data || !estimate || estimate.values < SLICED_FROM_VALUES) return
      const budget = budgets.get(request)
      try {
        const data = await serializeInSlices(result.data, { maxChars: config.budget.maxResponseBytes, sliceMs: SLICE_MS, checkTime: () => budget?.checkTime() })
        // yoga strips internal error fields and then calls this with the cleaned result
        const stringify = (r: ExecutionResult) => {
          const head = r.errors?.length ? `"errors":${JSON.stringify(r.errors)},` : ''
          const tail = r.extensions && Object.keys(r.extensions).length ? `,"extensions":${JSON.stringify(r.extensions)}` : ''
          return `{${head}"data":${data}${tail}}`
        }
        setResult({ ...result, stringify })
      } catch (error) {
        if (!(error instanceof GraphQLError)) throw error
        setResult({ data: null, errors: [error] })
      }
    },
  }
}
