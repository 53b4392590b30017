/** One entry of Vite's build manifest (web/dist/.vite/manifest.json), the fields read here. */
export interface ManifestChunk {
  file: string
  isEntry?: boolean
  imports?: string[]
  css?: string[]
}

/**
 * The files a first visit loads before anything lazy: the entry chunk and every chunk it imports
 * statically. Lazily loaded pages are not counted. The bundle budget test and the web benchmark
 * both measure this set.
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
  const chunks = [...seen].map((k) => manifest[k])
  return { js: chunks.map((c) => c.file), css: [...new Set(chunks.flatMap((c) => c.css ?? []))] }
}
