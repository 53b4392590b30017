import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useLocation, useNavigate } from 'react-router'

/** The search box on every page; "/" focuses it from anywhere that is not a text field. */
export function SearchBar() {
  const navigate = useNavigate()
  const location = useLocation()
  const input = useRef<HTMLInputElement>(null)
  const [q, setQ] = useState('')

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
    if (location.pathname !== '/search') setQ('')
  }, [location.pathname])

  const submit = (e: FormEvent) => {
    e.preventDefault()
    const value = q.trim()
    if (!value) return
    input.current?.blur()
    navigate(`/search?q=${encodeURIComponent(value)}`)
  }

  return (
    <div className="search" role="search">
      <form onSubmit={submit}>
        <input
          ref={input}
          type="search"
          name="q"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          placeholder="Tx hash, address, settlement, merkle root, TEE id, input/output hash, validator"
          aria-label="Search the explorer"
          autoComplete="off"
          spellCheck={false}
          data-testid="search-input"
        />
      </form>
      <kbd title="Press / to search">/</kbd>
    </div>
  )
}
