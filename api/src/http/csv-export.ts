import type { Plugin } from 'graphql-yoga'
import type { ApiConfig } from '../config'
import type { Db } from '../db/db'
import type { HeadsReader } from '../heads'
import type { Model } from '../model/types'

export function useCsvExport(_deps: { db: Db; model: Model; config: ApiConfig; heads: HeadsReader }): Plugin {
  return {}
}
