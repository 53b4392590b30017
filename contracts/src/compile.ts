import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

// solc-js carries its wasm compiler inside the npm package, so compiling needs no network.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const solc = require('solc')

export interface Artifact {
  contractName: string
  sourceName: string
  abi: any[]
  bytecode: `0x${string}`
  deployedBytecode: `0x${string}`
}

export const CONTRACTS_ROOT = path.resolve(__dirname, '..')
export const SOURCES_DIR = path.join(CONTRACTS_ROOT, 'sol')
export const ARTIFACTS_DIR = path.join(CONTRACTS_ROOT, 'artifacts')

function listSolidityFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return listSolidityFiles(full)
    return entry.name.endsWith('.sol') ? [full] : []
  })
}

function resolveImport(importPath: string): { contents: string } | { error: string } {
  const candidates = [path.join(SOURCES_DIR, importPath)]
  try {
    candidates.push(require.resolve(importPath, { paths: [CONTRACTS_ROOT] }))
  } catch {
    // not a package path; the local candidate is tried alone
  }
  for (const candidate of candidates) {
    if (fs.existsSync(candidate)) return { contents: fs.readFileSync(candidate, 'utf8') }
  }
  return { error: `import not found: ${importPath}` }
}

export function readSources(): Record<string, { content: string }> {
  const sources: Record<string, { content: string }> = {}
  for (const file of listSolidityFiles(SOURCES_DIR).sort()) {
    sources[path.relative(SOURCES_DIR, file)] = { content: fs.readFileSync(file, 'utf8') }
  }
  return sources
}

const HASH_FILE = path.join(ARTIFACTS_DIR, '.sources-hash')

/** Hash of every source and the compiler input settings; artifacts are reused while it matches. */
export function sourcesHash(sources = readSources()): string {
  return crypto
    .createHash('sha256')
    .update(JSON.stringify({ sources, settings: compilerSettings(), solc: solc.version() }))
    .digest('hex')
}

export function artifactsAreFresh(): boolean {
  return fs.existsSync(HASH_FILE) && fs.readFileSync(HASH_FILE, 'utf8') === sourcesHash()
}

function compilerSettings() {
  return {
    evmVersion: 'cancun',
    viaIR: true,
    optimizer: { enabled: true, runs: 200 },
    outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] } },
  }
}

/** Compiles every .sol file under contracts/sol and returns one artifact per contract. */
export function compileAll(): Artifact[] {
  const sources = readSources()
  const input = {
    language: 'Solidity',
    sources,
    // viaIR: the legacy inference ABIs nest structs deeply enough to exhaust the stack otherwise
    settings: compilerSettings(),
  }
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: resolveImport }))
  const errors = (output.errors ?? []).filter((e: any) => e.severity === 'error')
  if (errors.length > 0) {
    throw new Error(`solc failed:\n${errors.map((e: any) => e.formattedMessage).join('\n')}`)
  }
  const artifacts: Artifact[] = []
  for (const [sourceName, contracts] of Object.entries<any>(output.contracts ?? {})) {
    if (sourceName.startsWith('@')) continue
    for (const [contractName, out] of Object.entries<any>(contracts)) {
      artifacts.push({
        contractName,
        sourceName,
        abi: out.abi,
        bytecode: `0x${out.evm.bytecode.object}`,
        deployedBytecode: `0x${out.evm.deployedBytecode.object}`,
      })
    }
  }
  return artifacts
}

export function writeArtifacts(artifacts: Artifact[]): void {
  fs.rmSync(ARTIFACTS_DIR, { recursive: true, force: true })
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true })
  for (const artifact of artifacts) {
    fs.writeFileSync(path.join(ARTIFACTS_DIR, `${artifact.contractName}.json`), JSON.stringify(artifact, null, 2))
  }
  fs.writeFileSync(HASH_FILE, sourcesHash())
}
