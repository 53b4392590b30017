import cluster from 'node:cluster'
import { createServer } from 'node:http'
import { loadConfig } from './config'
import { withFrontDoor } from './http/front-door'
import { createApi } from './yoga'

const config = loadConfig()

/**
 * One process runs JavaScript on one core; with API_WORKERS > 1 the primary forks that many
 * workers sharing the port (node:cluster), each with its own pool and response cache.
 */
if (config.workers > 1 && cluster.isPrimary) {
  for (let i = 0; i < config.workers; i++) cluster.fork()
  let announced = false
  cluster.on('message', (_worker, message: { listening?: string }) => {
    if (message.listening && !announced) {
      announced = true
      console.log(`[api] GraphQL on ${message.listening}/graphql (GraphiQL in a browser), CSV on /export/<entity>.csv; ${config.workers} workers`)
    }
  })
  cluster.on('exit', (worker, code) => {
    console.error(`[api] worker ${worker.process.pid} exited with ${code}; starting another`)
    cluster.fork()
  })
  const stop = () => {
    for (const w of Object.values(cluster.workers ?? {})) w?.kill('SIGTERM')
    setTimeout(() => process.exit(0), 3000).unref()
    cluster.removeAllListeners('exit')
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
} else {
  const api = createApi(config)
  const server = createServer(withFrontDoor(api.yoga, { limits: api.limits, corsOrigins: config.corsOrigins, observe: api.metrics.observe }))
  const listen = () =>
    server.listen(config.port, config.host, () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : config.port
      const url = `http://${config.host}:${port}`
      // the heavy lane's worker loads the schema now rather than during the first large request
      api.warmUp()
      if (cluster.isWorker) process.send?.({ listening: url })
      else console.log(`[api] GraphQL on ${url}/graphql (GraphiQL in a browser), CSV on /export/<entity>.csv`)
    })
  api
    .prepare()
    .catch((error: unknown) => console.error(`[api] GraphiQL could not be prepared (${(error as Error).message}); its first request tries again`))
    .finally(listen)
  const shutdown = () => {
    server.close(() => void api.close().finally(() => process.exit(0)))
    setTimeout(() => process.exit(0), 3000).unref()
  }
  process.on('SIGINT', shutdown)
  process.on('SIGTERM', shutdown)
}
