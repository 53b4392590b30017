// lib/esm holds the ES-module build; Node reads .js there as ESM only when the nearest package.json says so.
import fs from 'node:fs'

fs.writeFileSync(new URL('../lib/esm/package.json', import.meta.url), `${JSON.stringify({ type: 'module' }, null, 2)}\n`)
