import { render, screen } from '@testing-library/react'
import { MemoryRouter, Route, Routes } from 'react-router'
import { describe, expect, it } from 'vitest'
import { PageOutlet } from './PageOutlet'

const at = (path: string) =>
  render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route element={<PageOutlet />}>
          <Route path="settlements/:id" element={<div>settlement page</div>} />
          <Route path="blocks/:chain/:number" element={<div>block page</div>} />
        </Route>
      </Routes>
    </MemoryRouter>,
  )

describe('PageOutlet', () => {
  it('shows the page for an id that can exist', () => {
    at(`/settlements/0x${'ab'.repeat(32)}-6`)
    expect(screen.getByText('settlement page')).toBeTruthy()
  })
  it('says an id is malformed, and what it should look like, without opening the page', () => {
    at('/settlements/not-an-id')
    expect(screen.queryByText('settlement page')).toBeNull()
    const card = screen.getByTestId('malformed-id').textContent ?? ''
    expect(card).toContain('not-an-id')
    expect(card).toContain('transaction hash and log index')
  })
  it('names the part of a path that is wrong', () => {
    at('/blocks/ethereum/5')
    expect(screen.getByTestId('malformed-id').textContent).toContain('the chain is og (OpenGradient) or base')
  })
})
