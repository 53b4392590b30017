/**
 * Markers close together on a time axis (a jail, its slash and its unjail within hours, on a chart of months)
 * would print their labels on top of each other. Each run of markers closer than `minGap` of the axis span
 * gets one label, at its first marker, naming every event in the run in order ("Jail · Slash · Unjail");
 * the other markers of the run keep their dots and their tooltips.
 */
export interface Marker {
  t: number
  label: string
}

/** for each marker (in the order given), the label to print beside it, or null when its run's first marker says it */
export function markerLabels(markers: readonly Marker[], span: number, minGap = 0.08): Array<string | null> {
  const order = markers.map((m, i) => ({ m, i })).sort((a, b) => a.m.t - b.m.t || a.i - b.i)
  const out: Array<string | null> = markers.map(() => null)
  const gap = Math.max(0, span) * minGap
  let runStart = -1
  let runLabels: string[] = []
  let last = Number.NEGATIVE_INFINITY
  const flush = () => {
    if (runStart >= 0) out[runStart] = runLabels.join(' · ')
  }
  for (const { m, i } of order) {
    if (m.t - last > gap || runStart < 0) {
      flush()
      runStart = i
      runLabels = []
    }
    // a run of three jails reads "Jail ×3", not "Jail · Jail · Jail"
    const prev = runLabels.at(-1)
    const repeat = prev && /^(.*?)(?: ×(\d+))?$/.exec(prev)
    if (repeat && repeat[1] === m.label) runLabels[runLabels.length - 1] = `${m.label} ×${Number(repeat[2] ?? 1) + 1}`
    else runLabels.push(m.label)
    last = m.t
  }
  flush()
  return out
}

/**
 * How a label centred above a marker is anchored so it stays inside the chart: a marker near the left
 * edge of the axis starts its label at the line, one near the right edge ends it there, others centre it.
 * Without this a label such as "Indexed to 2026-07-15" over a marker at the start of a phone-wide chart is
 * cut off by the chart's left edge.
 */
export function edgeAnchor(t: number, first: number, last: number, edge = 0.3): 'start' | 'middle' | 'end' {
  if (!(last > first)) return 'middle'
  const share = (t - first) / (last - first)
  if (share < edge) return 'start'
  if (share > 1 - edge) return 'end'
  return 'middle'
}
