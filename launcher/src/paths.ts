import path from 'node:path'

/** The repository root: children run from here, and the devnet writes its deployments file below it. */
export const ROOT = path.resolve(__dirname, '../..')

const packageDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`))

export const INDEXER = packageDir('@og-explorer/indexer')
export const API = packageDir('@og-explorer/api')
export const DEVNET = packageDir('@og-explorer/devnet')
