import fs from 'node:fs'
import { captureMachine } from '../machine'
import { readResultIfPresent, resultFile, writeResult } from '../results/files'
import {
  abuseResultSchema,
  apiResultSchema,
  indexResultSchema,
  liveResultSchema,
  seedResultSchema,
  summarySchema,
  webResultSchema,
  type Summary,
} from '../results/schema'
import { BENCHMARKS_FILE } from '../util/paths'
import { renderBenchmarks } from './markdown'

/** The result files the summary is made of, by the summary field each fills. */
export const RESULT_FILES = {
  index: resultFile('index'),
  mainnetBlocks: resultFile('mainnet-blocks'),
  seed: resultFile('seed'),
  api: resultFile('api'),
  web: resultFile('web'),
  live: resultFile('live'),
  abuse: resultFile('abuse'),
} as const
export const SUMMARY_FILE = resultFile('latest')

/** Removes the result files of an earlier run, so a benchmark left out this time cannot show old figures. */
export function clearResults(): void {
  for (const file of Object.values(RESULT_FILES)) fs.rmSync(file, { force: true })
}

/** The summary of whatever results are on disk; the missing ones are benchmarks that did not run. */
export function composeSummary(command: string, startedAt: string): Summary {
  return {
    kind: 'summary',
    machine: captureMachine(),
    startedAt,
    command,
    index: readResultIfPresent(RESULT_FILES.index, indexResultSchema),
    mainnetBlocks: readResultIfPresent(RESULT_FILES.mainnetBlocks, indexResultSchema),
    seed: readResultIfPresent(RESULT_FILES.seed, seedResultSchema),
    api: readResultIfPresent(RESULT_FILES.api, apiResultSchema),
    web: readResultIfPresent(RESULT_FILES.web, webResultSchema),
    live: readResultIfPresent(RESULT_FILES.live, liveResultSchema),
    abuse: readResultIfPresent(RESULT_FILES.abuse, abuseResultSchema),
  }
}

/** Writes bench/results/latest.json and BENCHMARKS.md from it. */
export function writeReport(summary: Summary, markdownFile = BENCHMARKS_FILE): void {
  writeResult(SUMMARY_FILE, summarySchema, summary)
  fs.writeFileSync(markdownFile, renderBenchmarks(summary))
}

/** The benchmarks a summary holds, by field. */
export const BENCHMARK_FIELDS = ['index', 'mainnetBlocks', 'seed', 'api', 'web', 'live', 'abuse'] as const

/**
 * A summary whose missing benchmarks are taken from an earlier one (the committed latest.json), for `bench:report`
 * after running one benchmark alone: each row keeps the date it was measured on, so the report says which is older.
 * `npm run bench` never does this: it clears the result files so that a benchmark it left out shows as not run.
 */
export function fillFromEarlier(summary: Summary, earlier: Summary | null): Summary {
  if (!earlier) return summary
  const filled = { ...summary }
  for (const field of BENCHMARK_FIELDS) if (filled[field] === null) Object.assign(filled, { [field]: earlier[field] })
  return filled
}

/** The latest.json on disk, or null when there is none or it no longer parses (written by an older report). */
export function readEarlierSummary(): Summary | null {
  try {
    return readResultIfPresent(SUMMARY_FILE, summarySchema)
  } catch {
    return null
  }
}

/** When each benchmark of a summary finished, oldest first. */
export function resultDates(summary: Summary): string[] {
  const { index, mainnetBlocks, seed, api, web, live, abuse } = summary
  return [...[index, mainnetBlocks, seed, api, web, live].flatMap((r) => (r ? [r.machine.date] : [])), ...(abuse ? [abuse.finishedAt] : [])].sort()
}
