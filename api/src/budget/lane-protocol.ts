/** The messages between the main thread and the heavy lane's worker (lane-worker.ts). */

/** marks a job's request inside the worker, so its result's error codes can be found again */
export const JOB_HEADER = 'x-og-lane-job'

export interface LaneJob {
  id: number
  /** the GraphQL parameters as JSON: query, variables, operationName, extensions */
  body: string
  /** the client's Accept header: the worker answers in the same media type */
  accept: string
}

export interface LaneReply {
  id: number
  /** the worker could not produce an answer (its log says why) */
  failed?: boolean
  status?: number
  contentType?: string
  body?: Uint8Array
  /** extensions.code of each error in the answer, null for a masked one */
  errorCodes?: (string | null)[]
}
