/**
 * The statistics cube and its suppression (issue 23). Pure: facts in, published cells out.
 *
 * A fact is one countable thing (a signal in a category, a youth at a level at the end of a
 * quarter, a sent report…) with the subject it is about (a youth, or a professional for the
 * training figures) as an opaque number that lives only in memory during one computation. Each
 * fact sits at one leaf of every dimension; a dimension is a tree given as the fact's path from
 * its root ("*", all) to its leaf, e.g. location ["*", "oost", "<organisation>"], period
 * ["*", "2026-Q4", "2026-11"]. Every combination of path prefixes is a cell, so a cell's facts are
 * exactly the facts under its nodes, and a parent cell is the sum of its children along any one
 * dimension (a "line").
 *
 * Suppression, so that no published number — alone, from a row or column total, or as the
 * difference of two published numbers — is about fewer than `threshold` subjects:
 * 1. primary: a cell about fewer than `threshold` subjects is not published ("< 10");
 * 2. complementary, per line (parent = Σ children): when a line holds suppressed members, they
 *    must be at least two and together be about at least `threshold` subjects, otherwise the
 *    smallest published member is suppressed too — so a suppressed cell can never be worked out
 *    from a total and the other cells;
 * 3. differencing: for every published cell and every published cell above it (one or more
 *    filter steps coarser), the facts in the coarser cell and not in the finer one must be about
 *    no subject or at least `threshold` subjects, and so must the subjects counted in the coarser
 *    cell only; otherwise the finer cell is suppressed.
 * The three rules repeat until nothing changes (the suppressed set only grows, so this ends).
 * A cell whose number another published figure already shows can be `fixed` (the export for the
 * Rapporteur, export.ts): its status is taken as given, it is never suppressed to protect another
 * cell, and it counts as known in rules 2 and 3, so the cube protects itself against it.
 * This is a heuristic, not an optimal suppression: it may hide more than strictly needed, never
 * less than the rules say. `test` re-checks the result with an independent attacker.
 */

/** Dimension names, in the order of a cell's coordinates. */
export const STAT_DIMENSIONS = ["location", "orgType", "period", "breakdown"] as const;
export type StatDimension = (typeof STAT_DIMENSIONS)[number];

export interface StatFact<D extends string = StatDimension> {
  /** Opaque per-computation number of the youth (or professional) the fact is about. */
  subject: number;
  /** Root-to-leaf path per dimension. */
  paths: Record<D, readonly string[]>;
  /** What the fact adds to its cells (1 for a count). */
  value: number;
  /** A measurement for quantile figures (days, hours), when the figure has one. */
  measure?: number;
}

export interface PublishedCell<D extends string = StatDimension> {
  coords: Record<D, string>;
  /** Number of the cell's facts (or sum of their values); null when suppressed. */
  value: number | null;
  /** Distinct subjects in the cell; null when suppressed. */
  subjects: number | null;
  suppressed: boolean;
  /** Quartiles of the measurement, for quantile figures; null when suppressed or not measured. */
  quartiles: { q1: number; median: number; q3: number } | null;
}

interface Cell {
  key: string;
  coords: string[];
  value: number;
  /** subject → number of facts of that subject in this cell. */
  counts: Map<number, number>;
  measures: number[] | null;
}

const SEP = "\u001f";

function prefixes(path: readonly string[]): string[] {
  return path.map((_, i) => path.slice(0, i + 1).join("/"));
}

/** The cube of every cell with at least one fact, with each dimension node's children. */
function buildCube<D extends string>(
  dims: readonly D[],
  facts: readonly StatFact<D>[],
  withMeasures: boolean,
  include: ((coords: readonly string[]) => boolean) | undefined,
) {
  const cells = new Map<string, Cell>();
  const children = dims.map(() => new Map<string, Set<string>>());
  for (const fact of facts) {
    const nodes = dims.map((d, i) => {
      const p = prefixes(fact.paths[d]);
      const kids = children[i] ?? new Map<string, Set<string>>();
      p.forEach((node, j) => {
        if (j === 0) return;
        const parent = p[j - 1] ?? "";
        kids.set(parent, (kids.get(parent) ?? new Set<string>()).add(node));
      });
      return p;
    });
    const visit = (dim: number, acc: string[]) => {
      if (dim === dims.length) {
        if (include && !include(acc)) return;
        const key = acc.join(SEP);
        let cell = cells.get(key);
        if (!cell) {
          cell = {
            key,
            coords: [...acc],
            value: 0,
            counts: new Map(),
            measures: withMeasures ? [] : null,
          };
          cells.set(key, cell);
        }
        cell.value += fact.value;
        cell.counts.set(fact.subject, (cell.counts.get(fact.subject) ?? 0) + 1);
        if (cell.measures && fact.measure !== undefined) cell.measures.push(fact.measure);
        return;
      }
      for (const node of nodes[dim] ?? []) visit(dim + 1, [...acc, node]);
    };
    visit(0, []);
  }
  return { cells, children };
}

/** The lines of the cube: a parent cell and its existing children along one dimension. */
function* lines(
  cells: Map<string, Cell>,
  children: Map<string, Set<string>>[],
): Generator<{ parent: Cell; members: Cell[] }> {
  for (const parent of cells.values()) {
    for (let d = 0; d < children.length; d++) {
      const kids = children[d]?.get(parent.coords[d] ?? "");
      if (!kids) continue;
      const members: Cell[] = [];
      for (const kid of kids) {
        const coords = [...parent.coords];
        coords[d] = kid;
        const cell = cells.get(coords.join(SEP));
        if (cell) members.push(cell);
      }
      yield { parent, members };
    }
  }
}

