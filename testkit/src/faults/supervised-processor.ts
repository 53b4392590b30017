import fs from 'node:fs'
import { Supervisor, type ExitRecord } from '@og-explorer/launcher'
import { startProcessor } from '../stack/processes'

export type Chain = 'og' | 'base'
export type { ExitRecord }

/**
 * One chain's processor under the supervisor `npm start` uses, with the suite's faster backoff.
 * Every exit is restarted, a setting error (exit 78) included: the chain-safety case counts those
 * restarts. Each run's output tail goes to `logFile`, for diagnosing a failed case afterwards.
 */
export class SupervisedProcessor extends Supervisor {
  constructor(
    readonly chain: Chain,
    env: Record<string, string>,
    logFile?: string,
    backoff = { baseMs: 500, maxMs: 5_000, healthyAfterMs: 30_000 },
  ) {
    super(chain, () => startProcessor(chain, env), {
      backoff,
      describeExit: lastErrorLine,
      onExit: (exit, out, startedAt) => {
        if (logFile)
          fs.appendFileSync(
            logFile,
            `${out}\n--- run started ${new Date(startedAt).toISOString()} exited ${exit.code ?? exit.signal}${exit.planned ? ' (planned)' : ''}\n`,
          )
      },
    })
  }
}

/** Why a run ended, from its output: Subsquid's last FATAL log line (JSON), else the CLI's own error line. */
export function lastErrorLine(output: string): string {
  const lines = output.split('\n').filter((l) => l.trim())
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]
    if (line.startsWith('{')) {
      try {
        const entry = JSON.parse(line)
        if (entry.level >= 5) return shorten(entry.err?.message ?? entry.err?.stack?.split('\n')[0] ?? entry.msg ?? line)
      } catch {
        // a line cut by the kill
      }
    } else if (/^\[indexer\]/.test(line) && !/peak RSS|backfill batches/.test(line)) return shorten(line.replace(/^\[indexer\]\s*/, ''))
  }
  return 'no error printed'
}

const shorten = (s: string) => String(s).replace(/\s+/g, ' ').slice(0, 200)
