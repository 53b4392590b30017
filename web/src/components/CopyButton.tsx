import { useState } from 'react'

/** Copies `value` to the clipboard; falls back to a hidden textarea where the Clipboard API is missing. */
export function CopyButton({ value, label = 'Copy' }: { value: string; label?: string }) {
  const [done, setDone] = useState(false)
  const copy = async () => {
    try {
      if (navigator.clipboard) await navigator.clipboard.writeText(value)
      else {
        const area = document.createElement('textarea')
        area.value = value
        document.body.appendChild(area)
        area.select()
        document.execCommand('copy')
        area.remove()
      }
      setDone(true)
      setTimeout(() => setDone(false), 1200)
    } catch {
      setDone(false)
    }
  }
  return (
    <button
      type="button"
      className={`copy${done ? ' done' : ''}`}
      onClick={copy}
      title={done ? 'Copied' : `${label} ${value}`}
      aria-label={`${label} ${value}`}
    >
      {done ? (
        '✓'
      ) : (
        <svg width="11" height="11" viewBox="0 0 16 16" aria-hidden="true" style={{ verticalAlign: '-1px' }}>
          <rect x="5" y="5" width="9" height="9" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <path d="M11 3.5V3a1 1 0 0 0-1-1H3a1 1 0 0 0-1 1v7a1 1 0 0 0 1 1h.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
        </svg>
      )}
    </button>
  )
}
