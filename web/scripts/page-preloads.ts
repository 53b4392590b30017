/** A built chunk as the preload list needs it: the files it imports statically and the ones it loads on demand. */
export interface ChunkLinks {
  imports: readonly string[]
  dynamicImports: readonly string[]
}

/**
 * The files a page needs once the app has started, beyond what the entry already loads: the page's chunk, the
 * chunks it loads on demand (its charts) and everything those import statically. Listed in index.html as
 * modulepreload links, the browser fetches and compiles them while the entry runs, instead of learning of each
 * level only when the one before it has run (entry, then page, then charts). They are not run until imported.
 * The page's chunk comes first, then the chunks it imports, then its charts' chunks.
 */
export function pagePreloads(chunks: Readonly<Record<string, ChunkLinks>>, entry: string, page: string): string[] {
  if (!chunks[entry]) throw new Error(`no chunk ${entry}`)
  if (!chunks[page]) throw new Error(`no chunk ${page}`)
  const closure = (roots: readonly string[], into: Set<string>) => {
    const walk = (file: string) => {
      if (into.has(file)) return
      into.add(file)
      for (const dep of chunks[file]?.imports ?? []) walk(dep)
    }
    for (const root of roots) walk(root)
    return into
  }
  const loadedByEntry = closure([entry], new Set())
  const wanted = closure([page, ...chunks[page].dynamicImports], new Set())
  return [...wanted].filter((file) => !loadedByEntry.has(file))
}
