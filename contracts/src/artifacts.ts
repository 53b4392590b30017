import fs from 'node:fs'
import path from 'node:path'
import { ARTIFACTS_DIR, type Artifact } from './compile'

const cache = new Map<string, Artifact>()

/** Reads a compiled contract; `npm run build -w contracts` must have run first. */
export function loadArtifact(contractName: string): Artifact {
  const cached = cache.get(contractName)
  if (cached) return cached
  const file = path.join(ARTIFACTS_DIR, `${contractName}.json`)
  if (!fs.existsSync(file)) {
    throw new Error(`no artifact for ${contractName} at ${file}; run "npm run build -w contracts"`)
  }
  const artifact = JSON.parse(fs.readFileSync(file, 'utf8')) as Artifact
  cache.set(contractName, artifact)
  return artifact
}

export function listArtifacts(): Artifact[] {
  if (!fs.existsSync(ARTIFACTS_DIR)) return []
  return fs
    .readdirSync(ARTIFACTS_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => loadArtifact(path.basename(f, '.json')))
}
