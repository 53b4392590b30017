// The test stack (embedded Postgres, devnet, processors) the benchmarks run on, imported in this one
// place so that when it moves between workspaces only this file changes.
export { freshDatabase, query, stopTestPostgres } from '@og-explorer/indexer/lib/testing/postgres'
export { PROCESSOR_NODE_FLAGS } from '@og-explorer/indexer/lib/cli/node-flags'
export { startIndexedStack } from '@og-explorer/testkit/lib/stack/indexed-stack'
