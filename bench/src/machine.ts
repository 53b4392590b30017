import os from 'node:os'
import type { Machine } from './results/schema'

/** The machine a benchmark ran on, taken when it finishes (the load average then says how busy it was). */
export function captureMachine(now = new Date()): Machine {
  const cpus = os.cpus()
  return {
    cores: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.versions.node,
    platform: `${os.platform()} ${os.release()}`,
    loadAverage: os.loadavg().map((l) => Math.round(l * 10) / 10),
    date: now.toISOString(),
  }
}
