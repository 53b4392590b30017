/**
 * The number a JSON-RPC hex quantity stands for. Block numbers, indexes, nonces and timestamps are
 * read once per item of every answer, so the common case (at most 13 hex digits, which a double holds
 * exactly) is read digit by digit instead of through a BigInt; anything else, including malformed
 * input, goes through BigInt as before (same value, same error).
 */
export function hexToNumber(hex: string | number): number {
  if (typeof hex === 'number') return hex
  const length = hex.length
  if (length > 2 && length <= 15 && hex.charCodeAt(0) === 48 && (hex.charCodeAt(1) | 32) === 120) {
    let value = 0
    for (let i = 2; i < length; i++) {
      const c = hex.charCodeAt(i)
      const lower = c | 32
      const digit = c >= 48 && c <= 57 ? c - 48 : lower >= 97 && lower <= 102 ? lower - 87 : -1
      if (digit < 0) return Number(BigInt(hex))
      value = value * 16 + digit
    }
    return value
  }
  return Number(BigInt(hex))
}
