import type { ApiContext } from '../context'

export async function squidStatus(_parent: unknown, _args: unknown, ctx: ApiContext) {
  const { og, base } = await ctx.heads.get()
  return { og, base, height: og && base ? Math.min(og.height, base.height) : null }
}
