import { pageTitle } from '@og-explorer/common'
import { useEffect } from 'react'
import { useLocation } from 'react-router'

/** Sets the tab's title from the page table, so tabs, bookmarks and history say which page they hold. */
export function usePageTitle(): void {
  const { pathname } = useLocation()
  useEffect(() => {
    document.title = pageTitle(pathname)
  }, [pathname])
}
