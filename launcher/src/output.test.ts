import assert from 'node:assert/strict'
import { PassThrough } from 'node:stream'
import { test } from 'node:test'
import { forwardLines, maskPasswords } from './output'

test('passwords in connection URLs are masked, the rest of the line kept', () => {
  assert.equal(
    maskPasswords('indexing into postgres://admin:s3cr3t@127.0.0.1:23798/explorer now'),
    'indexing into postgres://admin:***@127.0.0.1:23798/explorer now',
  )
  assert.equal(maskPasswords('postgres://admin@host/db and http://host:8545'), 'postgres://admin@host/db and http://host:8545')
})

test('a child stream is copied line by line with its name, lines split across chunks joined', async () => {
  const input = new PassThrough()
  const out = new PassThrough()
  const seen: string[] = []
  let written = ''
  out.on('data', (d) => (written += d.toString()))
  forwardLines('og', input, out, (line) => seen.push(line))
  input.write('first li')
  input.write('ne\nsecond\nunfinished')
  await new Promise((r) => setImmediate(r))
  assert.deepEqual(seen, ['first line', 'second'])
  assert.equal(written, '[og] first line\n[og] second\n')
})
