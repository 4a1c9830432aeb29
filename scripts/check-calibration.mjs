#!/usr/bin/env node
// Checks the calibration set (content/calibration/vignettes.json) and the tagging proposal
// (content/calibration/tagging-proposal.json) against the catalogue, without running the engine:
// every indicator and vulnerability id exists, vignette ids are unique kebab-case, fields have
// their allowed values, each fairness twin points at an existing vignette with the same expected
// level, and the proposal names every catalogue id once. It also reports coverage (strong
// indicators, forms, principles). Exit code 1 on any error.
//
// Usage: node scripts/check-calibration.mjs [--require-coverage]
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const readJson = (...parts) => JSON.parse(readFileSync(join(root, ...parts), "utf8"));
const requireCoverage = process.argv.includes("--require-coverage");

const indicatorDir = join(root, "content", "catalog", "indicators");
const indicators = new Map();
for (const file of readdirSync(indicatorDir).filter((f) => f.endsWith(".json"))) {
  for (const item of readJson("content", "catalog", "indicators", file)) {
    indicators.set(item.id, item);
  }
}
const vulnerabilityIds = new Set(
  readJson("content", "catalog", "vulnerabilities.json").map((v) => v.id),
);

const PROFESSIONALS = new Set([
  "mentor",
  "mentor-2",
  "night-staff",
  "guardian",
  "teacher",
  "care-coordinator",
  "police",
]);
const SOURCES = new Set(["own_observation", "youth_told", "third_party"]);
const PRINCIPLES = new Set([
  "describes-exploitation",
  "coercion-element",
  "exploitation-element",
  "act-and-purpose",
  "acute-in-window",
  "acute-after-window",
  "missing-now",
  "missing-past",
  "everyday-only",
  "universal-vulnerabilities",
  "problem-behaviour-only",
  "repeated-disclosure",
  "third-party",
  "retraction",
  "old-signal",
  "no-double-count",
  "type-specific",
  "fairness-twin",
  "professional-judgement",
  "safety-alert",
  "concern",
  "training-scenario",
]);
const ILO_ELEMENTS = new Set([
  "deceptive-recruitment",
  "coercive-recruitment",
  "vulnerability-recruitment",
  "exploitation",
  "coercion-at-destination",
  "vulnerability-at-destination",
]);
const VIGNETTE_KEYS = new Set([
  "id",
  "story",
  "signals",
  "vulnerabilities",
  "ageYears",
  "missing",
  "judgements",
  "safetyAlert",
  "profile",
  "twinOf",
  "expected",
  "principle",
  "reason",
  "source",
]);

const errors = [];
const fail = (where, message) => errors.push(`${where}: ${message}`);
const isText = (t) =>
  typeof t === "object" &&
  t !== null &&
  typeof t.nl === "string" &&
  t.nl.trim() !== "" &&
  typeof t.en === "string" &&
  t.en.trim() !== "";
const isDays = (n) => Number.isInteger(n) && n >= 0;

const set = readJson("content", "calibration", "vignettes.json");
if (set.setVersion !== "1") fail("set", 'setVersion must be "1"');
if (set.status !== "for review by a domain expert") fail("set", "status must say it awaits review");
if (!("reviewedBy" in set) || !("reviewedOn" in set)) fail("set", "reviewedBy/reviewedOn missing");
if (!Array.isArray(set.vignettes)) fail("set", "vignettes must be an array");

const vignettes = Array.isArray(set.vignettes) ? set.vignettes : [];
const byId = new Map();
for (const v of vignettes) {
  const where = `vignette ${v.id ?? "(no id)"}`;
  if (typeof v.id !== "string" || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(v.id)) {
    fail(where, "id must be kebab-case");
  }
  if (byId.has(v.id)) fail(where, "duplicate id");
  byId.set(v.id, v);
  for (const key of Object.keys(v))
    if (!VIGNETTE_KEYS.has(key)) fail(where, `unknown field ${key}`);
  if (!isText(v.story)) fail(where, "story needs nl and en");
  if (!isText(v.reason)) fail(where, "reason needs nl and en");
  if (typeof v.source !== "string" || v.source.trim() === "") fail(where, "source missing");
  if (![0, 1, 2, 3, 4].includes(v.expected)) fail(where, "expected must be 0..4");
  if (!PRINCIPLES.has(v.principle)) fail(where, `unknown principle ${v.principle}`);
  if (!Array.isArray(v.signals)) fail(where, "signals must be an array");
  for (const s of v.signals ?? []) {
    if (!indicators.has(s.indicator)) fail(where, `unknown indicator ${s.indicator}`);
    if (!isDays(s.daysAgo)) fail(where, `daysAgo of ${s.indicator} must be a whole number >= 0`);
    if (!PROFESSIONALS.has(s.by)) fail(where, `unknown professional ${s.by}`);
    if (!SOURCES.has(s.source)) fail(where, `unknown source ${s.source}`);
    if ("retracted" in s && typeof s.retracted !== "boolean") fail(where, "retracted is a boolean");
  }
  if (!Array.isArray(v.vulnerabilities)) fail(where, "vulnerabilities must be an array");
  for (const id of v.vulnerabilities ?? []) {
    if (!vulnerabilityIds.has(id)) fail(where, `unknown vulnerability ${id}`);
  }
  if (new Set(v.vulnerabilities ?? []).size !== (v.vulnerabilities ?? []).length) {
    fail(where, "a vulnerability is listed twice");
  }
  if ("ageYears" in v && (typeof v.ageYears !== "number" || v.ageYears < 10 || v.ageYears >= 18)) {
    fail(where, "ageYears must be a minor's age");
  }
  if ((v.vulnerabilities ?? []).includes("nearly-18") && "ageYears" in v && v.ageYears < 17.5) {
    fail(where, "nearly-18 listed for a youth under 17.5");
  }
  for (const m of v.missing ?? []) {
    if (!isDays(m.startedDaysAgo)) fail(where, "missing.startedDaysAgo must be >= 0");
    if (m.endedDaysAgo !== null && (!isDays(m.endedDaysAgo) || m.endedDaysAgo > m.startedDaysAgo)) {
      fail(where, "missing.endedDaysAgo must be null or between 0 and startedDaysAgo");
    }
  }
  for (const j of v.judgements ?? []) {
    if (!PROFESSIONALS.has(j.by)) fail(where, `unknown professional ${j.by} in judgement`);
    if (!["suspicion", "no_suspicion"].includes(j.kind)) fail(where, `judgement kind ${j.kind}`);
    if (!isDays(j.daysAgo)) fail(where, "judgement daysAgo must be >= 0");
  }
  if ("safetyAlert" in v) {
    const a = v.safetyAlert;
    if (!isDays(a.raisedDaysAgo) || typeof a.handled !== "boolean")
      fail(where, "safetyAlert shape");
  }
  if (v.principle === "fairness-twin" && !("twinOf" in v))
    fail(where, "a fairness twin needs twinOf");
}
for (const v of vignettes) {
  if (!("twinOf" in v)) continue;
  const other = byId.get(v.twinOf);
  if (!other) fail(`vignette ${v.id}`, `twinOf ${v.twinOf} does not exist`);
  else if (other.expected !== v.expected) {
    fail(`vignette ${v.id}`, `twin expects ${v.expected}, ${v.twinOf} expects ${other.expected}`);
  } else if (!v.profile || !other.profile) {
    fail(`vignette ${v.id}`, "both twins need a profile");
  }
}

