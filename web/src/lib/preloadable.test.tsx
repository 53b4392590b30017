import { act, render } from '@testing-library/react'
import { Component, type ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { preloadable } from './preloadable'

function Chart({ label }: { label: string }) {
  return <p data-testid="chart">{label}</p>
}

const fallback = <p data-testid="fallback">Loading chart…</p>

/** a chunk that arrives (or fails) when the test says so, and counts how often it was requested */
function chunk() {
  const state = { requests: 0 }
  let settle!: { arrive: () => void; fail: (e: Error) => void }
  const load = () => {
    state.requests++
    return new Promise<typeof Chart>((resolve, reject) => {
      settle = { arrive: () => resolve(Chart), fail: reject }
    })
  }
  return { load, arrive: () => settle.arrive(), fail: (e: Error) => settle.fail(e), state }
}

class Boundary extends Component<{ children: ReactNode }, { error: string | null }> {
  state = { error: null as string | null }
  static getDerivedStateFromError(error: Error) {
    return { error: error.message }
  }
  render() {
    return this.state.error ? <p data-testid="error">{this.state.error}</p> : this.props.children
  }
}

describe('preloadable', () => {
  it('draws a preloaded component on its first render, without the fallback', async () => {
    const c = chunk()
    const C = preloadable(c.load, fallback)
    const preloaded = C.preload()
    c.arrive()
    await preloaded
    const { queryByTestId } = render(<C label="drawn" />)
    expect(queryByTestId('fallback')).toBeNull()
    expect(queryByTestId('chart')?.textContent).toBe('drawn')
  })

  it('shows the fallback until the chunk arrives, then draws the component, with no Suspense boundary', async () => {
    const c = chunk()
    const C = preloadable(c.load, fallback)
    const { queryByTestId } = render(<C label="drawn" />)
    expect(queryByTestId('fallback')).not.toBeNull()
    expect(queryByTestId('chart')).toBeNull()
    await act(async () => c.arrive())
    expect(queryByTestId('fallback')).toBeNull()
    expect(queryByTestId('chart')?.textContent).toBe('drawn')
  })

  it('requests the chunk once however often it is preloaded and drawn', async () => {
    const c = chunk()
    const C = preloadable(c.load, fallback)
    void C.preload()
    void C.preload()
    render(
      <>
        <C label="a" />
        <C label="b" />
      </>,
    )
    await act(async () => c.arrive())
    await C.preload()
    expect(c.state.requests).toBe(1)
  })

  it('throws a failed load to the error boundary, and asks again on the next preload', async () => {
    // React reports the error the boundary caught on the console
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {})
    const c = chunk()
    const C = preloadable(c.load, fallback)
    const { queryByTestId } = render(
      <Boundary>
        <C label="drawn" />
      </Boundary>,
    )
    await act(async () => c.fail(new Error('connection dropped')))
    expect(queryByTestId('error')?.textContent).toBe('connection dropped')
    const again = C.preload()
    c.arrive()
    await expect(again).resolves.toBe(Chart)
    expect(c.state.requests).toBe(2)
    quiet.mockRestore()
  })
})
