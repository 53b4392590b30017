import { Define } from '../../components/Define'
import { Time } from '../../components/Time'
import { formatDuration } from '../../lib/format'

interface DisabledTimeProps {
  /** finished disabled spans since registration, seconds */
  seconds: number
  /** when the node was disabled, while it still is */
  since: string | null | undefined
}

/**
 * How long the node was disabled, which uptime leaves out. Shown only when there is such time, so a
 * node that was never disabled reads as before.
 */
export function DisabledTime({ seconds, since }: DisabledTimeProps) {
  if (seconds <= 0 && !since) return null
  return (
    <div data-testid="tee-disabled-time">
      {seconds > 0 && <>disabled for {formatDuration(seconds)} in total</>}
      {seconds > 0 && since && ', '}
      {since && (
        <>
          disabled since <Time value={since} />
        </>
      )}{' '}
      <Define
        label="What is disabled time?"
        text="Time between the owner (or a revoked enclave measurement) disabling the node on the registry and the node being enabled again. The registry refuses heartbeats then, so uptime leaves that time out: uptime is the time covered by heartbeats ÷ the time enabled since registration."
      />
    </div>
  )
}
