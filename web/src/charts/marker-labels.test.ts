import { describe, expect, test } from 'vitest'
import { edgeAnchor, markerLabels } from './marker-labels'

const DAY = 86_400_000

describe('markerLabels', () => {
  test('events hours apart on a months-long axis share one label, in time order', () => {
    const markers = [
      { t: 10 * DAY + 3_600_000, label: 'Slash' },
      { t: 10 * DAY, label: 'Jail' },
      { t: 10 * DAY + 7_200_000, label: 'Unjail' },
      { t: 60 * DAY, label: 'Jail' },
    ]
    expect(markerLabels(markers, 90 * DAY)).toEqual([null, 'Jail · Slash · Unjail', null, 'Jail'])
  })
  test('every label is printed once and no two printed labels are closer than the gap', () => {
    const markers = Array.from({ length: 40 }, (_, i) => ({ t: ((i * 7919) % 97) * DAY, label: i % 2 ? 'Jail' : 'Unjail' }))
    const labels = markerLabels(markers, 97 * DAY, 0.08)
    const printed = markers
      .map((m, i) => ({ t: m.t, label: labels[i] }))
      .filter((x) => x.label !== null)
      .sort((a, b) => a.t - b.t)
    for (let i = 1; i < printed.length; i++) expect(printed[i].t - printed[i - 1].t).toBeGreaterThan(97 * DAY * 0.08 - 1)
    const named = printed.reduce((n, p) => n + (p.label ?? '').split(' · ').reduce((k, part) => k + Number(/×(\d+)$/.exec(part)?.[1] ?? 1), 0), 0)
    expect(named).toBe(markers.length)
  })
  test('repeats are counted', () => {
    const markers = [0, 1, 2].map((h) => ({ t: h * 3_600_000, label: 'Jail' }))
    expect(markerLabels(markers, 30 * DAY)).toEqual(['Jail ×3', null, null])
  })
})

describe('edgeAnchor', () => {
  test('a marker in the first or last 30 % of the axis keeps its label inside the chart; others centre it', () => {
    const first = 0
    const last = 1000 * DAY
    expect(edgeAnchor(first, first, last)).toBe('start')
    expect(edgeAnchor(290 * DAY, first, last)).toBe('start')
    expect(edgeAnchor(500 * DAY, first, last)).toBe('middle')
    expect(edgeAnchor(710 * DAY, first, last)).toBe('end')
    expect(edgeAnchor(last, first, last)).toBe('end')
  })

  test('an axis of one instant (or none) centres the label', () => {
    expect(edgeAnchor(5, 5, 5)).toBe('middle')
    expect(edgeAnchor(5, 9, 5)).toBe('middle')
  })
})
