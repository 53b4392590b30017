import fs from 'node:fs'
import path from 'node:path'
import { runNode } from './children'
import { DEVNET } from './paths'

/**
 * Starts a fresh devnet (a simulated history of `scale`, then live blocks) and resolves with its
 * deployments file once the devnet has written it: the processors find the chains there.
 */
export async function startDevnet(scale: string): Promise<string> {
  const deployments = path.join(DEVNET, 'deployments.json')
  fs.rmSync(deployments, { force: true })
  const { child } = runNode('devnet', [path.join(DEVNET, 'lib/cli/devnet.js'), '--scale', scale, '--live'])
  while (!fs.existsSync(deployments)) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`the devnet exited (${child.exitCode ?? child.signalCode}) before writing ${deployments}; see its output above`)
    await new Promise((r) => setTimeout(r, 200))
  }
  return deployments
}
