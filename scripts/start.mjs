// `npm start`: build what is missing or out of date, then serve (demo mode by default).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function newest(dir) {
  let max = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name === "dist") continue;
    const full = path.join(dir, entry.name);
    max = Math.max(max, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return max;
}

function run(args) {
  const result = spawnSync("npm", ["run", "--silent", ...args], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const serverOut = path.join(root, "dist", "cli.js");
if (!existsSync(serverOut) || statSync(serverOut).mtimeMs < newest(path.join(root, "src"))) {
  console.log("Building the server…");
  run(["build:server"]);
}
const webOut = path.join(root, "web", "dist", "index.html");
const webNewest = Math.max(
  newest(path.join(root, "web")),
  newest(path.join(root, "src", "shared")),
);
if (!existsSync(webOut) || statSync(webOut).mtimeMs < webNewest) {
  console.log("Building the web app…");
  run(["build:web"]);
}
process.env.INZICHT_DEMO ??= process.env.NODE_ENV === "production" ? "false" : "true";
await import(path.join(root, "dist", "cli.js"));
