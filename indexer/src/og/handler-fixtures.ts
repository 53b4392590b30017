// Test support shared by the TEE, staking and hub handler tests: logs built from the real ABIs with
// viem, an in-memory store behind the real EntityCache, and a scripted state reader. Not a test itself.
import fs from 'node:fs'
import path from 'node:path'
import { encodeAbiParameters, encodeEventTopics, encodeFunctionResult } from 'viem'
import type { NetworkProfile } from '../config/profile'
import type { CallRequest, StateReader } from '../rpc/state-reader'
import type { OgHandler } from './batch'
import type { OgContractKind, RoutedLog } from './routing'
import { processOgBatch } from './main'
import { contractKinds } from './routing'
import type { OgBlockHeader, OgContext, OgLog } from './processor'

type AbiItem = { type: string; name: string; inputs: { name: string; type: string; indexed?: boolean }[]; outputs?: unknown[] }

export function loadAbi(name: string): AbiItem[] {
  return JSON.parse(fs.readFileSync(path.join(__dirname, '../../abi', `${name}.json`), 'utf8'))
}

/** topics and data of an event, encoded by viem from the ABI (arity picks among overloads). */
export function eventLog(abi: AbiItem[], name: string, args: Record<string, unknown>, arity?: number): { topics: string[]; data: string } {
  const item = abi.find((x) => x.type === 'event' && x.name === name && (arity === undefined || x.inputs.length === arity))
  if (!item) throw new Error(`no event ${name}`)
  const topics = encodeEventTopics({ abi: [item], eventName: name, args } as any) as string[]
  const plain = item.inputs.filter((i) => !i.indexed)
  return { topics, data: encodeAbiParameters(plain as any, plain.map((i) => args[i.name]) as any) }
}

export function functionResult(abi: AbiItem[], name: string, result: unknown): string {
  return encodeFunctionResult({ abi: [abi.find((x) => x.type === 'function' && x.name === name)] as any, functionName: name, result } as any)
}

export const block = (height: number, timestampSec: number): OgBlockHeader =>
  ({ height, timestamp: timestampSec * 1000, hash: `0xb${height}`, parentHash: '0x' }) as unknown as OgBlockHeader

export function routed(
  kind: OgContractKind,
  address: string,
  b: OgBlockHeader,
  txHash: string,
  logIndex: number,
  ev: { topics: string[]; data: string },
): RoutedLog {
  const log = { address, transactionHash: txHash, logIndex, transactionIndex: 0, ...ev } as unknown as OgLog
  return { log, block: b, kind }
}

/** Rows by entity class name; enough of the typeorm Store for EntityCache and the handlers. */
export class MemoryStore {
  readonly tables = new Map<string, Map<string, any>>()
  table(name: string): Map<string, any> {
    if (!this.tables.has(name)) this.tables.set(name, new Map())
    return this.tables.get(name)!
  }
  rows<E>(cls: { name: string }): E[] {
    return [...this.table(cls.name).values()]
  }
  async findBy(cls: { name: string }, where: Record<string, any>): Promise<any[]> {
    const matches = (row: any) =>
      Object.entries(where).every(([k, v]) => (v && typeof v === 'object' && 'value' in v ? (v.value as unknown[]).includes(row[k]) : row[k] === v))
    return this.rows<any>(cls).filter(matches).map(loaded)
  }
  async find(cls: { name: string }): Promise<any[]> {
    return this.rows<any>(cls).map(loaded)
  }
  /**
   * As typeorm's upsert: a column is overwritten when any entity of the call defines it, and an
   * entity that leaves it undefined then writes NULL (the trap of rows loaded without relations).
   */
  async upsert(entities: any[]): Promise<void> {
    const defined = new Set(entities.flatMap((e) => Object.keys(e).filter((k) => e[k] !== undefined)))
    for (const e of entities) {
      const row = { ...(this.table(e.constructor.name).get(e.id) ?? {}) }
      for (const k of defined) row[k] = e[k] === undefined ? null : e[k]
      this.table(e.constructor.name).set(e.id, Object.assign(Object.create(Object.getPrototypeOf(e)), row))
    }
  }
  async insert(entities: any[]): Promise<void> {
    for (const e of entities) {
      if (this.table(e.constructor.name).has(e.id)) throw new Error(`duplicate ${e.constructor.name} ${e.id}`)
      this.table(e.constructor.name).set(e.id, Object.assign(Object.create(Object.getPrototypeOf(e)), e))
    }
  }
}

/** A loaded row: a copy with its relations left undefined, as typeorm's findBy returns it. */
function loaded(e: any): any {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(e)), e)
  for (const [k, v] of Object.entries(copy)) if (v && typeof v === 'object' && 'id' in (v as object)) delete copy[k]
  return copy
}

export type CallAnswer = (call: CallRequest) => string | Error

export function fakeReader(answer: CallAnswer): StateReader & { calls: CallRequest[] } {
  const calls: CallRequest[] = []
  return { calls, callMany: async (batch: CallRequest[]) => batch.map((c) => (calls.push(c), answer(c))) } as unknown as StateReader & { calls: CallRequest[] }
}

export const ADDR = {
  registry: '0x00000000000000000000000000000000000000a1',
  registry2: '0x00000000000000000000000000000000000000a2',
  staking: '0x0000000000000000000000000000000000000800',
  distribution: '0x0000000000000000000000000000000000000801',
  slashing: '0x0000000000000000000000000000000000000806',
  precompile: '0x00000000000000000000000000000000000000f4',
  hub: '0x8383c9bd7462f12eb996dd02f78234c0421a6fae',
}

const ref = (address: string) => ({ address, from: 0 })
export const profile = {
  name: 'test',
  og: {
    contracts: {
      settlementRelays: [],
      legacyRelays: [],
      teeRegistries: [ref(ADDR.registry), ref(ADDR.registry2)],
      inferenceHubs: [ref(ADDR.hub)],
      stakingPrecompile: ref(ADDR.staking),
      distributionPrecompile: ref(ADDR.distribution),
      slashingPrecompile: ref(ADDR.slashing),
      inferencePrecompile: ref(ADDR.precompile),
    },
  },
} as unknown as NetworkProfile

export interface TestBlock {
  header: OgBlockHeader
  logs: RoutedLog[]
}

/** Runs one batch through main.ts's processOgBatch (routing, prepare/handle/finish, flush). */
export async function runBatch(store: MemoryStore, reader: StateReader, blocks: TestBlock[], handlers: OgHandler[]): Promise<void> {
  const ctx = { store, blocks: blocks.map((b) => ({ header: b.header, logs: b.logs.map((r) => r.log) })) } as unknown as OgContext
  await processOgBatch(ctx, profile, reader, handlers, contractKinds(profile))
}
