import { startOverviewRequests } from './features/overview/early-requests'

/**
 * The page's entry, small on purpose: the landing page's requests leave as soon as this file has run,
 * while React and the app (main.tsx) are still loading and being parsed, instead of after them. The app
 * then finds its first answers on their way (api/early.ts). The landing page's own chunk is asked for
 * beside the app's rather than after the app has run and routed to it (the app's lazy import of it
 * then finds it loaded), and it asks for its charts' chunks as soon as it has run.
 */
if (window.location.pathname === '/') {
  startOverviewRequests(new URLSearchParams(window.location.search))
  void import('./pages/Overview').catch(() => {})
}
void import('./main')
