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
    <button type="button" className={`copy${done ? ' done' : ''}`} onClick={copy} title={done ? 'Copied' : `${label} ${value}`} aria-label={`${label} ${value}`}>
      {done ? '✓' : '⧉'}
    </button>
  )
}
