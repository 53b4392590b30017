/** Splits a piece of work into named phases and records the seconds each one took. */
export function phaseClock(now: () => number = () => performance.now()) {
  let last = now()
  const phases: Record<string, number> = {}
  return {
    phases,
    /** Ends the current phase under `name` (adding to it when the name repeats) and starts the next. */
    lap(name: string): void {
      const t = now()
      phases[name] = (phases[name] ?? 0) + (t - last) / 1000
      last = t
    },
  }
}
