import type { ReactNode } from 'react'

/** A definition grid for detail pages: label on the left, value on the right (stacked on phones). */
export function KeyValue({ rows }: { rows: Array<[ReactNode, ReactNode] | null | undefined | false | ''> }) {
  return (
    <div className="kv">
      {rows.filter((r): r is [ReactNode, ReactNode] => Boolean(r)).flatMap(([k, v], i) => [<div key={`k${i}`}>{k}</div>, <div key={`v${i}`}>{v}</div>])}
    </div>
  )
}
