/** Small helpers for benchmarks: timing, medians, autocannon runs, the results table. */
import autocannon from "autocannon";

export interface Row {
  section: string;
  name: string;
  value: number;
  unit: string;
  baseline?: string;
  ratio?: number;
  note?: string;
}

export const rows: Row[] = [];

export function record(row: Row): void {
  rows.push(row);
  const ratio = row.ratio === undefined ? "" : `  ratio ${row.ratio.toFixed(2)} vs ${row.baseline}`;
  console.log(
    `  ${row.section.padEnd(8)} ${row.name.padEnd(52)} ${row.value.toFixed(row.value < 10 ? 2 : 0).padStart(10)} ${row.unit}${ratio}${row.note ? `  (${row.note})` : ""}`,
  );
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}

/** Median milliseconds of `fn` over `runs` runs (after 3 warm-up runs). */
export async function timeMedian(
  runs: number,
  fn: () => Promise<unknown> | unknown,
): Promise<number> {
  for (let i = 0; i < 3; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return median(times);
}

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

/** Runs autocannon against one request shape on loopback for `seconds`. */
export async function load(
  url: string,
  connections: number,
  seconds: number,
  opts: Partial<autocannon.Options> = {},
): Promise<LoadResult> {
  const result = await autocannon({ url, connections, duration: seconds, pipelining: 1, ...opts });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
