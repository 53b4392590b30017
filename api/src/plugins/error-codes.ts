import { GraphQLError, ValuesOfCorrectTypeRule, specifiedRules, type ValidationContext, type ValidationRule } from 'graphql'
import type { Plugin } from 'graphql-yoga'
import { ErrorCode } from '../errors'

export function withCode(error: GraphQLError, code: string): GraphQLError {
  if (error.extensions?.code) return error
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...error.extensions, code },
  })
}

/** Runs a rule with its reports tagged, so "wrong argument value" reads BAD_USER_INPUT, not just "invalid". */
function codedRule(rule: ValidationRule, code: string): ValidationRule {
  return (context: ValidationContext) =>
    rule(
      new Proxy(context, {
        get(target, prop, receiver) {
          if (prop === 'reportError') return (error: GraphQLError) => target.reportError(withCode(error, code))
          const value = Reflect.get(target, prop, receiver)
          return typeof value === 'function' ? value.bind(target) : value
        },
      }),
    )
}

/**
 * Gives every error graphql-js itself raises an `extensions.code`: parse errors, validation errors,
 * and bad argument or variable values (BAD_USER_INPUT). Resolver errors carry their own.
 */
export function useErrorCodes(): Plugin {
  return {
    onParse() {
      return ({ result, replaceParseResult }) => {
        if (result instanceof GraphQLError) replaceParseResult(withCode(result, 'GRAPHQL_PARSE_FAILED'))
      }
    },
    onValidate({ validateFn, setValidationFn }) {
      setValidationFn((schema, document, rules, ...rest) =>
        validateFn(
          schema,
          document,
          (rules ?? specifiedRules).map((r: ValidationRule) => (r === ValuesOfCorrectTypeRule ? codedRule(r, ErrorCode.BAD_USER_INPUT) : r)),
          ...rest,
        ),
      )
      return ({ result, setResult }) => {
        if (result.length > 0) setResult((result as GraphQLError[]).map((e) => withCode(e, ErrorCode.GRAPHQL_VALIDATION_FAILED)))
      }
    },
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (!('errors' in result) || !result.errors?.length) return
          // errors without a path come from coercing variables, before any resolver ran
          const errors = result.errors.map((e) => (e.path === undefined ? withCode(e, ErrorCode.BAD_USER_INPUT) : e))
          setResult({ ...result, errors })
        },
      }
    },
  }
}
