import type { ReactNode } from 'react'

export function Loading({ height = 120, label = 'Loading…' }: { height?: number; label?: string }) {
  return (
    <div className="skeleton" style={{ height }} role="status" aria-live="polite" aria-label={label}>
      <span style={{ position: 'absolute', left: -9999 }}>{label}</span>
    </div>
  )
}

export function ErrorState({ error, retry }: { error: unknown; retry?: () => void }) {
  const message = error instanceof Error ? error.message : String(error)
  const rejected = (error as { code?: string } | null)?.code === 'BAD_USER_INPUT'
  return (
    <div className="state error" role="alert">
      {rejected ? 'The API did not accept this request.' : 'Could not load this from the API.'}
      <code>{message}</code>
      {retry && !rejected && (
        <button type="button" className="btn" style={{ marginTop: 10 }} onClick={retry}>
          Try again
        </button>
      )}
    </div>
  )
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <div className="state">{children}</div>
}

interface QueryLike {
  isPending: boolean
  error: unknown
  refetch: () => unknown
}

/**
 * The three states every panel has: loading, error, empty; otherwise its content. `empty` is
 * decided by the caller from the loaded data.
 */
export function QueryState({
  query,
  empty,
  emptyText = 'Nothing to show yet.',
  height,
  children,
}: {
  query: QueryLike
  empty?: boolean
  emptyText?: ReactNode
  height?: number
  children: () => ReactNode
}) {
  if (query.isPending) return <Loading height={height} />
  if (query.error) return <ErrorState error={query.error} retry={() => void query.refetch()} />
  if (empty) return <EmptyState>{emptyText}</EmptyState>
  return <>{children()}</>
}
