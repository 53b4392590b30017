import { loadInferenceProof } from '../../analytics/inference-proof'
import { badInput } from '../../errors'
import type { ApiContext } from '../context'

export function inferenceProof(_parent: unknown, args: { id: string }, ctx: ApiContext) {
  if (!/^[0-9A-Za-z-]{1,200}$/.test(args.id)) throw badInput('id must be an inference id like 0x<tx hash>-<log index>-<leaf index>')
  return loadInferenceProof(ctx.db, ctx.rows, args.id.toLowerCase(), ctx.config.blobStoreUrl)
}
