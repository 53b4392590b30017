import type { Plugin } from 'graphql-yoga'
import type { Db } from '../db/db'
import { loadLiveConfig, type LiveConfig } from './config'
import { dbLiveSource } from './db-source'
import { LiveHub } from './hub'

/**
 * Puts one LiveHub in every request's context (the `live` subscription reads it) and ends its
 * subscriptions when the server is disposed. Yoga's Server-Sent Events transport writes a comment
 * line every 12 s on an open stream, which keeps proxies from closing idle ones.
 */
export function useLiveHub(hub: LiveHub): Plugin {
  return {
    onContextBuilding({ extendContext }) {
      extendContext({ live: hub } as never)
    },
    onDispose() {
      hub.close()
    },
  }
}

/** The process's hub, polling the API's database. */
export function useLiveUpdates(db: Db, config: LiveConfig = loadLiveConfig()): Plugin {
  return useLiveHub(new LiveHub(dbLiveSource(db), config))
}
