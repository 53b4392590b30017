import { render } from '@testing-library/react'
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts'
import { describe, expect, it } from 'vitest'
import { NO_GRID_LINES } from './grid'

const data = [
  { day: 'Mon', n: 3 },
  { day: 'Tue', n: 8 },
  { day: 'Wed', n: 5 },
]

const lines = (root: ParentNode, direction: 'horizontal' | 'vertical') =>
  [...root.querySelectorAll(`.recharts-cartesian-grid-${direction} line`)].map((l) =>
    [l.getAttribute('x1'), l.getAttribute('y1'), l.getAttribute('x2'), l.getAttribute('y2')].join(' '),
  )

function chart(grid: 'generated' | 'recharts') {
  return render(
    <BarChart data={data} width={600} height={240}>
      {grid === 'generated' ? <CartesianGrid vertical={false} verticalCoordinatesGenerator={NO_GRID_LINES} /> : <CartesianGrid vertical={false} />}
      <XAxis dataKey="day" interval={0} />
      <YAxis interval={0} />
      <Bar dataKey="n" isAnimationActive={false} />
    </BarChart>,
  ).container
}

describe('NO_GRID_LINES', () => {
  it('leaves a grid drawing the same lines as recharts own generator when that direction is off', () => {
    const ours = chart('generated')
    const theirs = chart('recharts')
    expect(lines(ours, 'horizontal').length).toBeGreaterThan(1)
    expect(lines(ours, 'horizontal')).toEqual(lines(theirs, 'horizontal'))
    expect(lines(ours, 'vertical')).toEqual([])
    expect(lines(theirs, 'vertical')).toEqual([])
  })
})
