import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor'
import type { GraphQLError } from 'graphql'
import type { Plugin } from 'graphql-yoga'
import type { ApiConfig } from '../config'
import { ErrorCode } from '../errors'

/** Armor reports every limit as a "Syntax Error" without a code; give each its own. */
function tag(code: ErrorCode) {
  return (_context: unknown, error: GraphQLError) => {
    error.message = error.message.replace(/^Syntax Error: /, '')
    ;(error.extensions as Record<string, unknown>).code = code
  }
}

/** Depth, cost, alias, token and directive limits, checked before anything touches the database. */
export function useArmor(limits: ApiConfig['limits']): Plugin {
  return EnvelopArmorPlugin({
    maxDepth: { n: limits.maxDepth, flattenFragments: true, onReject: [tag(ErrorCode.DEPTH_LIMIT)] },
    costLimit: { maxCost: limits.maxCost, onReject: [tag(ErrorCode.COST_LIMIT)] },
    maxAliases: { n: limits.maxAliases, onReject: [tag(ErrorCode.ALIAS_LIMIT)] },
    maxTokens: { n: limits.maxTokens, onReject: [tag(ErrorCode.TOKEN_LIMIT)] },
    maxDirectives: { n: limits.maxDirectives, onReject: [tag(ErrorCode.DIRECTIVE_LIMIT)] },
    // the schema is public and introspectable; suggestions help analysts more than they help attackers
    blockFieldSuggestion: { enabled: false },
  }) as Plugin
}
