import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent as ReactKeyboardEvent } from 'react'
import { useLocation, useNavigate } from 'react-router'
import { useSuggestions } from '../features/search/useSuggestions'

/**
 * The search box on every page; "/" focuses it from anywhere that is not a text field. While an id is
 * incomplete it suggests matches (a combobox: arrows move, Enter opens, Escape closes).
 */
export function SearchBar() {
  const navigate = useNavigate()
  const location = useLocation()
  const input = useRef<HTMLInputElement>(null)
  const [q, setQ] = useState('')
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const { hits } = useSuggestions(open ? q : '')

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return
      const t = e.target as HTMLElement | null
      if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable)) return
      e.preventDefault()
      input.current?.focus()
      input.current?.select()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  // a new page clears the box unless it is the results page for what was typed
  useEffect(() => {
    setOpen(false)
    if (location.pathname !== '/search') setQ('')
  }, [location.pathname])

  useEffect(() => setActive(-1), [hits])

  const go = (to: string) => {
    setOpen(false)
    input.current?.blur()
    navigate(to)
  }

  const submit = (e: FormEvent) => {
    e.preventDefault()
    const value = q.trim()
    if (!value) return
    go(active >= 0 && hits[active] ? hits[active].route : `/search?q=${encodeURIComponent(value)}`)
  }

  const onKeyDown = (e: ReactKeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Escape') return setOpen(false)
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return
    if (hits.length === 0) return
    e.preventDefault()
    setOpen(true)
    setActive((i) => (e.key === 'ArrowDown' ? (i + 1) % hits.length : (i <= 0 ? hits.length : i) - 1))
  }

  const showList = open && hits.length > 0
  return (
    <div className="search" role="search">
      <form onSubmit={submit}>
        <input
          ref={input}
          type="search"
          name="q"
          value={q}
          onChange={(e) => {
            setQ(e.target.value)
            setOpen(true)
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          placeholder="Tx hash, address, block, settlement, merkle root, TEE id, input/output hash, validator"
          aria-label="Search the explorer"
          role="combobox"
          aria-expanded={showList}
          aria-controls="search-suggestions"
          aria-autocomplete="list"
          aria-activedescendant={showList && active >= 0 ? `search-suggestion-${active}` : undefined}
          autoComplete="off"
          spellCheck={false}
          data-testid="search-input"
        />
      </form>
      <kbd title="Press / to search">/</kbd>
      {showList && (
        <div className="search-suggestions" id="search-suggestions" role="listbox" aria-label="Suggestions" data-testid="search-suggestions">
          {hits.map((h, i) => (
            <div
              key={`${h.kind}-${h.id}`}
              id={`search-suggestion-${i}`}
              role="option"
              // focus stays in the box (aria-activedescendant points here); -1 keeps the option out of the tab order
              tabIndex={-1}
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              // mousedown, not click: it must land before the input's blur closes the list
              onMouseDown={(e) => {
                e.preventDefault()
                go(h.route)
              }}
            >
              <span className="search-suggestion-label">{h.label}</span>
              <span className="mono faint search-suggestion-id">{h.id}</span>
            </div>
          ))}
        </div>
      )}
    </div>
  )
}
