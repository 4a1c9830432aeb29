/** Thrown for an unusable setting; the CLI prints its message (naming the variable) and stops. */
export class ConfigError extends Error {
  override name = "ConfigError";
}
