/**
 * What a chart's horizontal grid is drawn against: its grid lines, and the ticks of its first (left) value axis, which
 * the grid should follow one line per tick.
 */
export function gridAndTicks(container: HTMLElement): { lines: number; ticks: number } {
  return {
    lines: container.querySelectorAll('.recharts-cartesian-grid-horizontal line').length,
    ticks: container.querySelectorAll('.recharts-yAxis')[0].querySelectorAll('.recharts-cartesian-axis-tick').length,
  }
}
