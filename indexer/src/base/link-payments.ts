import type { Store } from '@subsquid/typeorm-store'
import { rawQuery } from '../util/bulk-write'
import type { TeeLink } from './tee-directory'

/**
 * Names the TEE node of earlier payments to addresses that only now resolve to a node. The teeId is
 * derived from the OG chain's registry, not from Base data, so this plain UPDATE needs no hot-block
 * undo: a Base rollback removes payments, it never makes a registration untrue.
 */
export async function linkPaymentsToTees(store: Store, links: TeeLink[]): Promise<void> {
  await rawQuery(
    store,
    `UPDATE payment p SET tee_id = l.tee_id FROM unnest($1::text[], $2::text[], $3::timestamptz[]) AS l(address, tee_id, since)
     WHERE p.payee_id = l.address AND p.tee_id IS NULL AND p.timestamp >= l.since`,
    [links.map((l) => l.address), links.map((l) => l.teeId), links.map((l) => l.since.toISOString())],
  )
}
