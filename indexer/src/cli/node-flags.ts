/**
 * Node flags every launcher gives a processor (npm start, docker compose, tests, benchmarks). V8
 * otherwise lets the heap of a backfill grow far past what is live before it collects; a cap keeps
 * peak memory near the live set.
 */
export const PROCESSOR_NODE_FLAGS = ['--max-old-space-size=384']
