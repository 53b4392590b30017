import { ErrorCode, apiError } from '../errors'

interface Sink {
  parts: string[]
  chars: number
}

function push(sink: Sink, text: string): void {
  sink.parts.push(text)
  sink.chars += text.length
}

/** an object whose values are all scalars: one native JSON.stringify, the common leaf of an answer */
function isFlat(value: Record<string, unknown>): boolean {
  for (const key in value) {
    const v = value[key]
    if (v !== null && typeof v === 'object') return false
  }
  return true
}

/**
 * JSON of an execution result's data (plain objects, arrays and scalars, as graphql-js builds it),
 * pausing after every list item so the caller can measure and yield. Leaf objects go through the
 * native stringifier whole.
 */
function* emit(value: unknown, sink: Sink): Generator<void, void, void> {
  if (value === null || typeof value !== 'object') {
    push(sink, JSON.stringify(value) ?? 'null')
    return
  }
  if (Array.isArray(value)) {
    push(sink, '[')
    for (let i = 0; i < value.length; i++) {
      if (i > 0) push(sink, ',')
      yield* emit(value[i], sink)
      yield
    }
    push(sink, ']')
    return
  }
  const record = value as Record<string, unknown>
  if (isFlat(record)) {
    push(sink, JSON.stringify(record))
    return
  }
  push(sink, '{')
  let first = true
  for (const key in record) {
    const v = record[key]
    if (v === undefined) continue
    push(sink, `${first ? '' : ','}${JSON.stringify(key)}:`)
    first = false
    yield* emit(v, sink)
  }
  push(sink, '}')
}

export interface SliceOptions {
  /** the answer may not grow past this many characters */
  maxChars: number
  /** event-loop time one slice may take before it yields */
  sliceMs: number
  /** throws when the request's time is spent (checked between slices) */
  checkTime?: () => void
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))

/**
 * Serialises a large answer in slices of at most `sliceMs`, letting other requests (and /healthz)
 * run in between, and stops with RESPONSE_TOO_LARGE as soon as the text passes the limit rather
 * than after building all of it.
 */
export async function serializeInSlices(value: unknown, options: SliceOptions): Promise<string> {
  const sink: Sink = { parts: [], chars: 0 }
  const steps = emit(value, sink)
  let sliceStart = performance.now()
  for (;;) {
    const step = steps.next()
    if (sink.chars > options.maxChars) {
      throw apiError(
        ErrorCode.RESPONSE_TOO_LARGE,
        `the answer is larger than ${options.maxChars} characters; ask for smaller pages, fewer fields or fewer aliases`,
        { max: options.maxChars },
      )
    }
    if (step.done) break
    if (performance.now() - sliceStart >= options.sliceMs) {
      options.checkTime?.()
      await nextTurn()
      sliceStart = performance.now()
    }
  }
  return sink.parts.join('')
}
