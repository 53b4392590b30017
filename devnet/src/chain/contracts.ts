import { loadArtifact, listArtifacts } from '@og-explorer/contracts'
import { encodeDeployData, encodeFunctionData, toEventSelector, type Abi, type AbiEvent } from 'viem'
import type { Hex } from './chain-writer'

export function abiOf(contractName: string): Abi {
  return loadArtifact(contractName).abi as Abi
}

export function encodeCall(contractName: string, functionName: string, args: readonly unknown[] = []): Hex {
  return encodeFunctionData({ abi: abiOf(contractName), functionName, args } as any)
}

export function deployData(contractName: string, args: readonly unknown[] = []): Hex {
  const artifact = loadArtifact(contractName)
  return encodeDeployData({ abi: artifact.abi as Abi, bytecode: artifact.bytecode, args } as any)
}

/** topic0 → "EventName(types)" over every compiled contract, to count logs by signature. */
export function topicNameMap(): Map<string, string> {
  const map = new Map<string, string>()
  for (const artifact of listArtifacts()) {
    for (const item of artifact.abi as Abi) {
      if (item.type !== 'event') continue
      const event = item as AbiEvent
      const signature = `${event.name}(${event.inputs.map((i) => formatType(i)).join(',')})`
      map.set(toEventSelector(event), signature.length > 80 ? `${event.name}(…)` : signature)
    }
  }
  return map
}

function formatType(param: { type: string; components?: readonly any[] }): string {
  if (!param.type.startsWith('tuple')) return param.type
  return `(${(param.components ?? []).map(formatType).join(',')})${param.type.slice(5)}`
}
