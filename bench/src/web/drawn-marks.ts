/**
 * What "drawn" means for the overview benchmark, measured inside the page. The times are taken by the
 * page itself, when the DOM first shows the figures and every chart, not when the benchmark's polls
 * notice it: while the page renders its charts the main thread is busy, and a poll (or the evaluate
 * that reads the clock after it) waits for it, which made the figure depend on the polling rather than
 * on the page.
 */

/** the charts the overview draws on a devnet with data: usage, supply, unlock pressure, coverage by mode and by node, new vs returning payers */
export const OVERVIEW_CHARTS = 6

export interface DrawnMarks {
  /** performance.now() when the headline figures showed API data and the page could paint them */
  headline?: number
  /** performance.now() when every chart had drawn and nothing was loading any more */
  charts?: number
}

/**
 * Runs in the page before its scripts (page.addInitScript) and records window.__drawn: DrawnMarks.
 * A chart counts once recharts has drawn its surface: a `.recharts-wrapper` inside every responsive
 * container (a container renders empty until it has measured itself, with no loading state, and legend
 * icons are svg surfaces of their own, so counting surfaces declared the page drawn too early). Each
 * mark is taken after the next frame, once the task that inserted the nodes has finished and the
 * browser could paint them.
 */
export function recordDrawnMarks(minCharts: number): void {
  const marks: DrawnMarks = {}
  ;(window as unknown as { __drawn: DrawnMarks }).__drawn = marks
  const afterPaint = (set: (t: number) => void) => requestAnimationFrame(() => setTimeout(() => set(performance.now()), 0))
  let headlineSeen = false
  let chartsSeen = false
  const check = () => {
    const main = document.querySelector('main')
    if (!main) return
    if (!headlineSeen && main.querySelector('[data-testid="kpi-inferences-value"]')) {
      headlineSeen = true
      afterPaint((t) => {
        marks.headline = t
      })
    }
    if (!chartsSeen) {
      const containers = Array.from(main.querySelectorAll('.recharts-responsive-container'))
      const drawn = main.querySelectorAll('.recharts-wrapper').length
      const loading = main.querySelectorAll('.skeleton, [role=status]').length
      if (drawn >= minCharts && loading === 0 && containers.every((c) => c.querySelector('.recharts-wrapper'))) {
        chartsSeen = true
        afterPaint((t) => {
          marks.charts = t
        })
      }
    }
    if (headlineSeen && chartsSeen) observer.disconnect()
  }
  const observer = new MutationObserver(check)
  observer.observe(document, { subtree: true, childList: true })
}
