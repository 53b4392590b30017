import type { Readable, Writable } from 'node:stream'

/** Passwords in connection URLs are masked in every line the launcher itself prints. */
export function maskPasswords(text: string): string {
  return text.replace(/(\/\/[^:/@\s]+:)[^@\s]+@/g, '$1***@')
}

export function log(line: string): void {
  console.log(`[start] ${maskPasswords(line)}`)
}

/** Copies a child's stream line by line to `out`, each line prefixed with `[name]`. */
export function forwardLines(name: string, stream: Readable, out: Writable, onLine?: (line: string) => void): void {
  let buffer = ''
  stream.on('data', (chunk: Buffer) => {
    buffer += chunk.toString()
    let i
    while ((i = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, i)
      buffer = buffer.slice(i + 1)
      out.write(`[${name}] ${line}\n`)
      onLine?.(line)
    }
  })
}
