/**
 * The query a SQD Network worker accepts for an EVM dataset (what @subsquid/evm-processor 1.27.3's
 * archive client POSTs): a block range, a field selection, and item requests with relations. Only
 * the parts this devnet can answer from JSON-RPC are accepted; traces and state diffs are refused
 * with a clear error rather than answered empty, so a processor asking for them fails loudly.
 */
import { z } from 'zod'

const hexList = z.array(z.string().regex(/^0x[0-9a-fA-F]*$/, 'a 0x-prefixed hex string')).optional()
const selection = z.record(z.string(), z.boolean()).optional()

const logRequest = z
  .object({
    address: hexList,
    topic0: hexList,
    topic1: hexList,
    topic2: hexList,
    topic3: hexList,
    transaction: z.boolean().optional(),
    transactionLogs: z.boolean().optional(),
    transactionTraces: z.literal(false).optional(),
    transactionStateDiffs: z.literal(false).optional(),
  })
  .strict()

const transactionRequest = z
  .object({
    from: hexList,
    to: hexList,
    sighash: hexList,
    type: z.array(z.number().int().nonnegative()).optional(),
    logs: z.boolean().optional(),
    traces: z.literal(false).optional(),
    stateDiffs: z.literal(false).optional(),
  })
  .strict()

const querySchema = z
  .object({
    fromBlock: z.number().int().nonnegative(),
    toBlock: z.number().int().nonnegative().optional(),
    includeAllBlocks: z.boolean().optional(),
    fields: z.object({ block: selection, transaction: selection, log: selection, trace: selection, stateDiff: selection }).partial().optional(),
    logs: z.array(logRequest).optional(),
    transactions: z.array(transactionRequest).optional(),
    traces: z.array(z.unknown()).max(0, 'traces are not served by the devnet gateway').optional(),
    stateDiffs: z.array(z.unknown()).max(0, 'state diffs are not served by the devnet gateway').optional(),
  })
  .strict()
  .refine((q) => q.toBlock === undefined || q.toBlock >= q.fromBlock, 'toBlock is below fromBlock')

export type ArchiveQuery = z.infer<typeof querySchema>
export type LogRequest = z.infer<typeof logRequest>
export type TransactionRequest = z.infer<typeof transactionRequest>
export type FieldSelection = NonNullable<ArchiveQuery['fields']>

export class QueryError extends Error {}

/** Parses a worker query body, lowercasing hex filters (the chain's addresses and topics are lowercase). */
export function parseArchiveQuery(body: unknown): ArchiveQuery {
  const parsed = querySchema.safeParse(body)
  if (!parsed.success) throw new QueryError(`invalid query: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(query)'}: ${i.message}`).join('; ')}`)
  const q = parsed.data
  const lower = (list?: string[]) => list?.map((s) => s.toLowerCase())
  return {
    ...q,
    logs: q.logs?.map((r) => ({
      ...r,
      address: lower(r.address),
      topic0: lower(r.topic0),
      topic1: lower(r.topic1),
      topic2: lower(r.topic2),
      topic3: lower(r.topic3),
    })),
    transactions: q.transactions?.map((r) => ({ ...r, from: lower(r.from), to: lower(r.to), sighash: lower(r.sighash) })),
  }
}
