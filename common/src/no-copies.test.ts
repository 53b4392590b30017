import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { test } from 'node:test'

// compiled to common/lib/no-copies.test.js; the product packages sit beside common
const root = path.join(__dirname, '..', '..')
const PACKAGES = ['indexer/src', 'api/src', 'web/src']

/**
 * What common defines once, written as the copies looked before they moved here. Tests may spell
 * values out (a test states what it expects), so only the packages' own code is read.
 */
const COPIES: Array<[string, RegExp]> = [
  [
    'a time-bucket or units function',
    /\bfunction (dayId|hourId|dayStart|hourStart|startOfDay|floorToBucket|nextBucket|logId|formatUnits|parseUnits|unitsToNumber)\b/,
  ],
  ['a day, hour, decimals or chain constant', /\b(const|let) (DAY_MS|HOUR_MS|WEEK_MS|OPG_DECIMALS|OPG_UNIT|WEI|CHAINS)\s*[:=]/],
  ['milliseconds per day or hour', /\b(86_?400_?000|3_?600_?000)\b/],
  ['wei per OPG', /\b10n \*\* 18n\b/],
  ['a UTC day or hour id cut from an ISO string', /toISOString\(\)\.slice\(0, ?1[03]\)/],
  ['the chain names', /'og' \| 'base'|\['og', 'base'\]/],
  ['a schema enum list', /\[\s*'(BATCH|VERIFIED|PENDING|TEE|VANILLA|EXACT|UPTO)',/],
]

function sources(dir: string): string[] {
  if (!fs.existsSync(dir)) return []
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'generated' || entry.name === 'node_modules' ? [] : sources(full)
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : []
  })
}

test('time buckets, units, chain names and enum lists are defined in common only, not copied into indexer, api or web', () => {
  const files = PACKAGES.flatMap((p) => sources(path.join(root, p)))
  assert.ok(files.length > 100, `read only ${files.length} files: the package folders moved?`)
  const found: string[] = []
  for (const file of files) {
    const lines = fs.readFileSync(file, 'utf8').split('\n')
    lines.forEach((line, i) => {
      for (const [what, pattern] of COPIES) {
        if (pattern.test(line)) found.push(`${path.relative(root, file)}:${i + 1}: ${what} (import it from @og-explorer/common)`)
      }
    })
  }
  assert.deepEqual(found, [])
})

test('the check recognises each kind of copy it looks for', () => {
  const samples = [
    'export function dayId(ms: number) {',
    'export const DAY_MS = 86_400_000',
    '  const t = start + 3_600_000',
    'const WEI = 10n ** 18n',
    '  return new Date(ms).toISOString().slice(0, 10)',
    "  chain: 'og' | 'base'",
    "export const PAYMENT_SCHEMES = ['EXACT', 'UPTO'] as const",
  ]
  for (const sample of samples)
    assert.ok(
      COPIES.some(([, pattern]) => pattern.test(sample)),
      sample,
    )
  assert.ok(!COPIES.some(([, pattern]) => pattern.test("import { DAY_MS, dayId } from '@og-explorer/common'")))
})
