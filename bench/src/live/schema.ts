import { z } from 'zod'
import { machineSchema } from '../results/schema'

const spread = z.object({ medianMs: z.number(), p95Ms: z.number(), maxMs: z.number() })

/** bench/results/live.json: block-to-browser latency of the live subscription and the memory of idle subscribers. */
export const liveResultSchema = z.object({
  machine: machineSchema,
  startedAt: z.string(),
  events: z.number(),
  /** from the block being mined on the OG anvil until ... */
  latency: z.object({
    /** ... the settlement's row is in Postgres (the OG processor's part: its head poll and its batch) */
    indexed: spread,
    /** ... an SSE client of the live subscription receives it */
    sse: spread,
    /** ... Chromium shows the row in the open settlements list (no reload) */
    browser: spread,
  }),
  /** the shares of the browser latency's median, one stage after the other */
  stagesMedianMs: z.object({ indexer: z.number(), apiPush: z.number(), browserRefetch: z.number() }),
  idle: z.object({
    subscribers: z.number(),
    apiRssBeforeMb: z.number(),
    apiRssAfterMb: z.number(),
    kbPerSubscriber: z.number(),
  }),
  settings: z.object({ livePollMs: z.number(), processorHeadPollMs: z.number() }),
})

export type LiveResult = z.infer<typeof liveResultSchema>
