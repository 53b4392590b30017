import net from 'node:net'

const handedOut = new Set<number>()

/**
 * A TCP port that was free a moment ago, chosen by the OS. Ports already handed out by this process
 * are never returned again: the OS may offer a just-closed port twice when several services start
 * at once.
 */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = await new Promise<number>((resolve, reject) => {
      const server = net.createServer()
      server.once('error', reject)
      server.listen(0, '127.0.0.1', () => {
        const { port } = server.address() as net.AddressInfo
        server.close(() => resolve(port))
      })
    })
    if (!handedOut.has(port)) {
      handedOut.add(port)
      return port
    }
  }
}
