/**
 * Summarises a V8 CPU profile (`node --cpu-prof`) as text: the functions with the most samples
 * of their own ("self") and those most often on the stack ("total"), optionally only for samples
 * whose stack passes through a given file or function (`--under=get-youth.ts`).
 *
 *   node --import tsx bench/profile-summary.ts <file.cpuprofile> [--under=find-caseload] [--top=25]
 *
 * For a flame graph open the same file in Chrome DevTools (Performance → Load profile) or
 * https://www.speedscope.app (bench/README.md).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { under: { type: "string" }, top: { type: "string", default: "25" } },
});
const file = positionals[0];
if (!file) throw new Error("usage: profile-summary.ts <file.cpuprofile> [--under=X] [--top=N]");
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
const top = Number(values.top ?? 25);

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

const label = (n: ProfileNode) => {
  const { functionName, url, lineNumber } = n.callFrame;
  const where = url
    ? `${url.includes("node_modules") ? url.replace(/.*node_modules\//, "~/") : path.relative(process.cwd(), url.replace(/^file:\/\//, ""))}:${lineNumber + 1}`
    : "";
  return `${functionName || "(anonymous)"} ${where}`.trim();
};

const self = new Map<string, number>();
const total = new Map<string, number>();
let counted = 0;
const interval =
  profile.timeDeltas.reduce((a, b) => a + b, 0) / Math.max(1, profile.timeDeltas.length) / 1000;
for (const sample of profile.samples) {
  const stack: ProfileNode[] = [];
  for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) {
    const n = byId.get(id);
    if (n) stack.push(n);
  }
  if (
    values.under &&
    !stack.some(
      (n) =>
        n.callFrame.url.includes(values.under ?? "") || n.callFrame.functionName === values.under,
    )
  )
    continue;
  counted += 1;
  const leaf = stack[0];
  if (leaf) self.set(label(leaf), (self.get(label(leaf)) ?? 0) + 1);
  for (const key of new Set(stack.map(label))) total.set(key, (total.get(key) ?? 0) + 1);
}

const print = (title: string, m: Map<string, number>) => {
  console.log(`\n${title}`);
  for (const [key, n] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${((100 * n) / Math.max(1, counted)).toFixed(1).padStart(6)} %  ${key}`);
};
console.log(
  `${file}: ${profile.samples.length} samples (${interval.toFixed(2)} ms apart)` +
    (values.under ? `, ${counted} under "${values.under}"` : ""),
);
print("self (where the CPU was)", self);
print("total (on the stack)", total);
