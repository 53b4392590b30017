import {
  GraphQLError,
  getOperationAST,
  NoFragmentCyclesRule,
  specifiedRules,
  typeFromAST,
  valueFromAST,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValidationRule,
} from 'graphql'
import { estimateCost, type CostEstimate, type CostLimits } from './cost-model'

/** graphql-js's validate, as the envelop chain passes it along (the rest are its optional arguments) */
export type ValidateFn = (schema: GraphQLSchema, document: DocumentNode, rules?: readonly ValidationRule[], ...rest: any[]) => readonly GraphQLError[]

const SPEC_RULES = new Set<ValidationRule>(specifiedRules)

/**
 * The request's variables as sent, with the operation's own defaults filled in: enough for the cost
 * model, which reads page sizes, ranges and filters. Coercing them properly is what graphql-js does
 * after validation, and for a wide filter on a where-input of hundreds of fields that coercion is
 * itself one of the slow steps an attacker can ask for.
 */
export function rawVariables(schema: GraphQLSchema, operation: OperationDefinitionNode, sent: unknown): Record<string, unknown> {
  const given = typeof sent === 'object' && sent !== null && !Array.isArray(sent) ? (sent as Record<string, unknown>) : {}
  const variables: Record<string, unknown> = { ...given }
  for (const def of operation.variableDefinitions ?? []) {
    const name = def.variable.name.value
    if (variables[name] !== undefined || !def.defaultValue) continue
    const type = typeFromAST(schema, def.type as never)
    if (type) variables[name] = valueFromAST(def.defaultValue, type as never)
  }
  return variables
}

export interface EarlyCheck {
  schema: GraphQLSchema
  document: DocumentNode
  /** the validation rules of this request: graphql's own and those the plugins added */
  rules: readonly ValidationRule[]
  validate: ValidateFn
  operationName?: string | null
  variables?: unknown
  limits: CostLimits
  entities: ReadonlySet<string>
  /** the error a request with this estimate gets, or null within the budget */
  verdict(estimate: CostEstimate): GraphQLError | null
}

/**
 * The budget's refusal before graphql-js validates the document. Validating fifteen aliased full
 * introspections, or coercing an OR of 99 relation filters, costs the event loop far more than the
 * cost model does, and the answer is a refusal either way; refused here, such a request costs a
 * parse and a walk. Only documents the cheap rules accept are judged (the limits the plugins add,
 * such as aliases, depth and tokens, and fragment cycles, which the walk must not meet), so a
 * request those rules refuse keeps their code; everything else goes on to full validation, and the
 * check at execution, with coerced variables, stays the one that lets a request run.
 */
export function refuseBeforeValidation(c: EarlyCheck): GraphQLError | null {
  const operation = getOperationAST(c.document, c.operationName)
  if (!operation || operation.operation !== 'query') return null
  const cheapRules = [NoFragmentCyclesRule, ...c.rules.filter((r) => !SPEC_RULES.has(r))]
  if (c.validate(c.schema, c.document, cheapRules).length > 0) return null
  let estimate: CostEstimate
  try {
    estimate = estimateCost(c.schema, c.document, {
      operationName: c.operationName,
      variables: rawVariables(c.schema, operation, c.variables),
      limits: c.limits,
      entities: c.entities,
    })
  } catch (error) {
    // a filter over its caps or a page over the maximum: refused with its code, as at execution
    if (error instanceof GraphQLError) return error
    return null
  }
  return c.verdict(estimate)
}
