import type { Plugin } from 'graphql-yoga'
import type { ApiConfig } from '../config'
import type { Db } from '../db/db'
import { ErrorCode } from '../errors'
import { CHAINS, createHeadsReader, type IndexedHeads } from '../heads'
import type { Model } from '../model/types'
import { loadCommissionLimits } from '../analytics/slash-detail-load'
import { loadValidatorRanking, type RankingOrder } from '../analytics/validator-ranking'
import { ExportError } from './csv-request'
import { ExportSlots, SlotsBusyError } from './export-slots'
import { rankingCsv } from './ranking-csv-rows'

export const RANKING_CSV_PATH = '/export/validator-ranking.csv'

const ORDERS: readonly RankingOrder[] = ['NET_DESC', 'RISK_ASC', 'RISK_DESC', 'STAKE_DESC', 'EXPECTED_LOSS_ASC', 'COMMISSION_ASC']

function headsText(heads: IndexedHeads): string {
  return CHAINS.map((c) => `${c}=${heads[c]?.height ?? ''}`).join(';')
}

/**
 * GET /export/validator-ranking.csv[?orderBy=NET_DESC] is the validators table as CSV: every
 * column, the formula and the heads in notes after the rows. The ranking is the same reads and
 * maths as the validatorRanking query; it runs in export slots of its own, sized like the entity
 * exports', so a burst of downloads queues (then 503 + Retry-After) instead of taking the pool.
 * The rate limit covers it with every /export/ path.
 */
export function useRankingCsv(deps: { db: Db; model: Model; config: ApiConfig }): Plugin {
  const settings = deps.config.csvExport
  const slots = new ExportSlots(settings.slots, settings.queue, settings.queueMs)
  const heads = createHeadsReader(deps.db, 0)
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== RANKING_CSV_PATH) return
      let release: (() => void) | undefined
      try {
        if (request.method !== 'GET') throw new ExportError(405, ErrorCode.BAD_USER_INPUT, 'use GET')
        const order = (url.searchParams.get('orderBy') || 'NET_DESC') as RankingOrder
        if (!ORDERS.includes(order)) throw new ExportError(400, ErrorCode.BAD_USER_INPUT, `orderBy must be one of ${ORDERS.join(', ')}`)
        for (const key of url.searchParams.keys())
          if (key !== 'orderBy') throw new ExportError(400, ErrorCode.BAD_USER_INPUT, `unknown parameter ${key}; only orderBy is accepted`)
        try {
          release = await slots.acquire()
        } catch (error) {
          if (error instanceof SlotsBusyError) throw new ExportError(503, ErrorCode.OVERLOADED, error.message, error.retryAfterSeconds)
          throw error
        }
        const [ranking, limits, h] = await Promise.all([loadValidatorRanking(deps.db, deps.model, order), loadCommissionLimits(deps.db), heads.get()])
        const body = rankingCsv(ranking, limits, { order, heads: headsText(h) })
        endResponse(
          new fetchAPI.Response(body, {
            status: 200,
            headers: {
              'content-type': 'text/csv; charset=utf-8',
              'content-disposition': 'attachment; filename="validator-ranking.csv"',
              'X-Indexed-Heads': headsText(h),
            },
          }),
        )
      } catch (error) {
        const e = error instanceof ExportError ? error : new ExportError(500, ErrorCode.INTERNAL_SERVER_ERROR, 'the export failed on the server')
        if (e.code === ErrorCode.INTERNAL_SERVER_ERROR) console.error(`[api] ranking export failed: ${(error as Error)?.stack ?? error}`)
        const headers: Record<string, string> = { 'content-type': 'application/json' }
        if (e.retryAfterSeconds) headers['Retry-After'] = String(e.retryAfterSeconds)
        endResponse(new fetchAPI.Response(JSON.stringify({ errors: [{ message: e.message, extensions: { code: e.code } }] }), { status: e.status, headers }))
      } finally {
        release?.()
      }
    },
  }
}
