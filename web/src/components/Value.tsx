import type { Formatted } from '../lib/format'

/** A formatted figure: the short text on the page, the exact value on hover. */
export function Value({ f, className }: { f: Formatted; className?: string }) {
  return (
    <span className={`num${className ? ` ${className}` : ''}`} title={f.exact}>
      {f.text}
    </span>
  )
}
