import type { Plugin } from 'graphql-yoga'
import { ErrorCode } from '../errors'

/** Refuses request bodies above the limit before they are read (OpenReader's --max-request-size). */
export function useRequestSizeLimit(maxBytes: number): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      const length = Number(request.headers.get('content-length') ?? 0)
      if (length > maxBytes) {
        const body = {
          errors: [{ message: `request body of ${length} bytes is above the limit of ${maxBytes}`, extensions: { code: ErrorCode.REQUEST_TOO_LARGE } }],
        }
        endResponse(new fetchAPI.Response(JSON.stringify(body), { status: 413, headers: { 'content-type': 'application/json' } }))
      }
    },
  }
}
