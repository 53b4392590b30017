import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { test } from 'node:test'
import { parse } from 'yaml'
import { INDEXER_ENV_KEYS } from '../config/env'
import { PROCESSOR_NODE_FLAGS } from '../testing/processes'

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
  assert.match(services['indexer-og'].healthcheck.test.join(' '), new RegExp(`127.0.0.1:${services['indexer-og'].environment.PROCESSOR_PROMETHEUS_PORT}/metrics`))
  assert.match(services.api.healthcheck.test.join(' '), new RegExp(`127.0.0.1:${services.api.environment.API_PORT}/readyz`))
})

test('every variable the compose file or the indexer reads is documented in .env.example with a comment', () => {
  const text = fs.readFileSync(path.join(root, 'docker-compose.yml'), 'utf8')
  const interpolated = [...text.matchAll(/\$\{([A-Z][A-Z0-9_]*)/g)].map((m) => m[1])
  for (const key of new Set([...interpolated, ...INDEXER_ENV_KEYS, 'DATABASE_URL'])) assert.ok(documented.has(key), `${key} is not in .env.example`)
  envExample.forEach((line, i) => {
    if (!/^[A-Z][A-Z0-9_]*=/.test(line)) return
    let j = i - 1
    while (j >= 0 && /^[A-Z][A-Z0-9_]*=/.test(envExample[j])) j--
    assert.match(envExample[j] ?? '', /^#/, `${line.split('=')[0]} has no comment above it`)
  })
})

test('the image builds the whole workspace the services run', () => {
  const dockerfile = fs.readFileSync(path.join(root, 'Dockerfile'), 'utf8')
  assert.match(dockerfile, /npm ci/)
  assert.match(dockerfile, /npm run build/)
  assert.equal(services['indexer-og'].build, '.')
})
