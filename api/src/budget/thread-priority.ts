import os from 'node:os'

/** nice steps the heavy lane's worker thread runs below the main thread */
export const LANE_NICE_STEP = 10
/** the lowest priority Linux has */
const LOWEST = 19

/**
 * Lowers the CPU priority of the calling thread alone, on Linux, where a nice value belongs to a
 * thread and setpriority(PRIO_PROCESS, 0) changes the caller's (docs/sources.md#15-thread-priority-on-linux).
 * Called by the heavy lane's worker: on a machine with few cores its large answers would otherwise
 * take CPU from the main thread as an equal, and every light request and /healthz would wait on the
 * scheduler behind them; lowered, the worker runs on what the main thread leaves. Elsewhere the
 * value is per process, so nothing is changed. Returns the thread's new nice value, or null.
 */
export function lowerThisThreadPriority(step: number, platform: NodeJS.Platform = process.platform): number | null {
  if (platform !== 'linux' || step <= 0) return null
  try {
    const next = Math.min(LOWEST, os.getPriority(0) + step)
    os.setPriority(0, next)
    return next
  } catch {
    // a sandbox may forbid it; the lane works the same, only without the lower priority
    return null
  }
}
