import { Kind, print, type DocumentNode, type ExecutionResult, type OperationDefinitionNode } from 'graphql'
import type { Plugin } from 'graphql-yoga'

const MAX_ENTRIES = 32

/** An operation that reads only the schema (`__schema`, `__type`, `__typename` at the root). */
export function isIntrospectionOnly(document: DocumentNode, operationName?: string | null): boolean {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0]
  if (!operation || operation.operation !== 'query') return false
  return operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && s.name.value.startsWith('__'))
}

/**
 * The schema never changes while the process runs, and a full introspection of it is one of the
 * slowest things graphql-js does here (one synchronous block per answer): every GraphiQL page load
 * sends the same one. Answers to introspection-only operations are kept by query text and
 * variables, so only the first of each costs anything.
 */
export function useIntrospectionCache(): Plugin {
  const cache = new Map<string, ExecutionResult>()
  return {
    onExecute({ args, setResultAndStopExecution }) {
      if (!isIntrospectionOnly(args.document, args.operationName)) return
      const key = `${args.operationName ?? ''}\n${JSON.stringify(args.variableValues ?? {})}\n${print(args.document)}`
      const hit = cache.get(key)
      if (hit) return setResultAndStopExecution(hit)
      return {
        onExecuteDone({ result }) {
          // null data is no answer to keep: a later plugin may have stood in for the real one (the
          // heavy lane sends its own bytes and leaves `{ data: null }` here for the hooks after it)
          const done = result as ExecutionResult
          if (!done.data || done.errors?.length) return
          if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!)
          cache.set(key, result as ExecutionResult)
        },
      }
    },
  }
}
