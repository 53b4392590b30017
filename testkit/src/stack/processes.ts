import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { PROCESSOR_NODE_FLAGS } from '@og-explorer/indexer/lib/cli/node-flags'
import { INDEXER_DIR } from '@og-explorer/indexer/lib/db/migrate'

export interface ProcessorHandle {
  child: ChildProcess
  output: () => string
  /** set once stop() was called, so an exit is expected */
  stopping: boolean
  stop(signal?: NodeJS.Signals): Promise<number | null>
}

/** Runs one chain's processor as a child process, exactly as `npm start` does. */
export function startProcessor(chain: 'og' | 'base', env: Record<string, string>): ProcessorHandle {
  const child = spawn(process.execPath, [...PROCESSOR_NODE_FLAGS, path.join(INDEXER_DIR, 'lib/cli/processor.js'), chain], {
    cwd: INDEXER_DIR,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  child.stdout?.on('data', (d) => (out = (out + d.toString()).slice(-20_000)))
  child.stderr?.on('data', (d) => (out = (out + d.toString()).slice(-20_000)))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  process.once('exit', () => child.kill('SIGKILL'))
  const handle: ProcessorHandle = {
    child,
    output: () => out,
    stopping: false,
    async stop(signal: NodeJS.Signals = 'SIGTERM') {
      handle.stopping = true
      if (child.exitCode === null && child.signalCode === null) child.kill(signal)
      return exited
    },
  }
  return handle
}
