/**
 * Subsquid's TypeORM config reads DB_URL (or DB_HOST/DB_PORT/DB_NAME/DB_USER/DB_PASS). We accept the
 * conventional DATABASE_URL and pass it on, so one variable selects the database everywhere.
 */
export function applyDatabaseUrl(url: string, env: NodeJS.ProcessEnv = process.env): void {
  env.DB_URL = url
}

export function databaseUrlFromEnv(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.DATABASE_URL ?? env.DB_URL
}
