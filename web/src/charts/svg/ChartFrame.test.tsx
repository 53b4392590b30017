import { fireEvent, render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ChartFrame } from './ChartFrame'

const NAMES = ['Mon', 'Tue', 'Wed']

function frame() {
  return render(
    <ChartFrame
      height={200}
      margin={{ top: 10, right: 10, bottom: 30, left: 40 }}
      label="Test chart"
      testId="frame"
      targets={NAMES.length}
      targetAt={(x, _, plot) => {
        const i = Math.floor(((x - plot.left) / plot.width) * NAMES.length)
        return i >= 0 && i < NAMES.length ? i : null
      }}
      anchorOf={(i, plot) => ({ x: plot.left + (i + 0.5) * (plot.width / NAMES.length), y: plot.top })}
      tooltip={(i) => <span className="tip">{NAMES[i]}</span>}
    >
      {(plot) => <rect className="plot" x={plot.left} y={plot.top} width={plot.width} height={plot.height} />}
    </ChartFrame>,
  )
}

describe('ChartFrame', () => {
  it('draws its plot inside the margins at the width it is given', () => {
    const { container } = frame()
    const svg = container.querySelector('svg.chart-surface')!
    const plot = container.querySelector('rect.plot')!
    const width = Number(svg.getAttribute('width'))
    expect(width).toBeGreaterThan(0)
    expect(Number(plot.getAttribute('width'))).toBe(width - 50)
    expect(Number(plot.getAttribute('height'))).toBe(160)
  })
  it('steps through the tooltips with the arrow keys and closes on Escape', () => {
    const { container, getByTestId } = frame()
    const box = getByTestId('frame')
    expect(box.getAttribute('tabindex')).toBe('0')
    expect(box.getAttribute('aria-label')).toContain('Test chart')
    const tip = () => container.querySelector('.tip')?.textContent ?? null
    expect(tip()).toBeNull()
    fireEvent.keyDown(box, { key: 'ArrowRight' })
    expect(tip()).toBe('Mon')
    fireEvent.keyDown(box, { key: 'ArrowRight' })
    expect(tip()).toBe('Tue')
    fireEvent.keyDown(box, { key: 'End' })
    expect(tip()).toBe('Wed')
    fireEvent.keyDown(box, { key: 'ArrowRight' })
    expect(tip()).toBe('Wed')
    fireEvent.keyDown(box, { key: 'Home' })
    expect(tip()).toBe('Mon')
    fireEvent.keyDown(box, { key: 'Escape' })
    expect(tip()).toBeNull()
  })
  it('shows the tooltip of the target under the pointer and hides it when the pointer leaves', () => {
    const { container, getByTestId } = frame()
    const box = getByTestId('frame')
    const width = Number(container.querySelector('svg')!.getAttribute('width'))
    // happy-dom puts the box at the origin: client coordinates are the SVG's
    fireEvent.pointerMove(box, { clientX: 40 + ((width - 50) * 5) / 6, clientY: 50 })
    expect(container.querySelector('.tip')?.textContent).toBe('Wed')
    fireEvent.pointerLeave(box)
    expect(container.querySelector('.tip')).toBeNull()
  })
})
