/**
 * The OG processor's final verification of its backlog in a bounded run, as its own log line gives it
 * (indexer/src/og/verification/handler.ts): the benchmark's account of where that time went.
 */
export interface BacklogVerification {
  settlements: number
  seconds: number
  blobsSeconds: number
  verdictsSeconds: number
  writesSeconds: number
}

/** The OG processor's last "backlog verified" line (og/verification/handler.ts), null without one. */
export function parseBacklogVerification(log: string): BacklogVerification | null {
  const m = [
    ...log.matchAll(
      /backlog verified: (\d+) settlements in ([\d.]+) s \(waiting for blobs and their checks ([\d.]+) s, verdicts ([\d.]+) s, writes ([\d.]+) s\)/g,
    ),
  ].pop()
  if (!m) return null
  const [settlements, seconds, blobsSeconds, verdictsSeconds, writesSeconds] = m.slice(1).map(Number)
  return { settlements, seconds, blobsSeconds, verdictsSeconds, writesSeconds }
}

/** The verification's time and its split, as a clause of the benchmark row and of the printed report. */
export function verificationText(v: BacklogVerification, digits = 1): string {
  const s = (n: number) => `${n.toFixed(digits)} s`
  return `${s(v.seconds)} verifying the backlog of ${v.settlements.toLocaleString('en-US')} settlements at the end (waiting for blobs and their checks ${s(v.blobsSeconds)}, verdicts ${s(v.verdictsSeconds)}, writes ${s(v.writesSeconds)})`
}
