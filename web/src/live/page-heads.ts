import { CHAINS, type Chain } from '@og-explorer/common'
import { useEffect, useRef, useSyncExternalStore } from 'react'
import type { ChainHead, IndexedHeads } from '../api/client'

/**
 * The heads the answers on the page were read at, gathered from every "as of" on it, so the
 * page-level bar can say one "as of OG N · Base M" and a card only differs when its answer does.
 * A store outside React: the bar sits in the layout and the cards deep in the page.
 */
const entries = new Map<number, IndexedHeads>()
const listeners = new Set<() => void>()
let nextId = 1
let bars = 0
let snapshot: PageHeads = { heads: null, bar: false }

export interface PageHeads {
  /** per chain, the newest head any answer on the page was read at; null before any answer */
  heads: IndexedHeads | null
  /** whether a page-level bar is mounted (cards then keep a note only where they differ) */
  bar: boolean
}

function recompute(): void {
  let heads: IndexedHeads | null = null
  for (const h of entries.values()) {
    const merged: IndexedHeads = heads ?? { og: null, base: null }
    for (const c of CHAINS) {
      const x = h[c]
      if (x && (!merged[c] || x.height > (merged[c] as ChainHead).height)) merged[c] = x
    }
    heads = merged
  }
  snapshot = { heads, bar: bars > 0 }
  for (const l of listeners) l()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function usePageHeads(): PageHeads {
  return useSyncExternalStore(
    subscribe,
    () => snapshot,
    () => snapshot,
  )
}

/** Adds an answer's heads to the page's while the component is mounted. */
export function useRegisterHeads(heads: IndexedHeads | null | undefined): void {
  const id = useRef(0)
  if (id.current === 0) id.current = nextId++
  const latest = useRef(heads)
  latest.current = heads
  // the heights are the identity of the heads: a new object with the same heights changes nothing
  const key = heads ? CHAINS.map((c) => heads[c]?.height ?? -1).join(':') : ''
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-registered when the heights change, read through the ref
  useEffect(() => {
    const current = latest.current
    if (!current) return
    entries.set(id.current, current)
    recompute()
    return () => {
      entries.delete(id.current)
      recompute()
    }
  }, [key])
}

/** Marks the page-level bar as mounted. */
export function useBarMounted(): void {
  useEffect(() => {
    bars++
    recompute()
    return () => {
      bars--
      recompute()
    }
  }, [])
}

export function sameHeights(a: IndexedHeads | null | undefined, b: IndexedHeads | null | undefined, chains: readonly Chain[]): boolean {
  return chains.every((c) => (a?.[c]?.height ?? null) === (b?.[c]?.height ?? null))
}
