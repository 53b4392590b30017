import fs from 'node:fs'
import path from 'node:path'
import type { Browser } from 'playwright-core'

/** Debian's chromium (never a downloaded browser): CHROMIUM_PATH, else the usual install paths, else PATH. */
export function findChromium(): string | null {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    ...(process.env.PATH ?? '').split(':').flatMap((d) => [path.join(d, 'chromium'), path.join(d, 'chromium-browser')]),
  ]
  return candidates.find((c): c is string => Boolean(c) && fs.existsSync(c!)) ?? null
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export async function launchChromium(executablePath: string): Promise<Browser> {
  const { chromium } = await import('playwright-core')
  // launch() gives every run a fresh temporary profile
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true })
}
