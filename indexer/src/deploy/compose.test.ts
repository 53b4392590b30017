import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { test } from 'node:test'
import { parse } from 'yaml'
import { INDEXER_ENV_KEYS, loadProfile, parseEnv } from '../config/env'
import { PROCESSOR_NODE_FLAGS } from '../cli/node-flags'

// Docker cannot run on the development machines, so the compose file is held to the code instead:
// what it runs must exist, what it sets must be read, and what it needs must be documented.
const root = path.resolve(__dirname, '../../..')
const compose = parse(fs.readFileSync(path.join(root, 'docker-compose.yml'), 'utf8'), { merge: true })
const envExample = fs.readFileSync(path.join(root, '.env.example'), 'utf8').split('\n')
const documented = new Set(envExample.map((l) => /^([A-Z][A-Z0-9_]*)=/.exec(l)?.[1]).filter((k): k is string => !!k))
const services: Record<string, any> = compose.services

test('the services a deployment needs are there, long-running ones restart and report health', () => {
  for (const name of ['postgres', 'migrate', 'indexer-og', 'indexer-base', 'api', 'devnet']) assert.ok(services[name], `service ${name} missing`)
  for (const [name, s] of Object.entries(services)) {
    if (name === 'migrate') {
      assert.equal(s.restart, 'no', 'migrations run once')
      continue
    }
    assert.equal(s.restart, 'unless-stopped', `${name} restart policy`)
    assert.ok(s.healthcheck?.test, `${name} has no healthcheck`)
  }
  assert.deepEqual(Object.keys(compose.volumes).sort(), ['devnet', 'pgdata'])
  assert.equal(services.postgres.volumes[0], 'pgdata:/var/lib/postgresql/data')
})

test('start order: Postgres healthy, then migrations, then indexers and API', () => {
  assert.equal(services.migrate.depends_on.postgres.condition, 'service_healthy')
  for (const name of ['indexer-og', 'indexer-base', 'api']) assert.equal(services[name].depends_on.migrate.condition, 'service_completed_successfully', name)
})

test('every command runs a file the build produces, with arguments the CLI accepts', () => {
  const commands = Object.entries(services).filter(([, s]) => s.command)
  for (const [name, s] of commands) {
    const line: string = Array.isArray(s.command) ? s.command.join(' ') : s.command
    const scripts = [...line.matchAll(/node (?:--[\w=-]+ )*([\w/.-]+\.js)/g)].map((m) => m[1])
    assert.ok(scripts.length > 0, `${name}: no node script in ${line}`)
    for (const script of scripts) {
      const source = path.join(root, script.replace('/lib/', '/src/').replace(/\.js$/, '.ts'))
      assert.ok(fs.existsSync(source), `${name} runs ${script}, but ${path.relative(root, source)} does not exist`)
    }
  }
  // the processors run with the same node flags as every other launcher
  assert.deepEqual(services['indexer-og'].command.slice(1), [...PROCESSOR_NODE_FLAGS, 'indexer/lib/cli/processor.js', 'og'])
  assert.deepEqual(services['indexer-base'].command.slice(1), [...PROCESSOR_NODE_FLAGS, 'indexer/lib/cli/processor.js', 'base'])
  // the healthcheck asks the port the service is told to listen on
  assert.match(
    services['indexer-og'].healthcheck.test.join(' '),
    new RegExp(`127.0.0.1:${services['indexer-og'].environment.PROCESSOR_PROMETHEUS_PORT}/metrics`),
  )
  assert.match(services.api.healthcheck.test.join(' '), new RegExp(`127.0.0.1:${services.api.environment.API_PORT}/readyz`))
})

