import { spawn, type ChildProcess } from 'node:child_process'
import net from 'node:net'
import fs from 'node:fs'
import path from 'node:path'
import { JsonRpcClient } from './rpc'

export interface AnvilOptions {
  name: string
  chainId: number
  host: string
  port: number
  /** unix seconds of the genesis block; the simulator then mines with explicit timestamps */
  genesisTimestamp: number
  /** extra CLI flags, e.g. for reorg tests */
  extraArgs?: string[]
  /**
   * Folder for anvil's on-disk state snapshots (it writes them under $HOME/.foundry/anvil/tmp and
   * never deletes them: about a gigabyte per medium-scale chain). Removed when the chain stops.
   */
  stateDir?: string
}

export interface AnvilHandle {
  name: string
  url: string
  wsUrl: string
  rpc: JsonRpcClient
  process: ChildProcess
  stop(): Promise<void>
}

const liveChildren = new Set<ChildProcess>()
// A chain must never outlive the process that started it, whatever way that process ends.
const stateDirs = new Map<ChildProcess, string>()
const killChildren = () => {
  for (const child of liveChildren) child.kill('SIGKILL')
  for (const dir of stateDirs.values()) fs.rmSync(dir, { recursive: true, force: true })
}
process.once('exit', killChildren)
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
  // A signal's default action skips 'exit' handlers; when nobody else handles it, clean up and re-raise.
  process.once(signal, () => {
    killChildren()
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal)
  })
}

/** The anvil binary ships in the platform sub-package of @foundry-rs/anvil; no download at run time. */
export function anvilBinary(): string {
  const platformPackage = `@foundry-rs/anvil-${process.platform}-${process.arch === 'x64' ? 'amd64' : process.arch}`
  const pkgJson = require.resolve(`${platformPackage}/package.json`)
  const binary = path.join(path.dirname(pkgJson), 'bin', process.platform === 'win32' ? 'anvil.exe' : 'anvil')
  if (!fs.existsSync(binary)) throw new Error(`anvil binary missing at ${binary}; reinstall @foundry-rs/anvil`)
  return binary
}

/**
 * Starts one anvil chain. Mining is manual (--no-mining) so every block gets the timestamp the
 * simulator chooses; gas is free and every address is impersonable, so simulated wallets need no keys.
 */
export async function startAnvil(options: AnvilOptions): Promise<AnvilHandle> {
  await assertPortFree(options.host, options.port, options.name)
  const args = [
    '--host',
    options.host,
    '--port',
    String(options.port),
    '--chain-id',
    String(options.chainId),
    '--timestamp',
    String(options.genesisTimestamp),
    '--no-mining',
    '--order',
    'fifo',
    '--base-fee',
    '0',
    '--gas-price',
    '0',
    '--disable-min-priority-fee',
    '--disable-block-gas-limit',
    '--auto-impersonate',
    '--silent',
    ...(options.extraArgs ?? []),
  ]
  if (options.stateDir) fs.mkdirSync(options.stateDir, { recursive: true })
  const child = spawn(anvilBinary(), args, {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: options.stateDir ? { ...process.env, HOME: options.stateDir } : process.env,
  })
  if (options.stateDir) stateDirs.set(child, options.stateDir)
  liveChildren.add(child)
  child.once('exit', () => liveChildren.delete(child))
  let stderr = ''
  child.stderr?.on('data', (chunk) => (stderr += chunk.toString()))
  const url = `http://${options.host}:${options.port}`
  const rpc = new JsonRpcClient(url)
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))

  const deadline = Date.now() + 15_000
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`anvil ${options.name} exited with ${child.exitCode} on port ${options.port}: ${stderr.trim()}`)
    }
    try {
      const chainId = await rpc.call<string>('eth_chainId')
      if (Number(chainId) !== options.chainId) {
        throw new Error(`port ${options.port} answers chain id ${Number(chainId)}, expected ${options.chainId}; is another node running there?`)
      }
      break
    } catch (error) {
      if (error instanceof Error && error.message.startsWith('port ')) throw error
      if (Date.now() > deadline) throw new Error(`anvil ${options.name} did not answer on ${url} within 15 s: ${stderr.trim()}`)
      await new Promise((r) => setTimeout(r, 100))
    }
  }

  return {
    name: options.name,
    url,
    wsUrl: `ws://${options.host}:${options.port}`,
    rpc,
    process: child,
    async stop() {
      await rpc.close().catch(() => {})
      if (child.exitCode !== null) {
        const dir = stateDirs.get(child)
        if (dir) fs.rmSync(dir, { recursive: true, force: true })
        return
      }
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000)
      await exited
      clearTimeout(timer)
      const dir = stateDirs.get(child)
      if (dir) fs.rmSync(dir, { recursive: true, force: true })
      stateDirs.delete(child)
    },
  }
}

/** Fails fast when something already listens on the port, instead of talking to a stale chain. */
export async function assertPortFree(host: string, port: number, name: string): Promise<void> {
  const inUse = await new Promise<boolean>((resolve) => {
    const socket = net.connect({ host, port })
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
  if (inUse) {
    throw new Error(`port ${port} on ${host} is already in use (needed for ${name}); stop the other devnet or choose another port with DEVNET_*_PORT`)
  }
}
