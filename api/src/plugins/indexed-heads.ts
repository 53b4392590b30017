import type { Plugin } from 'graphql-yoga'
import type { HeadsReader } from '../heads'

/**
 * Every response says which blocks it reflects (`extensions.indexedHeads`), so a chart or a CSV
 * can cite "as of block N". The heads are cached for about a second, so this costs no query.
 */
export function useIndexedHeads(heads: HeadsReader): Plugin {
  return {
    async onExecutionResult({ result, setResult }) {
      if (Array.isArray(result) || !result || typeof result !== 'object' || Symbol.asyncIterator in result) return
      const indexedHeads = await heads.get().catch(() => null)
      setResult({ ...result, extensions: { ...result.extensions, indexedHeads } })
    },
  }
}
