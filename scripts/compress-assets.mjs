// After `vite build`: write .br and .gz next to every JS/CSS/SVG asset, so the server sends
// pre-compressed files (@fastify/static `preCompressed`) without compressing per request.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const dir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "..",
  "web",
  "dist",
  "assets",
);
let files = 0;
for (const name of readdirSync(dir)) {
  if (!/\.(js|css|svg)$/.test(name)) continue;
  const full = path.join(dir, name);
  const data = readFileSync(full);
  writeFileSync(`${full}.gz`, gzipSync(data, { level: 9 }));
  writeFileSync(
    `${full}.br`,
    brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
  );
  files += 1;
}
console.log(`compressed ${files} assets`);
