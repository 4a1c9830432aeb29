/**
 * `npm run bench [-- --preset=tiny|small|default] [--only=engine,db,api,web,patterns,statistics] [--seconds=5]`
 * Every figure is measured against a baseline in the same run and printed as a ratio; absolute
 * times are shown, never asserted. Results go to bench/results/<timestamp>.json.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { apiFailures, benchApi } from "./api.bench.js";
import { benchDatabase } from "./db.bench.js";
import { benchEngine } from "./engine.bench.js";
import { benchWeb } from "./web.bench.js";
import { benchPatterns } from "./patterns.bench.js";
import { benchStatistics } from "./statistics.bench.js";
import { PRESETS } from "./generate.js";
import { rows } from "./lib.js";

const { values } = parseArgs({
  options: {
    preset: { type: "string", default: "default" },
    only: { type: "string", default: "engine,db,api,web,patterns,statistics" },
    seconds: { type: "string", default: "5" },
  },
});
const scale = PRESETS[values.preset ?? "default"];
if (!scale)
  throw new Error(`unknown preset ${values.preset}; use ${Object.keys(PRESETS).join(", ")}`);
const only = new Set((values.only ?? "").split(","));
const seconds = Number(values.seconds ?? 5);
const pgUrl =
  process.env.BENCH_DATABASE_URL ??
  process.env.INZICHT_TEST_DATABASE_URL ??
  "postgres://postgres@127.0.0.1:5432/test";

console.log(
  `InZicht benchmarks — preset ${values.preset}: ${scale.youths} youths, ${scale.professionals} professionals, ${scale.signals} signals`,
);
console.log(`node ${process.version}, ${new Date().toISOString()}\n`);
const started = Date.now();
if (only.has("engine")) await benchEngine();
let sqliteFile: string | undefined;
if (only.has("db") || only.has("api"))
  sqliteFile = await benchDatabase(scale, pgUrl, only.has("db"));
try {
  if (only.has("api") && sqliteFile) await benchApi(sqliteFile, seconds);
} finally {
  // The generated database can be hundreds of MB; it lives in its own temp directory.
  if (sqliteFile) rmSync(path.dirname(sqliteFile), { recursive: true, force: true });
}
if (only.has("web")) await benchWeb();
if (only.has("patterns")) await benchPatterns(scale);
if (only.has("statistics")) await benchStatistics(scale);

const dir = path.join(process.cwd(), "bench", "results");
mkdirSync(dir, { recursive: true });
const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
writeFileSync(
  file,
  JSON.stringify(
    { preset: values.preset, scale, node: process.version, at: new Date().toISOString(), rows },
    null,
    2,
  ),
);
console.log(
  `\n${rows.length} figures in ${((Date.now() - started) / 1000).toFixed(0)} s → ${path.relative(process.cwd(), file)}`,
);
if (apiFailures.length > 0) {
  // The issue asks for 0 errors under load: a run with errors is a failed run.
  console.error(`\nFAILED: requests with errors under load:\n  ${apiFailures.join("\n  ")}`);
  process.exitCode = 1;
}