test('every variable the compose file or the indexer reads is documented in .env.example with a comment', () => {
  const text = fs.readFileSync(path.join(root, 'docker-compose.yml'), 'utf8')
  const interpolated = [...text.matchAll(/\$\{([A-Z][A-Z0-9_]*)/g)].map((m) => m[1])
  const passedThrough = Object.values(services).flatMap((s) =>
    Object.entries(s.environment ?? {})
      .filter(([, v]) => v === null)
      .map(([k]) => k),
  )
  for (const key of new Set([...interpolated, ...passedThrough, ...INDEXER_ENV_KEYS, 'DATABASE_URL']))
    assert.ok(documented.has(key), `${key} is not in .env.example`)
  envExample.forEach((line, i) => {
    if (!/^[A-Z][A-Z0-9_]*=/.test(line)) return
    let j = i - 1
    while (j >= 0 && /^[A-Z][A-Z0-9_]*=/.test(envExample[j])) j--
    assert.match(envExample[j] ?? '', /^#/, `${line.split('=')[0]} has no comment above it`)
  })
})

/** `.env`-style text as compose reads it: KEY=value lines, comments and blank lines skipped. */
function dotenv(text: string): Record<string, string> {
  const entries = text
    .split('\n')
    .map((l) => /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(l))
    .filter((m): m is RegExpExecArray => !!m)
  return Object.fromEntries(entries.map((m) => [m[1], m[2]]))
}

/** ${X}, ${X:-default} and ${X-default} as compose interpolates them (the :- form also replaces an empty value). */
function interpolate(value: string, project: Record<string, string>): string {
  return value.replace(/\$\{([A-Z][A-Z0-9_]*)(?:(:?-)([^}]*))?\}/g, (_, key: string, op: string | undefined, fallback: string) => {
    const set = project[key]
    if (op === ':-') return set ? set : fallback
    if (op === '-') return set ?? fallback
    return set ?? ''
  })
}

/**
 * The environment a service's container gets: the env_file (.env) first, then its `environment`,
 * where a value is interpolated from the shell and .env, and a key without a value is taken from them
 * (left out when neither has it).
 */
function containerEnv(service: string, dotenvText: string | undefined, shell: Record<string, string>): Record<string, string> {
  const fromFile = dotenvText === undefined ? {} : dotenv(dotenvText)
  const project = { ...fromFile, ...shell }
  const env: Record<string, string> = { ...fromFile }
  for (const [key, value] of Object.entries(services[service].environment as Record<string, string | null>)) {
    if (value === null) {
      if (project[key] !== undefined) env[key] = project[key]
    } else env[key] = interpolate(String(value), project)
  }
  return env
}

const withSettings = (text: string, settings: Record<string, string>) =>
  text
    .split('\n')
    .map((line) => {
      const key = /^([A-Z][A-Z0-9_]*)=/.exec(line)?.[1]
      return key && key in settings ? `${key}=${settings[key]}` : line
    })
    .join('\n')

const exampleText = envExample.join('\n')
const indexers = ['indexer-og', 'indexer-base']

test('no blank defaults: the compose file passes settings through instead of turning unset into ""', () => {
  const text = fs.readFileSync(path.join(root, 'docker-compose.yml'), 'utf8')
  assert.doesNotMatch(text, /\$\{[A-Z0-9_]+:?-\}/, 'a ${X:-} blank')
  for (const name of indexers) {
    const environment = services[name].environment as Record<string, unknown>
    for (const key of INDEXER_ENV_KEYS) assert.ok(key in environment, `${name} does not pass ${key} through`)
    // the devnet's hosts are found through the devnet profile's own settings, never as endpoint defaults
    for (const [key, value] of Object.entries(environment)) {
      if (/_URL$/.test(key) && key !== 'DATABASE_URL') assert.equal(value, null, `${name} sets a default for ${key}: ${value}`)
    }
  }
})

test('mainnet through compose: .env.example with the two URLs gives the real profile, nothing of the devnet, no zeros', () => {
  const dotenvText = withSettings(exampleText, { PROFILE: 'mainnet', OG_RPC_URL: 'https://og.example/rpc', BASE_RPC_URL: 'https://base.example/rpc' })
  for (const name of indexers) {
    const env = parseEnv(containerEnv(name, dotenvText, {}))
    assert.equal(env.PROFILE, 'mainnet', name)
    assert.equal(env.OG_TO_BLOCK, undefined, `${name}: OG_TO_BLOCK= is unset, not block 0`)
    assert.equal(env.BASE_TO_BLOCK, undefined, name)
    assert.equal(env.ALLOW_REINDEX, false, name)
    const profile = loadProfile(env)
    assert.equal(profile.og.rpcUrl, 'https://og.example/rpc', name)
    assert.equal(profile.base.rpcUrl, 'https://base.example/rpc', name)
    assert.equal(profile.blobStoreUrl, 'https://aggregator.suicore.com', `${name}: the real aggregator`)
    assert.ok(profile.og.finalityConfirmations > 0 && profile.base.finalityConfirmations > 0, `${name}: finality kept (hot blocks on)`)
    assert.doesNotMatch(JSON.stringify(profile), /devnet:|127\.0\.0\.1/, `${name}: nothing of the devnet`)
  }
  // the same settings from the shell alone, without a .env file, and a setting given on the command line
  const shell = {
    PROFILE: 'mainnet',
    OG_RPC_URL: 'https://og.example/rpc',
    BASE_RPC_URL: 'https://base.example/rpc',
    ALLOW_REINDEX: '1',
    BASE_FINALITY: '1200',
  }
  const env = parseEnv(containerEnv('indexer-base', undefined, shell))
  assert.equal(env.ALLOW_REINDEX, true)
  assert.equal(loadProfile(env).base.finalityConfirmations, 1200)
})

test("devnet through compose: .env.example as it is reads the devnet container's deployments under its service name", () => {
  for (const name of indexers) {
    const env = parseEnv(containerEnv(name, exampleText, {}))
    assert.equal(env.PROFILE, 'devnet', name)
    assert.equal(env.DEVNET_DEPLOYMENTS, '/devnet/deployments.json', name)
    assert.ok(
      env.DEVNET_SERVICE_HOST && services[env.DEVNET_SERVICE_HOST]?.profiles?.includes('devnet'),
      `${name}: DEVNET_SERVICE_HOST names the devnet service`,
    )
    // nothing overrides the deployments file's endpoints
    for (const key of ['OG_RPC_URL', 'BASE_RPC_URL', 'BLOB_STORE_URL', 'OG_FINALITY', 'BASE_FINALITY', 'OG_TO_BLOCK', 'BASE_TO_BLOCK'] as const)
      assert.equal(env[key], undefined, `${name}: ${key}`)
  }
  // the devnet container writes its URLs for the address it listens on
  assert.equal(services.devnet.environment.DEVNET_HOST, '0.0.0.0')
  assert.equal(services.devnet.environment.DEVNET_DATA_DIR, '/devnet/data', 'the deployments file lands in /devnet, beside its data')
})

test('the image builds the whole workspace the services run', () => {
  const dockerfile = fs.readFileSync(path.join(root, 'Dockerfile'), 'utf8')
  assert.match(dockerfile, /npm ci/)
  assert.match(dockerfile, /npm run build/)
  assert.equal(services['indexer-og'].build, '.')
})
