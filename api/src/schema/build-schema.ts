import { createSchema } from 'graphql-yoga'
import type { GraphQLSchema } from 'graphql'
import type { Model } from '../model/types'
import { entityResolvers } from '../resolvers/entities'
import { customQueryResolvers } from '../resolvers/Query'
import { allocationsTypeDefs } from './allocations.graphql'
import { analyticsTypeDefs } from './analytics.graphql'
import { chainTypeDefs } from './chain.graphql'
import { entityTypeDefs } from './entity-sdl'
import { liveSubscriptionResolvers } from '../live/resolver'
import { liveTypeDefs } from './live.graphql'
import { proofsTypeDefs } from './proofs.graphql'
import { scalarResolvers, scalarTypeDefs } from './scalars'
import { searchTypeDefs } from './search.graphql'
import { stakingTypeDefs } from './staking.graphql'
import { statusTypeDefs } from './status.graphql'
import { usageQualityTypeDefs } from './usage-quality.graphql'

/** The public schema: generated entity queries plus the hand-written analytics, search and status. */
export function buildSchema(model: Model): GraphQLSchema {
  const entities = entityResolvers(model)
  return createSchema({
    typeDefs: [
      scalarTypeDefs,
      entityTypeDefs(model),
      statusTypeDefs,
      analyticsTypeDefs,
      chainTypeDefs,
      searchTypeDefs,
      proofsTypeDefs,
      allocationsTypeDefs,
      stakingTypeDefs,
      liveTypeDefs,
      usageQualityTypeDefs,
    ],
    resolvers: {
      ...scalarResolvers,
      ...entities.types,
      Query: { ...entities.Query, ...customQueryResolvers },
      Subscription: liveSubscriptionResolvers,
    },
  })
}
