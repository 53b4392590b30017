import { resolveAlias } from '@og-explorer/common'
import { Navigate, useLocation } from 'react-router'

/** /address/0x…, /block/N and the like, typed from habit on other explorers: replaced by our page for it. */
export default function AliasRedirect() {
  const { pathname, search } = useLocation()
  const to = resolveAlias(pathname) ?? '/'
  const query = search ? `${to.includes('?') ? '&' : '?'}${search.slice(1)}` : ''
  return <Navigate to={`${to}${query}`} replace />
}
