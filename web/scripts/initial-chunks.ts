/** One entry of Vite's build manifest (web/dist/.vite/manifest.json), the fields read here. */
export interface ManifestChunk {
  file: string
  isEntry?: boolean
  imports?: string[]
  dynamicImports?: string[]
  css?: string[]
}

/**
 * The files a first visit loads before anything lazy: the entry chunk (src/boot.ts), the app it imports
 * at once (boot only starts the first requests before loading the app), and every chunk those import
 * statically. Pages, which the app loads lazily, are not counted. The bundle budget test and the web
 * benchmark both measure this set.
 */
export function initialChunks(manifest: Record<string, ManifestChunk>): { js: string[]; css: string[] } {
  const entry = Object.keys(manifest).find((k) => manifest[k].isEntry)
  if (!entry) throw new Error('the manifest has no entry chunk')
  const seen = new Set<string>()
  const walk = (key: string) => {
    if (seen.has(key)) return
    seen.add(key)
    for (const dep of manifest[key].imports ?? []) walk(dep)
  }
  walk(entry)
  for (const app of manifest[entry].dynamicImports ?? []) walk(app)
  const chunks = [...seen].map((k) => manifest[k])
  return { js: chunks.map((c) => c.file), css: [...new Set(chunks.flatMap((c) => c.css ?? []))] }
}
