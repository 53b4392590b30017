import assert from 'node:assert/strict'
import os from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { Worker } from 'node:worker_threads'
import { lowerThisThreadPriority } from './thread-priority'

test('lowering a worker thread priority leaves the main thread and the process as they were (Linux: nice is per thread)', {
  skip: process.platform !== 'linux',
}, async () => {
  const mainBefore = os.getPriority(0)
  const processBefore = os.getPriority(process.pid)
  const code = `
    const os = require('node:os')
    const { parentPort } = require('node:worker_threads')
    const { lowerThisThreadPriority } = require(${JSON.stringify(path.join(__dirname, 'thread-priority.js'))})
    const before = os.getPriority(0)
    const returned = lowerThisThreadPriority(10)
    parentPort.postMessage({ before, returned, after: os.getPriority(0) })`
  const worker = new Worker(code, { eval: true })
  const seen = await new Promise<{ before: number; returned: number | null; after: number }>((resolve, reject) => {
    worker.once('message', resolve)
    worker.once('error', reject)
  })
  await worker.terminate()
  assert.equal(seen.before, mainBefore, 'a new thread starts at the main thread priority')
  assert.equal(seen.returned, Math.min(19, mainBefore + 10))
  assert.equal(seen.after, seen.returned, 'the worker thread runs at the lowered priority')
  assert.equal(os.getPriority(0), mainBefore, 'the main thread keeps its priority')
  assert.equal(os.getPriority(process.pid), processBefore, 'the process (its main thread) keeps its priority')
})

test('elsewhere, or with no step, nothing is changed', () => {
  const before = os.getPriority(0)
  assert.equal(lowerThisThreadPriority(10, 'darwin'), null)
  assert.equal(lowerThisThreadPriority(0), null)
  assert.equal(os.getPriority(0), before)
})
