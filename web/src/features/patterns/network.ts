/**
 * The network view's layout (pure): youths in reach as anonymised nodes ("J1"), one node per
 * other region for the youths outside reach, placed on a circle; each pattern links its nodes.
 * d3-scale spreads the nodes evenly.
 */
import { scalePoint } from "d3-scale";
import type { PatternView } from "../../../../src/shared/pattern.schema";

export interface NetworkNode {
  id: string;
  label: string;
  /** "youth" in reach, "elsewhere" for a region's youths outside reach. */
  type: "youth" | "elsewhere";
  region: string | null;
  x: number;
  y: number;
  /** Index of the patterns this node takes part in. */
  patterns: number[];
}

export interface NetworkLink {
  pattern: number;
  source: string;
  target: string;
}

export interface Network {
  nodes: NetworkNode[];
  links: NetworkLink[];
}

const elsewhereId = (region: string | null) => `elsewhere:${region ?? "-"}`;

/** Lays the patterns out on a circle of `size` × `size`. */
export function layoutNetwork(items: readonly PatternView[], size: number): Network {
  const byId = new Map<string, Omit<NetworkNode, "x" | "y">>();
  const links: NetworkLink[] = [];
  items.forEach((p, index) => {
    const ids = [
      ...p.youths.map((y) => {
        const node = byId.get(y.youthId) ?? {
          id: y.youthId,
          label: y.label,
          type: "youth" as const,
          region: null,
          patterns: [],
        };
        node.patterns.push(index);
        byId.set(y.youthId, node);
        return y.youthId;
      }),
      ...p.elsewhere.map((e) => {
        const id = elsewhereId(e.region);
        const node = byId.get(id) ?? {
          id,
          label: e.region ?? "?",
          type: "elsewhere" as const,
          region: e.region,
          patterns: [],
        };
        node.patterns.push(index);
        byId.set(id, node);
        return id;
      }),
    ];
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const source = ids[i];
        const target = ids[j];
        if (source && target) links.push({ pattern: index, source, target });
      }
  });
  const list = [...byId.values()];
  const angle = scalePoint<string>()
    .domain(list.map((n) => n.id))
    .range([0, 2 * Math.PI])
    .padding(0.5);
  const r = size / 2 - 40;
  const nodes = list.map((n) => {
    const a = (angle(n.id) ?? 0) - Math.PI / 2;
    return { ...n, x: size / 2 + r * Math.cos(a), y: size / 2 + r * Math.sin(a) };
  });
  return { nodes, links };
}
