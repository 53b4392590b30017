import { fireEvent, render } from '@testing-library/react'
import { Line, LineChart, Tooltip } from 'recharts'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { FitChart } from './FitChart'
import { OnDemandTooltip } from './OnDemandTooltip'

const data = [
  { t: 1, v: 3 },
  { t: 2, v: 5 },
  { t: 3, v: 4 },
]

// happy-dom lays nothing out: the box says what a browser would have laid out
function boxOf(width: number, height: number) {
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(width)
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(height)
}

const linePath = (root: ParentNode) => root.querySelector('.recharts-line-curve')?.getAttribute('d')

afterEach(() => vi.restoreAllMocks())

describe('FitChart', () => {
  it('draws the chart at its box size on the first render, as the chart given that size outright', () => {
    boxOf(640, 200)
    const fitted = render(
      <FitChart>
        <LineChart data={data}>
          <Line dataKey="v" isAnimationActive={false} />
        </LineChart>
      </FitChart>,
    )
    const surface = fitted.container.querySelector('svg.recharts-surface')
    expect(surface?.getAttribute('width')).toBe('640')
    expect(surface?.getAttribute('height')).toBe('200')
    const outright = render(
      <LineChart data={data} width={640} height={200}>
        <Line dataKey="v" isAnimationActive={false} />
      </LineChart>,
    )
    expect(linePath(fitted.container)).toBeTruthy()
    expect(linePath(fitted.container)).toBe(linePath(outright.container))
  })

  it('draws nothing in a box without a size', () => {
    boxOf(0, 200)
    const { container } = render(
      <FitChart>
        <LineChart data={data}>
          <Line dataKey="v" isAnimationActive={false} />
        </LineChart>
      </FitChart>,
    )
    expect(container.querySelector('svg.recharts-surface')).toBeNull()
  })
})

describe('OnDemandTooltip', () => {
  const chart = (tooltip: 'on demand' | 'always') => (
    <FitChart>
      <LineChart data={data}>
        <Line dataKey="v" isAnimationActive={false} />
        {tooltip === 'on demand' ? <OnDemandTooltip /> : <Tooltip />}
      </LineChart>
    </FitChart>
  )

  it('is built once the chart is pointed at, and is then the tooltip the chart would always have had', () => {
    boxOf(640, 200)
    const lazy = render(chart('on demand'))
    expect(lazy.container.querySelector('.recharts-tooltip-wrapper')).toBeNull()
    fireEvent.pointerEnter(lazy.container.querySelector('.fit-chart')!)
    const built = lazy.container.querySelector('.recharts-tooltip-wrapper')
    expect(built).not.toBeNull()
    const always = render(chart('always')).container.querySelector('.recharts-tooltip-wrapper')
    expect(built?.outerHTML).toBe(always?.outerHTML)
  })

  it('is built when the chart takes the keyboard focus', () => {
    boxOf(640, 200)
    const { container } = render(chart('on demand'))
    fireEvent.focusIn(container.querySelector('.fit-chart')!)
    expect(container.querySelector('.recharts-tooltip-wrapper')).not.toBeNull()
  })
})
