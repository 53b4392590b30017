import { useCallback } from 'react'
import { useSearchParams } from 'react-router'

/**
 * Page state that lives in the URL (filters, sort, page, range), so every view is a permalink.
 * Setting a value to its default removes it from the URL; changing a filter resets the page.
 */
export function useUrlState<K extends string>(defaults: Record<K, string>): [Record<K, string>, (patch: Partial<Record<K, string>>) => void] {
  const [params, setParams] = useSearchParams()
  const values = {} as Record<K, string>
  for (const key of Object.keys(defaults) as K[]) values[key] = params.get(key) ?? defaults[key]
  const set = useCallback(
    (patch: Partial<Record<K, string>>) => {
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev)
          for (const [key, value] of Object.entries(patch) as Array<[K, string | undefined]>) {
            if (value === undefined || value === '' || value === defaults[key]) next.delete(key)
            else next.set(key, value)
          }
          if (!('page' in patch)) next.delete('page')
          return next
        },
        { replace: false },
      )
    },
    // defaults is a new literal on every render of the caller; its values are what matter
    [setParams, JSON.stringify(defaults)],
  )
  return [values, set]
}
