import assert from 'node:assert/strict'
import { test } from 'node:test'
import { LaunchSettingError, parseLaunchSettings } from './settings'

test('no settings: the embedded Postgres and a fresh devnet', () => {
  const s = parseLaunchSettings({})
  assert.equal(s.databaseUrl, undefined)
  assert.equal(s.profile, 'devnet')
  assert.equal(s.useDevnet, true)
  assert.equal(s.scale, 'small')
})

test('an empty or blank variable means unset', () => {
  const s = parseLaunchSettings({ DATABASE_URL: '', OG_RPC_URL: ' ', BASE_RPC_URL: '', PROFILE: '', PG_PORT: '', SCALE: '', API_PORT: '' })
  assert.deepEqual(s, parseLaunchSettings({}))
})

test('both RPC URLs: the mainnet profile, and no devnet', () => {
  const s = parseLaunchSettings({ OG_RPC_URL: 'https://og.example', BASE_RPC_URL: 'https://base.example' })
  assert.equal(s.profile, 'mainnet')
  assert.equal(s.useDevnet, false)
  assert.equal(parseLaunchSettings({ OG_RPC_URL: 'https://og.example' }).useDevnet, true, 'one URL alone is not the real chains')
})

test('PROFILE=mainnet without both URLs is refused rather than falling back to a devnet', () => {
  assert.throws(
    () => parseLaunchSettings({ PROFILE: 'mainnet', OG_RPC_URL: 'https://og.example' }),
    (e: Error) => e instanceof LaunchSettingError && /PROFILE=mainnet needs OG_RPC_URL and BASE_RPC_URL/.test(e.message),
  )
})

test('a bad value is refused with the variable named', () => {
  assert.throws(
    () => parseLaunchSettings({ PROFILE: 'testnet' }),
    (e: Error) => e instanceof LaunchSettingError && /^PROFILE: must be devnet or mainnet \(got "testnet"\)$/.test(e.message),
  )
  assert.throws(
    () => parseLaunchSettings({ PG_PORT: 'five' }),
    (e: Error) => e instanceof LaunchSettingError && /^PG_PORT: /.test(e.message),
  )
  assert.throws(
    () => parseLaunchSettings({ API_PORT: '70000' }),
    (e: Error) => e instanceof LaunchSettingError && /^API_PORT: /.test(e.message),
  )
})

test('ports are numbers, an external database and the API connection are passed through', () => {
  const s = parseLaunchSettings({ PG_PORT: '5433', API_PORT: '8080', DATABASE_URL: 'postgres://u:p@h/db', API_DATABASE_URL: 'postgres://r:q@h/db' })
  assert.equal(s.pgPort, 5433)
  assert.equal(s.apiPort, 8080)
  assert.equal(s.databaseUrl, 'postgres://u:p@h/db')
  assert.equal(s.apiDatabaseUrl, 'postgres://r:q@h/db')
})
