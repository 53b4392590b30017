/**
 * Walrus stand-in storage: content-addressed blobs on disk.
 * Layout: <dir>/<first two chars of id>/<id>. Ids are base64url ([A-Za-z0-9_-]), so they are
 * filesystem-safe on case-sensitive filesystems (Linux); 64² fan-out directories keep each
 * directory small even with hundreds of thousands of blobs.
 * Writes are synchronous and atomic: write a temp file in the same directory, then rename.
 */
import fs from 'node:fs'
import path from 'node:path'
import { blobIdFor, isValidBlobId } from '@og-explorer/proofs'

export interface BlobStore {
  readonly dir: string
  /** Store content under its content-derived id (blobIdFor) and return the id. Idempotent. */
  put(content: Uint8Array | string): string
  /** Store content under a caller-chosen id (overwrites). Throws on an invalid id. */
  putWithId(id: string, content: Uint8Array | string): void
  has(id: string): boolean
  get(id: string): Buffer | undefined
  /** when the blob was stored, ms since the epoch (its file's mtime); undefined when absent */
  storedAt(id: string): number | undefined
  /** dates a stored blob, e.g. to the chain time of the settlement that names it (its storage period starts there) */
  setStoredAt(id: string, ms: number): void
}

let tmpCounter = 0

export function createBlobStore(dir: string): BlobStore {
  const root = path.resolve(dir)
  fs.mkdirSync(root, { recursive: true })
  const madeDirs = new Set<string>()

  const fileFor = (id: string) => path.join(root, id.slice(0, 2), id)

  const write = (id: string, content: Uint8Array | string) => {
    if (!isValidBlobId(id)) throw new TypeError(`invalid blob id: ${JSON.stringify(id)}`)
    const sub = path.join(root, id.slice(0, 2))
    if (!madeDirs.has(sub)) {
      fs.mkdirSync(sub, { recursive: true })
      madeDirs.add(sub)
    }
    // temp names start with '.', which no blob id can, so they never shadow a blob
    const tmp = path.join(sub, `.${id}.${process.pid}.${tmpCounter++}.tmp`)
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content
    try {
      fs.writeFileSync(tmp, data)
      fs.renameSync(tmp, path.join(sub, id))
    } catch (err) {
      fs.rmSync(tmp, { force: true })
      throw err
    }
  }

  return {
    dir: root,
    put(content) {
      const id = blobIdFor(content)
      if (!fs.existsSync(fileFor(id))) write(id, content)
      return id
    },
    putWithId(id, content) {
      write(id, content)
    },
    has(id) {
      return isValidBlobId(id) && fs.existsSync(fileFor(id))
    },
    get(id) {
      if (!isValidBlobId(id)) return undefined
      try {
        return fs.readFileSync(fileFor(id))
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined
        throw err
      }
    },
    storedAt(id) {
      if (!isValidBlobId(id)) return undefined
      try {
        return fs.statSync(fileFor(id)).mtimeMs
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined
        throw err
      }
    },
    setStoredAt(id, ms) {
      if (!isValidBlobId(id)) throw new TypeError(`invalid blob id: ${JSON.stringify(id)}`)
      fs.utimesSync(fileFor(id), new Date(ms), new Date(ms))
    },
  }
}
