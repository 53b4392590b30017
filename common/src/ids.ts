/**
 * Row ids the indexer writes and the API and web app read back (the API splits them in SQL, the web
 * app links to them), so their shape is defined once.
 */

/** id of a row keyed by a log: txHash-logIndex */
export function logId(log: { transactionHash: string; logIndex: number }): string {
  return `${log.transactionHash}-${log.logIndex}`
}
