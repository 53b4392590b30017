import path from 'node:path'

/** Where the other workspaces are, found through their packages rather than relative hops from lib/. */
const packageDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`))

export const INDEXER_DIR = packageDir('@og-explorer/indexer')
export const API_DIR = packageDir('@og-explorer/api')
export const BENCH_DIR = path.resolve(__dirname, '../..')
export const REPO_ROOT = path.resolve(BENCH_DIR, '..')

/** Every benchmark writes its figures here as JSON (git-ignored); the report reads them back. */
export const RESULTS_DIR = path.join(BENCH_DIR, 'results')
/** The generated report at the repository root. */
export const BENCHMARKS_FILE = path.join(REPO_ROOT, 'BENCHMARKS.md')

export const PROCESSOR_SCRIPT = path.join(INDEXER_DIR, 'lib/cli/processor.js')
export const MIGRATE_SCRIPT = path.join(INDEXER_DIR, 'lib/cli/migrate.js')
export const API_SCRIPT = path.join(API_DIR, 'lib/index.js')
/** the fault suite's runner: the bench runs its "abuse" case for issue 14's targets */
export const FAULTS_SCRIPT = path.join(packageDir('@og-explorer/testkit'), 'lib/faults/run.js')
