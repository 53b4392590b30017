import type { Store } from '@subsquid/typeorm-store'
import { In, IsNull } from 'typeorm'
import { Payment } from '../../model'
import { hasEntityManager, rawQuery } from '../../store/typeorm-internals'
import type { TeeLink } from './tee-directory'

/**
 * Names the TEE node of earlier payments to addresses that only now resolve to a node. The teeId is
 * derived from the OG chain's registry, not from Base data, so this plain UPDATE needs no hot-block
 * undo: a Base rollback removes payments, it never makes a registration untrue.
 */
export async function linkPaymentsToTees(store: Store, links: TeeLink[]): Promise<void> {
  if (!hasEntityManager(store)) return linkThroughEntities(store, links)
  await rawQuery(
    store,
    `UPDATE payment p SET tee_id = l.tee_id FROM unnest($1::text[], $2::text[], $3::timestamptz[]) AS l(address, tee_id, since)
     WHERE p.payee_id = l.address AND p.tee_id IS NULL AND p.timestamp >= l.since`,
    [links.map((l) => l.address), links.map((l) => l.teeId), links.map((l) => l.since.toISOString())],
  )
}

/** The same through the store's entity API, for stores without an entity manager (test doubles). */
async function linkThroughEntities(store: Store, links: TeeLink[]): Promise<void> {
  const byAddress = new Map(links.map((l) => [l.address, l]))
  const payments = await store.find(Payment, { where: { payee: { id: In([...byAddress.keys()]) }, teeId: IsNull() }, relations: { payer: true, payee: true } })
  const changed = payments.filter((p) => {
    const link = byAddress.get(p.payee.id)
    if (!link || p.timestamp < link.since) return false
    p.teeId = link.teeId
    return true
  })
  if (changed.length > 0) await store.upsert(changed)
}
