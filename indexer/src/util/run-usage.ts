import v8 from 'node:v8'

/** The whole run's resources, as benchmarks read them. */
export interface RunUsageFigures {
  peakRssMb: number
  cpuSeconds: number
  /** the largest V8 heap in use seen by a sampler (V8 keeps no peak of its own) */
  peakHeapMb: number
  /** the heap limit the process runs under (--max-old-space-size and V8's young generation) */
  heapLimitMb: number
}

const SAMPLE_MS = 250
let peakHeap = 0
const sampleHeap = () => {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)
}
// unref'd: it never keeps a finished process alive
setInterval(sampleHeap, SAMPLE_MS).unref()

export function runUsageFigures(): RunUsageFigures {
  sampleHeap()
  const usage = process.resourceUsage()
  return {
    peakRssMb: Math.round(usage.maxRSS / 1024),
    cpuSeconds: Math.round((usage.userCPUTime + usage.systemCPUTime) / 1e5) / 10,
    peakHeapMb: Math.round(peakHeap / 2 ** 20),
    heapLimitMb: Math.round(v8.getHeapStatistics().heap_size_limit / 2 ** 20),
  }
}

/**
 * `peak RSS 421 MB, CPU 31.6 s, peak heap 250 of 432 MB usage={…}`: the whole run's peak memory and CPU
 * time (all threads) for people, then the same figures as JSON after `usage=` for benchmarks.
 */
export function runUsage(): string {
  const u = runUsageFigures()
  return `peak RSS ${u.peakRssMb} MB, CPU ${u.cpuSeconds.toFixed(1)} s, peak heap ${u.peakHeapMb} of ${u.heapLimitMb} MB usage=${JSON.stringify(u)}`
}

/** The figures a process printed with `runUsage()`, from its output; undefined when it printed none. */
export function parseRunUsage(output: string): RunUsageFigures | undefined {
  const at = output.lastIndexOf('usage={')
  if (at < 0) return undefined
  const json = output.slice(at + 'usage='.length).split('\n')[0]
  try {
    return JSON.parse(json) as RunUsageFigures
  } catch {
    return undefined
  }
}
