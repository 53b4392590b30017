import { createElement, useSyncExternalStore, type ComponentType, type ReactNode } from 'react'

export type Preloadable<P> = ComponentType<P> & {
  /** starts loading the component's chunk (once; again after a failure); resolves with the component */
  preload: () => Promise<ComponentType<P>>
}

/**
 * A component in its own chunk, like React.lazy, but without Suspense: until the chunk has arrived it
 * shows `fallback`, then it draws the component at once, and a chunk loaded beforehand (`preload`) draws
 * on the first render. React.lazy suspends on its first render even when its chunk arrived long before,
 * and React holds back revealing suspended content while other updates keep coming, so a page of lazy
 * charts whose answers arrive one after another drew them all together after the last one. A chunk that
 * fails to load is thrown to the nearest error boundary, as React.lazy does.
 */
export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>, fallback: ReactNode): Preloadable<P> {
  let loaded: ComponentType<P> | null = null
  let failure: { error: unknown } | null = null
  let pending: Promise<ComponentType<P>> | null = null
  const listeners = new Set<() => void>()
  const notify = () => {
    for (const listener of listeners) listener()
  }
  const preload = (): Promise<ComponentType<P>> => {
    if (!pending) {
      failure = null
      pending = load().then(
        (component) => {
          loaded = component
          notify()
          return component
        },
        (error: unknown) => {
          // a dropped connection: the next mount or preload asks again
          pending = null
          failure = { error }
          notify()
          throw error
        },
      )
    }
    return pending
  }
  const subscribe = (listener: () => void) => {
    listeners.add(listener)
    if (!loaded) preload().catch(() => {})
    return () => {
      listeners.delete(listener)
    }
  }
  function Preloaded(props: P) {
    const component = useSyncExternalStore(subscribe, () => loaded)
    const failed = useSyncExternalStore(subscribe, () => failure)
    if (component) return createElement(component, props)
    if (failed) throw failed.error
    return fallback
  }
  return Object.assign(Preloaded, { preload })
}
