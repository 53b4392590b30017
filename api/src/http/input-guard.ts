import { GraphQLError, type ValidationRule } from 'graphql'
import type { Plugin } from 'graphql-yoga'
import { ErrorCode } from '../errors'
import { findNulByte, findTooDeep } from '../sql/input-checks'

function badInputResult(message: string) {
  return { errors: [new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT } })] }
}

/** String literals in the query text are values too: "a\u0000b" inside a query is as bad as in a variable. */
const NoNulInStrings: ValidationRule = (context) => ({
  StringValue(node) {
    if (node.value.includes('\u0000')) {
      context.reportError(
        new GraphQLError('a string in the query contains a NUL character (U+0000), which no text column can hold', {
          nodes: [node],
          extensions: { code: ErrorCode.BAD_USER_INPUT },
        }),
      )
    }
  },
})

/**
 * Refuses, before parsing, variables that nest absurdly deep (graphql-js coerces them
 * recursively) or hold a NUL character (Postgres refuses text with one), and string literals with
 * a NUL at validation: each a BAD_USER_INPUT, never a database error or a 500.
 */
export function useInputGuard(): Plugin {
  return {
    onParams({ params, setResult }) {
      const problem = findTooDeep(params.variables) ?? findTooDeep(params.extensions) ?? findNulByte(params.variables)
      if (problem) setResult(badInputResult(problem.startsWith('the input') ? problem.replace('the input nests', 'the variables nest') : `variable ${problem}`))
    },
    onValidate({ addValidationRule }) {
      addValidationRule(NoNulInStrings)
    },
  }
}