/** Every strict ancestor of a cell: each coordinate replaced by itself or one of its prefixes. */
function ancestorKeys(cell: Cell): string[] {
  const options = cell.coords.map((node) => {
    const parts = node.split("/");
    return parts.map((_, i) => parts.slice(0, i + 1).join("/"));
  });
  const out: string[] = [];
  const visit = (dim: number, acc: string[]) => {
    if (dim === options.length) {
      const key = acc.join(SEP);
      if (key !== cell.key) out.push(key);
      return;
    }
    for (const o of options[dim] ?? []) visit(dim + 1, [...acc, o]);
  };
  visit(0, []);
  return out;
}

function unionSize(cells: Cell[]): number {
  const all = new Set<number>();
  for (const c of cells) for (const s of c.counts.keys()) all.add(s);
  return all.size;
}

/** Subjects with at least one fact in `outer` that is not in `inner` (inner ⊂ outer). */
function subjectsOutside(outer: Cell, inner: Cell): number {
  let n = 0;
  for (const [s, count] of outer.counts) if (count > (inner.counts.get(s) ?? 0)) n++;
  return n;
}

function byFewestSubjects(a: Cell, b: Cell): number {
  return a.counts.size - b.counts.size || a.value - b.value || (a.key < b.key ? -1 : 1);
}

function quartiles(values: number[]): { q1: number; median: number; q3: number } {
  const v = [...values].sort((a, b) => a - b);
  const at = (p: number) => {
    const i = (v.length - 1) * p;
    const lo = Math.floor(i);
    const hi = Math.ceil(i);
    const low = v[lo] ?? 0;
    return Math.round((low + ((v[hi] ?? low) - low) * (i - lo)) * 10) / 10;
  };
  return { q1: at(0.25), median: at(0.5), q3: at(0.75) };
}

export interface CubeOptions<D extends string = StatDimension> {
  /** Fewest subjects a published cell may be about (10). */
  threshold: number;
  /** Compute quartiles of `measure` per cell. */
  quantiles?: boolean;
  /**
   * Cells whose status another published figure decides: true (shown there), false (suppressed
   * there) or undefined (this cube decides). A fixed cell is never suppressed here to protect
   * another one; a shown fixed cell counts as known to the attacker in rules 2 and 3.
   */
  fixed?: (coords: Record<D, string>) => boolean | undefined;
  /** Leave a cell out of the cube altogether (it is never published, nor part of any line). */
  include?: (coords: Record<D, string>) => boolean;
}

function coordsOf<D extends string>(dims: readonly D[], coords: readonly string[]) {
  return Object.fromEntries(dims.map((d, i) => [d, coords[i] ?? "*"])) as Record<D, string>;
}

/** Build the cube from facts and apply the three suppression rules (dimensions of the figures). */
export function publishCube(facts: readonly StatFact[], options: CubeOptions): PublishedCell[] {
  return publishCubeOver(STAT_DIMENSIONS, facts, options);
}

/** The same cube and suppression over any dimensions (the export for the Rapporteur uses its own). */
export function publishCubeOver<D extends string>(
  dims: readonly D[],
  facts: readonly StatFact<D>[],
  options: CubeOptions<D>,
): PublishedCell<D>[] {
  const t = options.threshold;
  const include = options.include;
  const { cells, children } = buildCube(
    dims,
    facts,
    options.quantiles === true,
    include ? (coords) => include(coordsOf(dims, coords)) : undefined,
  );
  const suppressed = new Set<string>();
  const fixed = new Set<string>();
  for (const cell of cells.values()) {
    const given = options.fixed?.(coordsOf(dims, cell.coords));
    if (given !== undefined) fixed.add(cell.key);
    if (given === false || (given === undefined && cell.counts.size < t)) suppressed.add(cell.key);
  }

  let changed = true;
  while (changed) {
    changed = false;
    for (const { parent, members: kids } of lines(cells, children)) {
      const members = [parent, ...kids];
      let hidden = members.filter((m) => suppressed.has(m.key));
      while (hidden.length > 0 && (hidden.length === 1 || unionSize(hidden) < t)) {
        const next = members
          .filter((m) => !suppressed.has(m.key) && !fixed.has(m.key))
          .sort(byFewestSubjects)[0];
        if (!next) break;
        suppressed.add(next.key);
        hidden = [...hidden, next];
        changed = true;
      }
    }
    for (const inner of cells.values()) {
      if (suppressed.has(inner.key) || fixed.has(inner.key)) continue;
      for (const key of ancestorKeys(inner)) {
        const outer = cells.get(key);
        if (!outer || suppressed.has(key)) continue;
        const exclusive = outer.counts.size - inner.counts.size;
        if (exclusive >= t) continue;
        const outside = subjectsOutside(outer, inner);
        if ((exclusive > 0 && exclusive < t) || (outside > 0 && outside < t)) {
          suppressed.add(inner.key);
          changed = true;
          break;
        }
      }
    }
  }

  return [...cells.values()].map((cell) => {
    const hidden = suppressed.has(cell.key);
    return {
      coords: coordsOf(dims, cell.coords),
      value: hidden ? null : cell.value,
      subjects: hidden ? null : cell.counts.size,
      suppressed: hidden,
      quartiles:
        !hidden && cell.measures && cell.measures.length > 0 ? quartiles(cell.measures) : null,
    };
  });
}