// The tagging proposal: every catalogue id exactly once, values from the allowed sets.
const proposal = readJson("content", "calibration", "tagging-proposal.json");
const seenIndicators = new Set();
for (const p of proposal.indicators ?? []) {
  const where = `proposal ${p.id}`;
  if (!indicators.has(p.id)) fail(where, "unknown indicator");
  if (seenIndicators.has(p.id)) fail(where, "listed twice");
  seenIndicators.add(p.id);
  if (p.iloElement !== null && !ILO_ELEMENTS.has(p.iloElement)) fail(where, "bad iloElement");
  if (typeof p.describesExploitation !== "boolean") fail(where, "describesExploitation boolean");
  if (p.describesExploitation && indicators.get(p.id)?.tier !== "strong") {
    fail(where, "only strong indicators describe exploitation (design note)");
  }
  if (typeof p.why !== "string" || p.why.trim() === "") fail(where, "why missing");
}
for (const id of indicators.keys()) if (!seenIndicators.has(id)) fail("proposal", `${id} missing`);
const seenVulnerabilities = new Set();
for (const p of proposal.vulnerabilities ?? []) {
  const where = `proposal ${p.id}`;
  if (!vulnerabilityIds.has(p.id)) fail(where, "unknown vulnerability");
  if (seenVulnerabilities.has(p.id)) fail(where, "listed twice");
  seenVulnerabilities.add(p.id);
  if (typeof p.universal !== "boolean") fail(where, "universal boolean");
  for (const id of p.sameAsIndicators ?? []) if (!indicators.has(id)) fail(where, `unknown ${id}`);
}
for (const id of vulnerabilityIds)
  if (!seenVulnerabilities.has(id)) fail("proposal", `${id} missing`);

// Coverage report.
const used = new Set(vignettes.flatMap((v) => (v.signals ?? []).map((s) => s.indicator)));
const strongMissing = [...indicators.values()]
  .filter((i) => i.tier === "strong" && !i.withdrawn && !used.has(i.id))
  .map((i) => i.id);
const forms = { sexual: 0, criminal: 0, labour: 0, mixed: 0 };
for (const v of vignettes) {
  const specific = new Set(
    (v.signals ?? []).flatMap((s) =>
      (indicators.get(s.indicator)?.types ?? []).filter((t) => t !== "general"),
    ),
  );
  for (const t of specific) forms[t] += 1;
  if (specific.size > 1) forms.mixed += 1;
}
const perPrinciple = {};
for (const v of vignettes) perPrinciple[v.principle] = (perPrinciple[v.principle] ?? 0) + 1;
const perLevel = [0, 0, 0, 0, 0];
for (const v of vignettes) perLevel[v.expected] += 1;
const principlesMissing = [...PRINCIPLES].filter((p) => !perPrinciple[p]);

console.log(`vignettes: ${vignettes.length}; per level 0..4: ${perLevel.join(" / ")}`);
console.log(`per principle: ${JSON.stringify(perPrinciple)}`);
console.log(`vignettes with a signal of each form: ${JSON.stringify(forms)}`);
console.log(
  `strong indicators not used: ${strongMissing.length ? strongMissing.join(", ") : "none"}`,
);
console.log(
  `principles not used: ${principlesMissing.length ? principlesMissing.join(", ") : "none"}`,
);
if (requireCoverage) {
  if (vignettes.length < 50) fail("coverage", "fewer than 50 vignettes");
  if (strongMissing.length) fail("coverage", `strong indicators not covered: ${strongMissing}`);
  if (principlesMissing.length) fail("coverage", `principles not covered: ${principlesMissing}`);
  for (const [form, n] of Object.entries(forms)) if (n === 0) fail("coverage", `no ${form} case`);
}

if (errors.length) {
  console.error(errors.join("\n"));
  process.exit(1);
}
console.log("calibration set: ok");
