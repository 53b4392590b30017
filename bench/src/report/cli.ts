// npm run bench:report: BENCHMARKS.md again from the result files in bench/results/ (each benchmark
// writes its own), e.g. after running one benchmark alone. `npm run bench` does this by itself.
import { BENCHMARKS_FILE } from '../util/paths'
import { composeSummary, writeReport } from './summary'

const summary = composeSummary('npm run bench:report', new Date().toISOString())
const dates = [summary.index, summary.mainnetBlocks, summary.seed, summary.api, summary.web, summary.live].flatMap((r) => (r ? [r.machine.date] : [])).sort()
if (dates.length === 0) {
  console.error('no results in bench/results/: run a benchmark first (npm run bench, bench:index, bench:api, bench:web or bench:live)')
  process.exit(1)
}
// the report starts where its oldest figures were taken
writeReport({ ...summary, startedAt: dates[0], command: 'npm run bench:report (from the result files of separate runs)' })
console.log(`[bench:report] ${BENCHMARKS_FILE} written from ${dates.length} result file(s)`)
