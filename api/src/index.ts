import { createServer } from 'node:http'
import { loadConfig } from './config'
import { createApi } from './yoga'

const config = loadConfig()
const api = createApi(config)
const server = createServer(api.yoga)
server.listen(config.port, config.host, () => {
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : config.port
  console.log(`[api] GraphQL on http://${config.host}:${port}/graphql (GraphiQL in a browser), CSV on /export/<entity>.csv`)
})

function shutdown() {
  server.close(() => void api.close().finally(() => process.exit(0)))
  setTimeout(() => process.exit(0), 3000).unref()
}
process.on('SIGINT', shutdown)
process.on('SIGTERM', shutdown)
