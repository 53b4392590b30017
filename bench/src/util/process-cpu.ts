import fs from 'node:fs'

/** Linux clock ticks per second (sysconf(_SC_CLK_TCK) is 100 on every common kernel) */
const TICKS_PER_SECOND = 100

/** One row of the process table, read from /proc/<pid>/stat. */
export interface ProcessStat {
  pid: number
  ppid: number
  /** the kernel's command name (at most 15 characters), e.g. `anvil`, `postgres`, `node` */
  command: string
  /** CPU ticks of the process itself (user + system) */
  ownTicks: number
  /** `ownTicks` plus those of its children it has reaped, so exited Postgres backends still count */
  ticks: number
}

export function readProcessStat(pid: number): ProcessStat | null {
  let stat: string
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
  } catch {
    return null // exited meanwhile, or no /proc
  }
  // the command name may contain spaces and parentheses; the fields start after its last ')'
  const command = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  const own = Number(f[11]) + Number(f[12])
  return { pid, ppid: Number(f[1]), command, ownTicks: own, ticks: own + Number(f[13]) + Number(f[14]) }
}

/** Every process on the machine; empty where there is no /proc. */
export function listProcesses(): ProcessStat[] {
  if (!fs.existsSync('/proc')) return []
  const out: ProcessStat[] = []
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    const stat = readProcessStat(Number(entry))
    if (stat) out.push(stat)
  }
  return out
}

/** `root` and every process descended from it, from one snapshot of the process table. */
export function processTree(processes: readonly ProcessStat[], root: number): ProcessStat[] {
  const children = new Map<number, ProcessStat[]>()
  for (const p of processes) {
    const list = children.get(p.ppid) ?? []
    list.push(p)
    children.set(p.ppid, list)
  }
  const tree: ProcessStat[] = []
  const self = processes.find((p) => p.pid === root)
  if (self) tree.push(self)
  const queue = [root]
  const seen = new Set(queue)
  while (queue.length > 0) {
    for (const child of children.get(queue.shift()!) ?? []) {
      if (seen.has(child.pid)) continue
      seen.add(child.pid)
      tree.push(child)
      queue.push(child.pid)
    }
  }
  return tree
}

/**
 * The processes a run started itself: those under `root` with one of the given command names. A
 * benchmark counts only these, never the anvils and Postgres servers other programs run on the
 * same machine.
 */
export function ownProcesses(root: number, commands: readonly string[], processes = listProcesses()): ProcessStat[] {
  return processTree(processes, root).filter((p) => commands.includes(p.command))
}

/**
 * CPU seconds per command name used between two snapshots of the same run's own processes. A process
 * that started in between counts from zero; one that ended in between is gone from `after` (its
 * time moves to its parent's reaped-children ticks, which count when that parent is one of ours).
 */
export function cpuSecondsByCommand(before: readonly ProcessStat[], after: readonly ProcessStat[]): Record<string, number> {
  const earlier = new Map(before.map((p) => [p.pid, p.ticks]))
  const out: Record<string, number> = {}
  for (const p of after) out[p.command] = (out[p.command] ?? 0) + (p.ticks - (earlier.get(p.pid) ?? 0)) / TICKS_PER_SECOND
  return out
}

/**
 * CPU milliseconds used so far by a process and every process under it (cluster workers), read from
 * /proc; null where there is no /proc. Unlike rps, this does not depend on what else the machine runs.
 */
export function processTreeCpuMs(pid: number): number | null {
  const tree = processTree(listProcesses(), pid)
  if (!tree.some((p) => p.pid === pid)) return null
  return tree.reduce((sum, p) => sum + (p.ownTicks * 1000) / TICKS_PER_SECOND, 0)
}
