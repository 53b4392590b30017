import { spawn } from 'node:child_process'
import { REPO_ROOT } from './paths'

/**
 * Runs a node script as its own process, its output passed through so long work shows progress.
 * Results come back through the JSON file the script writes, never by reading its output.
 */
export function runNode(args: string[], env: NodeJS.ProcessEnv = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit'] })
    child.once('error', reject)
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`node ${args.join(' ')} exited with ${code}`))))
  })
}
