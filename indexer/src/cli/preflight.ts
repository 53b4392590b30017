import { loadProfile, parseEnv } from '../config/env'
import { runPreflight } from '../preflight/run'
import { describeEndpoint } from '../recovery/node-reader'
import { exitCodeOf, formatTable } from '../preflight/verdict'
import type { Chain } from '../util/metrics'

/**
 * `npm run preflight [-- og|base]`: what the configured endpoints will do to a first sync, before
 * starting one. Reads the same environment as the processors; exits 1 when any row fails.
 */
async function main() {
  const env = parseEnv()
  const profile = loadProfile(env)
  const chains = process.argv.slice(2).filter((a): a is Chain => a === 'og' || a === 'base')
  console.log(`preflight of the ${profile.name} profile (og ${describeEndpoint(profile.og.rpcUrl)}, base ${describeEndpoint(profile.base.rpcUrl)})\n`)
  const rows = await runPreflight({ profile, env, chains: chains.length ? chains : undefined })
  console.log(formatTable(rows))
  const code = exitCodeOf(rows)
  console.log(
    `\n${code === 0 ? 'no failures' : `${rows.filter((r) => r.verdict === 'fail').length} failed check(s): fix them before the first sync`}${rows.some((r) => r.verdict === 'warn') ? '; warnings say what will be slow' : ''}`,
  )
  process.exit(code)
}

main().catch((error) => {
  console.error(`[preflight] ${error instanceof Error ? error.message : error}`)
  process.exit(1)
})
