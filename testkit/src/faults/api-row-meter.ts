/**
 * What the API process and the machine did during one row of the abuse case, so a row that misses a
 * latency target says where the time went: the API main thread's event-loop delay and garbage
 * collection (from its own /metrics: prom-client resets the delay histogram on every scrape, so a
 * scrape at the start of a row and one at its end bracket the row), the API process's CPU (main
 * thread, heavy-lane worker and libuv together), and how busy the machine's cores were (/proc/stat).
 */
import fs from 'node:fs'

interface ApiSample {
  cpuSeconds: number
  gcSeconds: number
  loopMaxMs: number
  loopP99Ms: number
}

interface MachineSample {
  busy: number
  total: number
}

export interface RowMeterFigures {
  /** the API main thread's event-loop delay during the row */
  apiLoopMaxMs: number
  apiLoopP99Ms: number
  /** time the API process spent in garbage collection during the row */
  apiGcMs: number
  /** the API process's CPU during the row, in cores (1 = one core all the time) */
  apiCores: number
  /** share of all cores busy during the row, 0..1 (NaN where /proc/stat is missing) */
  machineBusy: number
}

function metricValue(text: string, name: string): number {
  let sum = 0
  let found = false
  for (const line of text.split('\n')) {
    if (!line.startsWith(name)) continue
    const rest = line.slice(name.length)
    if (rest[0] !== ' ' && rest[0] !== '{') continue
    sum += Number(line.slice(line.lastIndexOf(' ') + 1))
    found = true
  }
  return found ? sum : NaN
}

async function scrapeApi(url: string): Promise<ApiSample | null> {
  try {
    const text = await (await fetch(`${url}/metrics`)).text()
    return {
      cpuSeconds: metricValue(text, 'og_api_process_cpu_seconds_total'),
      gcSeconds: metricValue(text, 'og_api_nodejs_gc_duration_seconds_sum'),
      loopMaxMs: metricValue(text, 'og_api_nodejs_eventloop_lag_max_seconds') * 1000,
      loopP99Ms: metricValue(text, 'og_api_nodejs_eventloop_lag_p99_seconds') * 1000,
    }
  } catch {
    return null
  }
}

function sampleMachine(): MachineSample | null {
  try {
    const cpu = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number)
    const total = cpu.reduce((a, b) => a + b, 0)
    // idle and iowait
    return { busy: total - cpu[3] - (cpu[4] ?? 0), total }
  } catch {
    return null
  }
}

export class RowMeter {
  private api: ApiSample | null = null
  private machine: MachineSample | null = null
  private startedAt = 0

  constructor(private readonly url: string) {}

  /** the start of a row (also resets the API's delay histogram) */
  async mark(): Promise<void> {
    this.api = await scrapeApi(this.url)
    this.machine = sampleMachine()
    this.startedAt = performance.now()
  }

  async figures(): Promise<RowMeterFigures> {
    const api = await scrapeApi(this.url)
    const machine = sampleMachine()
    const seconds = (performance.now() - this.startedAt) / 1000
    const before = this.api
    return {
      apiLoopMaxMs: api?.loopMaxMs ?? NaN,
      apiLoopP99Ms: api?.loopP99Ms ?? NaN,
      apiGcMs: api && before ? (api.gcSeconds - before.gcSeconds) * 1000 : NaN,
      apiCores: api && before && seconds > 0 ? (api.cpuSeconds - before.cpuSeconds) / seconds : NaN,
      machineBusy:
        machine && this.machine && machine.total > this.machine.total ? (machine.busy - this.machine.busy) / (machine.total - this.machine.total) : NaN,
    }
  }
}
