/** `peak RSS 421 MB, CPU 31.6 s`: the whole run's peak memory and CPU time (all threads), as benchmarks read it. */
export function runUsage(): string {
  const usage = process.resourceUsage()
  return `peak RSS ${Math.round(usage.maxRSS / 1024)} MB, CPU ${((usage.userCPUTime + usage.systemCPUTime) / 1e6).toFixed(1)} s`
}
