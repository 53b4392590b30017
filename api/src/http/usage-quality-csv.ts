import type { Plugin } from 'graphql-yoga'
import type { ApiConfig } from '../config'
import type { Db } from '../db/db'
import { ErrorCode } from '../errors'
import { CHAINS, createHeadsReader, type IndexedHeads } from '../heads'
import { MAX_WINDOW, MIN_WINDOW, loadPayerCohorts, loadPayerConcentration, loadUsageSpikes, type SpikeMetric } from '../analytics/usage-quality-load'
import type { PeriodInterval } from '../analytics/usage-quality-range'
import { parseDateTime } from '../sql/input-checks'
import { ExportError } from './csv-request'
import { ExportSlots, SlotsBusyError } from './export-slots'
import { cohortsCsv, concentrationCsv, spikesCsv } from './usage-quality-csv-rows'

const INTERVALS: readonly PeriodInterval[] = ['DAY', 'WEEK', 'MONTH']
const METRICS: readonly SpikeMetric[] = ['PAYMENTS', 'INFERENCES_SETTLED']

/** The files, their extra parameters and their default interval (the GraphQL fields' defaults). */
const FILES = {
  '/export/payer-cohorts.csv': { extra: [], interval: 'WEEK' },
  '/export/payer-concentration.csv': { extra: [], interval: 'WEEK' },
  '/export/usage-spikes.csv': { extra: ['metric', 'window'], interval: 'DAY' },
} as const satisfies Record<string, { extra: readonly string[]; interval: PeriodInterval }>

const headsText = (heads: IndexedHeads) => CHAINS.map((c) => `${c}=${heads[c]?.height ?? ''}`).join(';')

function time(q: URLSearchParams, key: string): number | undefined {
  const v = q.get(key)
  if (!v) return undefined
  const parsed = parseDateTime(v)
  if ('problem' in parsed) throw new ExportError(400, ErrorCode.BAD_USER_INPUT, `${key}: ${parsed.problem}`)
  return parsed.date.getTime()
}

/**
 * GET /export/payer-cohorts.csv, /export/payer-concentration.csv and /export/usage-spikes.csv
 * (?from=&to=&interval=, and metric=&window= for spikes): the "Organic or farming?" queries as
 * CSV, the same loaders as GraphQL, in export slots of their own so downloads queue rather than
 * take the pool. Header first, notes last, formula-looking cells escaped (csv-cells.ts).
 */
export function useUsageQualityCsv(deps: { db: Db; config: ApiConfig }): Plugin {
  const settings = deps.config.csvExport
  const slots = new ExportSlots(settings.slots, settings.queue, settings.queueMs)
  const heads = createHeadsReader(deps.db, 0)
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      const file = FILES[url.pathname as keyof typeof FILES]
      if (!file) return
      let release: (() => void) | undefined
      try {
        if (request.method !== 'GET') throw new ExportError(405, ErrorCode.BAD_USER_INPUT, 'use GET')
        const q = url.searchParams
        const allowed = ['from', 'to', 'interval', ...file.extra]
        for (const key of q.keys())
          if (!allowed.includes(key)) throw new ExportError(400, ErrorCode.BAD_USER_INPUT, `unknown parameter ${key}; accepted: ${allowed.join(', ')}`)
        const interval = (q.get('interval') || file.interval) as PeriodInterval
        if (!INTERVALS.includes(interval)) throw new ExportError(400, ErrorCode.BAD_USER_INPUT, `interval must be one of ${INTERVALS.join(', ')}`)
        const from = time(q, 'from')
        const to = time(q, 'to')
        const metric = (q.get('metric') || 'PAYMENTS') as SpikeMetric
        if (!METRICS.includes(metric)) throw new ExportError(400, ErrorCode.BAD_USER_INPUT, `metric must be one of ${METRICS.join(', ')}`)
        const windowText = q.get('window')
        const window = windowText ? Number(windowText) : undefined
        if (window !== undefined && !(Number.isInteger(window) && window >= MIN_WINDOW && window <= MAX_WINDOW))
          throw new ExportError(400, ErrorCode.BAD_USER_INPUT, `window must be a whole number of periods from ${MIN_WINDOW} to ${MAX_WINDOW}`)
        try {
          release = await slots.acquire()
        } catch (error) {
          if (error instanceof SlotsBusyError) throw new ExportError(503, ErrorCode.OVERLOADED, error.message, error.retryAfterSeconds)
          throw error
        }
        const h = headsText(await heads.get())
        let body: string
        try {
          if (url.pathname === '/export/payer-cohorts.csv') body = cohortsCsv(await loadPayerCohorts(deps.db, interval, from, to), h)
          else if (url.pathname === '/export/payer-concentration.csv') body = concentrationCsv(await loadPayerConcentration(deps.db, interval, from, to), h)
          else body = spikesCsv(await loadUsageSpikes(deps.db, metric, interval, window, from, to), h)
        } catch (error) {
          // the loaders' own refusals (a reversed or too long range) are the caller's to fix
          const code = (error as { extensions?: { code?: string } })?.extensions?.code
          if (code === ErrorCode.BAD_USER_INPUT || code === ErrorCode.RANGE_TOO_LARGE) throw new ExportError(400, code, (error as Error).message)
          throw error
        }
        const name = url.pathname.slice('/export/'.length)
        endResponse(
          new fetchAPI.Response(body, {
            status: 200,
            headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${name}"`, 'X-Indexed-Heads': h },
          }),
        )
      } catch (error) {
        const e = error instanceof ExportError ? error : new ExportError(500, ErrorCode.INTERNAL_SERVER_ERROR, 'the export failed on the server')
        if (e.code === ErrorCode.INTERNAL_SERVER_ERROR) console.error(`[api] ${url.pathname} failed: ${(error as Error)?.stack ?? error}`)
        const headers: Record<string, string> = { 'content-type': 'application/json' }
        if (e.retryAfterSeconds) headers['Retry-After'] = String(e.retryAfterSeconds)
        endResponse(new fetchAPI.Response(JSON.stringify({ errors: [{ message: e.message, extensions: { code: e.code } }] }), { status: e.status, headers }))
      } finally {
        release?.()
      }
    },
  }
}
