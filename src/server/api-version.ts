/**
 * The contract's version (`info.version` of /api/openapi.json) is the package version in
 * package.json, one level above src/ and dist/. A change that breaks a published operation needs
 * a new version, a snapshot (`npm run api:snapshot`) and a changelog note (docs/api.md).
 */
import { readFileSync } from "node:fs";

function packageVersion(): string {
  const text = readFileSync(new URL("../../package.json", import.meta.url), "utf8");
  const version = (JSON.parse(text) as { version?: unknown }).version;
  if (typeof version !== "string") throw new Error("package.json has no version");
  return version;
}

/** The published API version, e.g. "0.1.0". */
export const API_VERSION = packageVersion();
