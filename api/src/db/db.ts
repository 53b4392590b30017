import type { Pool } from 'pg'
import type { SqlQuery } from '../sql/select'
import { translateDbError } from './errors'

export type Row = Record<string, any>

export interface Db {
  query<T extends Row = Row>(query: SqlQuery | string, values?: unknown[]): Promise<T[]>
  pool: Pool
}

export function createDb(pool: Pool, statementTimeoutMs: number): Db {
  return {
    pool,
    async query<T extends Row = Row>(query: SqlQuery | string, values?: unknown[]): Promise<T[]> {
      const q = typeof query === 'string' ? { text: query, values: values ?? [] } : query
      try {
        return (await pool.query(q.text, q.values)).rows as T[]
      } catch (error) {
        throw translateDbError(error, statementTimeoutMs)
      }
    },
  }
}
