/**
 * Logs of the OG contracts, encoded from their compiled ABIs. The OG side emits far fewer logs than
 * Base and many carry strings, bytes and nested tuples (the inference hub's), so the general ABI
 * encoder is used here rather than hand-written words; it writes what the EVM's abi.encode writes.
 */
import { encodeAbiParameters, encodeEventTopics, type Abi, type AbiEvent } from 'viem'
import { abiOf } from '../chain/contracts'
import type { ModelLog } from './base-model'

/** The events of one contract by name; an overloaded name is told apart by its argument count. */
export class EventEncoder {
  private readonly events = new Map<string, AbiEvent[]>()

  constructor(contract: string) {
    for (const item of abiOf(contract) as Abi) {
      if (item.type !== 'event') continue
      const list = this.events.get(item.name) ?? []
      list.push(item)
      this.events.set(item.name, list)
    }
  }

  /** The log `emit name(args)` writes at `address`, arguments in the event's order. */
  log(address: string, name: string, args: readonly unknown[]): ModelLog {
    const event = this.events.get(name)?.find((e) => e.inputs.length === args.length)
    if (!event) throw new Error(`no event ${name} with ${args.length} arguments`)
    const indexed: Record<string, unknown> = {}
    const plainTypes: AbiEvent['inputs'][number][] = []
    const plainValues: unknown[] = []
    event.inputs.forEach((input, i) => {
      if (input.indexed) indexed[input.name!] = args[i]
      else {
        plainTypes.push(input)
        plainValues.push(args[i])
      }
    })
    const topics = encodeEventTopics({ abi: [event], eventName: event.name, args: indexed } as any) as string[]
    const data = plainTypes.length === 0 ? '0x' : encodeAbiParameters(plainTypes, plainValues)
    return { address: address.toLowerCase(), topics: topics.map((t) => t.toLowerCase()), data: data.toLowerCase() }
  }
}
