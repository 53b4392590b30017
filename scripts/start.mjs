#!/usr/bin/env node
// `npm start` on the embedded defaults: a fresh devnet with a small simulated history that keeps
// producing live blocks. The indexer, API and web join here as they land.
import { spawn } from 'node:child_process'
import path from 'node:path'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const child = spawn(process.execPath, [path.join(root, 'devnet/lib/cli/devnet.js'), '--scale', 'small', '--live', ...process.argv.slice(2)], {
  stdio: 'inherit',
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code) => process.exit(code ?? 0))
