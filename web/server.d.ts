/**
 * A fetch-style handler that serves the built web app (web/dist): static files with their content
 * types (gzip when asked for), a one-year immutable cache for the hashed files under /assets/, and
 * index.html for every other GET, so client routes work on reload. It answers null for what it
 * does not own: non-GET/HEAD requests and /graphql, /export, /healthz, /readyz and /metrics.
 */
export declare function createWebHandler(distDir?: string): (request: Request) => Promise<Response | null>
