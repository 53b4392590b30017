import { Link } from 'react-router'
import { shortenHash } from '../lib/format'
import { CopyButton } from './CopyButton'

interface HashProps {
  value: string | null | undefined
  /** an explorer route for the value */
  to?: string
  /** show the whole value instead of 0x1234…abcd (on phones it is still cut in the middle; the copy button copies it whole) */
  full?: boolean
  /** text shown instead of the shortened value (a label), the value stays in the title */
  label?: string | null
  copy?: boolean
}

/** A hash or address: shortened, monospaced, the whole value in the title, with a copy button. */
export function Hash({ value, to, full = false, label, copy = true }: HashProps) {
  if (!value) return <span className="faint">—</span>
  const text =
    label ??
    (full ? (
      <>
        <span className="hash-full">{value}</span>
        <span className="hash-short">{shortenHash(value, 10, 8)}</span>
      </>
    ) : (
      shortenHash(value)
    ))
  const body = to ? (
    <Link to={to} className={label ? undefined : 'mono'} title={value}>
      {text}
    </Link>
  ) : (
    <span className={label ? undefined : 'mono'} title={value}>
      {text}
    </span>
  )
  return (
    <span className="nowrap">
      {body}
      {copy && <CopyButton value={value} />}
    </span>
  )
}
