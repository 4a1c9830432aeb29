#!/usr/bin/env node
// The `inzicht` command. Runs the compiled CLI (npm run build makes dist/).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const compiled = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
if (!existsSync(compiled)) {
  console.error(
    "InZicht is not built yet: run `npm run build` first (npm start does this for you).",
  );
  process.exit(1);
}
await import(compiled);
