/**
 * Fast look-ups into a validated catalogue, and the cross-reference checks content tests run.
 */
import type { Catalog, Category, Indicator, Vulnerability } from "./schema.js";

export interface CatalogIndex {
  indicator(id: string): Indicator | undefined;
  category(id: string): Category | undefined;
  vulnerability(id: string): Vulnerability | undefined;
}

/** Builds maps by id for a catalogue. */
export function indexCatalog(catalog: Catalog): CatalogIndex {
  const indicators = new Map(catalog.indicators.map((i) => [i.id, i]));
  const categories = new Map(catalog.categories.map((c) => [c.id, c]));
  const vulnerabilities = new Map(catalog.vulnerabilities.map((v) => [v.id, v]));
  return {
    indicator: (id) => indicators.get(id),
    category: (id) => categories.get(id),
    vulnerability: (id) => vulnerabilities.get(id),
  };
}

/** Every cross-reference problem in a catalogue (empty when the content is consistent). */
export function checkCatalog(catalog: Catalog): string[] {
  const problems: string[] = [];
  const dup = (kind: string, ids: string[]) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) problems.push(`${kind} id ${id} is not unique`);
      seen.add(id);
    }
    return seen;
  };
  const indicatorIds = dup(
    "indicator",
    catalog.indicators.map((i) => i.id),
  );
  const categoryIds = dup(
    "category",
    catalog.categories.map((c) => c.id),
  );
  const sourceIds = dup(
    "source",
    catalog.sources.map((s) => s.id),
  );
  dup(
    "vulnerability",
    catalog.vulnerabilities.map((v) => v.id),
  );
  dup(
    "context question",
    catalog.contextQuestions.map((q) => q.id),
  );
  dup(
    "knowledge page",
    catalog.knowledge.map((k) => k.id),
  );
  dup(
    "contact",
    catalog.contacts.map((c) => c.id),
  );
  const usedCategories = new Set<string>();
  const usedTypes = new Set<string>();
  for (const ind of catalog.indicators) {
    if (!categoryIds.has(ind.category))
      problems.push(`${ind.id}: unknown category ${ind.category}`);
    usedCategories.add(ind.category);
    ind.types.forEach((t) => usedTypes.add(t));
    for (const r of ind.related)
      if (!indicatorIds.has(r)) problems.push(`${ind.id}: related ${r} does not exist`);
    if (ind.related.includes(ind.id)) problems.push(`${ind.id}: relates to itself`);
    for (const s of ind.sources)
      if (!sourceIds.has(s)) problems.push(`${ind.id}: unknown source ${s}`);
    if (!ind.sources.includes("ilo-ec-delphi") && !ind.tierReason) {
      problems.push(`${ind.id}: tier not from the ILO list needs a tierReason`);
    }
  }
  for (const c of categoryIds)
    if (!usedCategories.has(c)) problems.push(`category ${c} has no indicators`);
  for (const t of ["sexual", "criminal", "labour", "general"]) {
    if (!usedTypes.has(t)) problems.push(`exploitation type ${t} is not used`);
  }
  const cite = (owner: string, ids: readonly string[]) => {
    for (const s of ids) if (!sourceIds.has(s)) problems.push(`${owner}: unknown source ${s}`);
  };
  catalog.vulnerabilities.forEach((v) => cite(`vulnerability ${v.id}`, v.sources));
  for (const v of catalog.vulnerabilities)
    for (const i of v.sameAsIndicators ?? [])
      if (!indicatorIds.has(i)) problems.push(`vulnerability ${v.id}: same-as ${i} does not exist`);
  for (const ind of catalog.indicators)
    for (const r of ind.withdrawn?.replacedBy ?? [])
      if (!indicatorIds.has(r)) problems.push(`${ind.id}: replaced by ${r}, which does not exist`);
  for (const ind of catalog.indicators)
    if (ind.describesExploitation && ind.tier !== "strong")
      problems.push(`${ind.id}: only a strong indicator can describe exploitation itself`);
  catalog.contacts.forEach((c) => cite(`contact ${c.id}`, c.sources));
  for (const k of catalog.knowledge) {
    cite(`knowledge ${k.id}`, k.sources);
    for (const r of k.relatedIndicators) {
      if (!indicatorIds.has(r)) problems.push(`knowledge ${k.id}: indicator ${r} does not exist`);
    }
  }
  cite("programme", catalog.programme.sources);
  const f = catalog.programme.figures;
  const sum = f.byOrganisation.reduce((n, o) => n + o.professionals, 0);
  if (sum !== f.total)
    problems.push(`programme figures: ${sum} by organisation, total says ${f.total}`);
  return problems;
}
