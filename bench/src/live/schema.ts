// The live result's schema lives beside the other benchmarks' (results/schema.ts), so the summary and the report read it too.
export { type LiveResult, liveResultSchema } from '../results/schema'
