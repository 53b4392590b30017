import type { Chain } from '@og-explorer/common'
import type { ChainTx } from './chain-query'
import { Badge } from '../../components/Badges'
import { Card } from '../../components/Card'
import { Hash } from '../../components/Hash'

const isAddress = (type: string, value: string) => type === 'address' && /^0x[0-9a-f]{40}$/.test(value)

/** Every log of a transaction: decoded (event name and fields) when one of our ABIs has its topic, raw otherwise. */
export function DecodedLogs({ logs, chain }: { logs: ChainTx['logs']; chain: Chain }) {
  if (logs.length === 0) return null
  return (
    <Card
      title={`Events (${logs.length})`}
      subtitle={`Logs the ${chain === 'og' ? 'OpenGradient chain' : 'Base'} node reports, decoded with the explorer’s contract ABIs`}
      id="tx-events"
    >
      <ol className="stack" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {logs.map((log) => (
          <li key={log.logIndex} data-testid="tx-log" data-event={log.event ?? ''} style={{ minWidth: 0 }}>
            <div className="row" style={{ flexWrap: 'wrap', gap: 8 }}>
              <span className="faint">#{log.logIndex}</span>
              {log.event ? <Badge tone="info">{log.event}</Badge> : <Badge>unknown event</Badge>}
              <span className="muted">emitted by</span> <Hash value={log.address} to={`/accounts/${log.address}`} />
              {log.contract && <span className="faint">({log.contract})</span>}
            </div>
            {log.args ? (
              <table className="log-args" style={{ width: '100%', tableLayout: 'fixed', marginTop: 4 }}>
                <tbody>
                  {log.args.map((a) => (
                    <tr key={a.name} data-testid="tx-log-arg" data-name={a.name} data-value={a.value}>
                      <th scope="row" style={{ textAlign: 'left', fontWeight: 'normal', width: '35%', verticalAlign: 'top' }}>
                        {a.name} <span className="faint mono">{a.type}</span>
                      </th>
                      <td className="mono" style={{ overflowWrap: 'anywhere' }}>
                        {isAddress(a.type, a.value) ? <Hash value={a.value} to={`/accounts/${a.value}`} full /> : a.value}
                        {a.hashed && <span className="faint"> (keccak hash of the value)</span>}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <div className="mono faint" style={{ overflowWrap: 'anywhere', fontSize: 12, marginTop: 4 }}>
                {log.topics.map((t, i) => (
                  <div key={t + i}>
                    topic {i}: {t}
                  </div>
                ))}
                <div>data: {log.data === '0x' ? '(empty)' : log.data}</div>
              </div>
            )}
          </li>
        ))}
      </ol>
    </Card>
  )
}
