import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { DevnetConfig } from '../config'
import { startDevnet, type Devnet } from '../devnet'
import { freePort } from './ports'

/** A devnet on free ports with its own data folder and deployments file, removed on stop. */
export async function startTestDevnet(): Promise<Devnet & { dispose(): Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'og-devnet-'))
  const config: DevnetConfig = {
    host: '127.0.0.1',
    ogPort: await freePort(),
    basePort: await freePort(),
    blobPort: await freePort(),
    gatewayPort: await freePort(),
    dataDir: path.join(dir, 'data'),
  }
  const devnet = await startDevnet(config, { deploymentsFile: path.join(dir, 'deployments.json') })
  return {
    ...devnet,
    async dispose() {
      await devnet.stop()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
