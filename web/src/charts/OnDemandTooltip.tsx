import type { ComponentProps } from 'react'
import { Tooltip } from 'recharts'
import { useChartEngaged } from './FitChart'

/**
 * recharts' Tooltip, built once someone points at, touches or focuses the chart (FitChart tells). A
 * mounted Tooltip registers its settings in the chart's store and keeps its selectors running on every
 * render of the chart; a page of charts nobody has pointed at yet draws faster without them. The first
 * pointer move or arrow key after that shows it as before.
 */
export function OnDemandTooltip(props: ComponentProps<typeof Tooltip>) {
  return useChartEngaged() ? <Tooltip {...props} /> : null
}
