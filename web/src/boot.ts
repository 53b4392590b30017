import { startOverviewRequests } from './features/overview/early-requests'

/**
 * The page's entry, small on purpose: the landing page's requests leave as soon as this file has run,
 * while React and the app (main.tsx) are still loading and being parsed, instead of after them. The app
 * then finds its first answers on their way (api/early.ts). The landing page's chunk is left to the
 * app's router: asked for here too, with the charts' chunks it preloads, it was parsed while the app
 * was starting and held the headline figures back until the charts drew.
 */
if (window.location.pathname === '/') startOverviewRequests(new URLSearchParams(window.location.search))
void import('./main')
