/** The subset of a JSON ABI the explorer reads: names and types, enough to name and decode. */
export interface AbiParam {
  name: string
  type: string
  indexed?: boolean
  components?: readonly AbiParam[]
}

export interface AbiEntry {
  type: 'event' | 'function' | string
  name: string
  inputs: readonly AbiParam[]
}

/** A decoded value: numbers as decimal strings (they exceed 2^53), bytes and addresses as lowercase hex. */
export type AbiValue = string | boolean | AbiValue[] | { [name: string]: AbiValue }
