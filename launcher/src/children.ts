import { spawn, type ChildProcess } from 'node:child_process'
import { forwardLines } from './output'
import { ROOT } from './paths'
import type { SupervisedRun } from './supervisor'

/** Every child still running, so a stop can reach the ones no supervisor owns (the devnet). */
export const children = new Set<ChildProcess>()

/**
 * Runs a node script from the repository root with the launcher's environment plus `env`; its output
 * is copied line by line with a `[name]` prefix.
 */
export function runNode(name: string, args: string[], env: Record<string, string> = {}, onLine?: (line: string) => void): SupervisedRun {
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  children.add(child)
  let tail = ''
  const keep = (line: string) => {
    tail = (tail + line + '\n').slice(-8_000)
    onLine?.(line)
  }
  forwardLines(name, child.stdout!, process.stdout, keep)
  forwardLines(name, child.stderr!, process.stderr, keep)
  child.once('exit', () => children.delete(child))
  return { child, output: () => tail }
}
