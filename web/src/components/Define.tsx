import { type CSSProperties, type ReactNode, useId, useRef, useState } from 'react'

interface DefineProps {
  /** the definition, in plain words */
  text: ReactNode
  /** what the button says to a screen reader, e.g. "What is Risk score?" */
  label: string
  /** the visible mark; a small "?" by default */
  children?: ReactNode
}

const TIP_WIDTH = 300
const MARGIN = 8

/**
 * A definition that keyboard and touch users can reach, not a `title` only a mouse can: a button
 * that shows the text on focus, tap or hover and hides it on Escape, when focus leaves or the
 * pointer moves away. The text is the button's description, so a screen reader reads it with the
 * button. The text is placed fixed beside the button, so a card or a table that clips its
 * overflow does not cut it, and it never sticks out of a phone's screen.
 */
export function Define({ text, label, children = '?' }: DefineProps) {
  const id = useId()
  const button = useRef<HTMLButtonElement>(null)
  const [place, setPlace] = useState<CSSProperties | null>(null)
  const show = () => {
    const r = button.current?.getBoundingClientRect()
    if (!r) return
    const width = Math.min(TIP_WIDTH, window.innerWidth - 2 * MARGIN)
    const left = Math.max(MARGIN, Math.min(r.left, window.innerWidth - width - MARGIN))
    setPlace({ top: r.bottom + 4, left, width })
  }
  const hide = () => setPlace(null)
  return (
    <span className="define-wrap">
      <button
        ref={button}
        type="button"
        className="define"
        aria-label={label}
        aria-describedby={id}
        aria-expanded={place !== null}
        // a tap focuses, then clicks: both show, neither hides, so one tap shows the text
        onFocus={show}
        onClick={show}
        onBlur={hide}
        onMouseEnter={show}
        onMouseLeave={() => document.activeElement !== button.current && hide()}
        onKeyDown={(e) => {
          if (e.key === 'Escape') hide()
        }}
      >
        {children}
      </button>
      <span role="tooltip" id={id} className={`define-tip${place ? ' open' : ''}`} style={place ?? undefined}>
        {text}
      </span>
    </span>
  )
}
