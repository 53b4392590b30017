/** Fixed-point helpers, so USD arithmetic on wei amounts never passes through floating point. */

export function parseDecimal(value: string, scale: number): bigint {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value.trim())
  if (!m) throw new Error(`not a decimal: ${value}`)
  const [, sign, whole, frac = ''] = m
  const digits = BigInt(whole + frac.padEnd(scale, '0').slice(0, scale))
  return sign ? -digits : digits
}

export function formatDecimal(value: bigint, scale: number): string {
  const negative = value < 0n
  const digits = (negative ? -value : value).toString().padStart(scale + 1, '0')
  const whole = digits.slice(0, digits.length - scale)
  const frac = digits.slice(digits.length - scale).replace(/0+$/, '')
  return `${negative ? '-' : ''}${whole}${frac ? `.${frac}` : ''}`
}

const WEI = 10n ** 18n

/** USD value of an OPG amount in wei at a price in USD per OPG, rounded down to `scale` digits. */
export function weiToUsd(wei: bigint, priceUsd: string, scale = 6): string {
  const price = parseDecimal(priceUsd, 18)
  return formatDecimal((wei * price * 10n ** BigInt(scale)) / (WEI * WEI), scale)
}

/** a / b as a float, for ratios (null when b is 0) */
export function ratio(a: string, b: string): number | null {
  const d = Number(b)
  return d === 0 ? null : Number(a) / d
}
