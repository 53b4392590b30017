/**
 * Token units: OPG has 18 decimals on both chains, and amounts travel as integers of base units
 * (wei) everywhere, so turning them into whole tokens is done here and nowhere else.
 */

export const OPG_DECIMALS = 18
/** one OPG in wei */
export const OPG_UNIT = 10n ** BigInt(OPG_DECIMALS)

/** Base units → the exact decimal string in whole tokens, without grouping: 1500000n, 6 → "1.5". */
export function formatUnits(amount: bigint, decimals: number = OPG_DECIMALS): string {
  const negative = amount < 0n
  const digits = (negative ? -amount : amount).toString().padStart(decimals + 1, '0')
  const whole = digits.slice(0, digits.length - decimals)
  const frac = digits.slice(digits.length - decimals).replace(/0+$/, '')
  return `${negative ? '-' : ''}${whole}${frac ? `.${frac}` : ''}`
}

/**
 * A decimal string → base units; digits beyond `decimals` are cut off (rounded toward zero), which
 * is what every caller wants for amounts it then divides.
 */
export function parseUnits(value: string, decimals: number = OPG_DECIMALS): bigint {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value.trim())
  if (!m) throw new Error(`not a decimal: ${value}`)
  const [, sign, whole, frac = ''] = m
  const digits = BigInt(whole + frac.padEnd(decimals, '0').slice(0, decimals))
  return sign ? -digits : digits
}

/** Base units → a float in whole tokens, for charts (precision beyond 15 digits is not drawn). */
export function unitsToNumber(amount: string | bigint | null | undefined, decimals: number = OPG_DECIMALS): number {
  if (amount == null) return Number.NaN
  const v = typeof amount === 'bigint' ? amount : BigInt(amount)
  const base = 10n ** BigInt(decimals)
  const int = v / base
  const frac = v % base
  return Number(int) + Number(frac) / Number(base)
}
