/**
 * Subsquid's TypeORM config reads DB_URL (or DB_HOST/DB_PORT/DB_NAME/DB_USER/DB_PASS). We accept the
 * conventional DATABASE_URL and pass it on, so one variable selects the database everywhere.
 */
export function applyDatabaseUrl(url: string, env: NodeJS.ProcessEnv = process.env): void {
  env.DB_URL = url
}

/** DATABASE_URL, else DB_URL; an empty value means unset, as everywhere in the settings. */
export function databaseUrlFromEnv(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return [env.DATABASE_URL, env.DB_URL].find((url) => url !== undefined && url.trim() !== '')
}
