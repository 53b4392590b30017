import { squidStatus } from './squidStatus'

export const customResolvers: { Query: Record<string, unknown>; types: Record<string, Record<string, unknown>> } = {
  Query: { squidStatus, _meta: squidStatus },
  types: {},
}
