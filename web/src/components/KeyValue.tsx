import type { ReactNode } from 'react'
import { Define } from './Define'

/** A label, its value and, optionally, what the label means in plain words (behind a "?" that opens on hover, focus and tap). */
export type KeyValueRow = [ReactNode, ReactNode] | [ReactNode, ReactNode, string]

/** A definition grid for detail pages: label on the left, value on the right (stacked on phones). */
export function KeyValue({ rows }: { rows: Array<KeyValueRow | null | undefined | false | ''> }) {
  return (
    <div className="kv">
      {rows
        .filter((r): r is KeyValueRow => Boolean(r))
        .flatMap(([k, v, define], i) => [
          <div key={`k${i}`}>
            {k}
            {define && <Define text={define} label={`What is ${typeof k === 'string' ? k : 'this'}?`} />}
          </div>,
          <div key={`v${i}`}>{v}</div>,
        ])}
    </div>
  )
}
