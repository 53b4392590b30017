import assert from 'node:assert/strict'
import { test } from 'node:test'
import { getIntrospectionQuery } from 'graphql'
import { createSchema, createYoga, type Plugin } from 'graphql-yoga'
import { useIntrospectionCache } from './introspection-cache'

const schema = createSchema({ typeDefs: 'type Query { hello: String }', resolvers: { Query: { hello: () => 'hi' } } })

async function ask(yoga: ReturnType<typeof createYoga>, query: string) {
  const res = await yoga.fetch('http://api.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query }),
  })
  return res.json()
}

test('introspection answers are kept, and executed once per query text', async () => {
  let executions = 0
  const counter: Plugin = { onExecute: () => void executions++ }
  const yoga = createYoga({ schema, logging: false, plugins: [useIntrospectionCache(), counter] })
  const first = await ask(yoga, getIntrospectionQuery())
  const second = await ask(yoga, getIntrospectionQuery())
  assert.ok(first.data.__schema.types.some((t: { name: string }) => t.name === 'Query'))
  assert.deepEqual(second, first)
  assert.equal(executions, 1, 'the repeat is answered from the cache')
  await ask(yoga, '{ hello }')
  await ask(yoga, '{ hello }')
  assert.equal(executions, 3, 'queries that read data are never kept')
})

test('a stand-in null answer from a later plugin (the heavy lane) is not kept as the answer', async () => {
  let stoodIn = 0
  // stands in for the first request only, the way the heavy lane does when it sends its own bytes
  const standIn: Plugin = {
    onExecute({ setResultAndStopExecution }) {
      if (stoodIn++ === 0) setResultAndStopExecution({ data: null })
    },
  }
  const yoga = createYoga({ schema, logging: false, plugins: [useIntrospectionCache(), standIn] })
  assert.equal((await ask(yoga, getIntrospectionQuery())).data, null)
  const second = await ask(yoga, getIntrospectionQuery())
  assert.ok(second.data?.__schema, 'the second request is executed, not served the stand-in')
})
