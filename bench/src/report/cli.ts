// npm run bench:report: BENCHMARKS.md again from the result files in bench/results/ (each benchmark
// writes its own), e.g. after running one benchmark alone. A benchmark without a result file keeps its
// figures from the committed bench/results/latest.json, with the date they were measured on.
// `npm run bench` does all of this by itself, from its own run only.
import { BENCHMARKS_FILE } from '../util/paths'
import { composeSummary, fillFromEarlier, readEarlierSummary, resultDates, writeReport } from './summary'

const fresh = composeSummary('npm run bench:report', new Date().toISOString())
const summary = fillFromEarlier(fresh, readEarlierSummary())
const dates = resultDates(summary)
if (dates.length === 0) {
  console.error('no results in bench/results/: run a benchmark first (npm run bench, bench:index, bench:api, bench:web or bench:live)')
  process.exit(1)
}
// the report starts where its oldest figures were taken
writeReport({ ...summary, startedAt: dates[0], command: 'npm run bench:report (from the result files of separate runs)' })
console.log(`[bench:report] ${BENCHMARKS_FILE} written from ${resultDates(fresh).length} result file(s), the rest from the earlier latest.json`)
