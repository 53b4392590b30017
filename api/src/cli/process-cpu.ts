import fs from 'node:fs'

/** Linux clock ticks per second (sysconf(_SC_CLK_TCK) is 100 on every common kernel) */
const TICK_MS = 10

function statFields(pid: number): string[] | null {
  try {
    // the command name may contain spaces; fields start after its closing parenthesis
    return fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
  } catch {
    return null
  }
}

/**
 * CPU milliseconds used so far by a process and its direct children (cluster workers), read from
 * /proc; null where there is no /proc. Unlike rps, this does not depend on what else the machine runs.
 */
export function processTreeCpuMs(pid: number): number | null {
  const own = statFields(pid)
  if (!own) return null
  const cpu = (f: string[]) => (Number(f[11]) + Number(f[12])) * TICK_MS
  let total = cpu(own)
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    const f = statFields(Number(entry))
    if (f && Number(f[1]) === pid) total += cpu(f)
  }
  return total
}
