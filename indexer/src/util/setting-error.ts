/**
 * Exit code of a processor stopped by its configuration (sysexits' EX_CONFIG): restarting cannot
 * help until the operator changes a setting or gives consent, so supervisors (npm start) do not
 * restart on it.
 */
export const CONFIG_ERROR_EXIT_CODE = 78

/** A stop that only the operator can lift: a wrong chain, a refused key, a reset that needs consent. */
export class SettingError extends Error {
  readonly exitCode = CONFIG_ERROR_EXIT_CODE
}
