/**
 * The network view: youths in reach as anonymised nodes (J1, J2…), other regions as one node
 * each, and every shared entity as a line between them. Each node is keyboard-focusable and
 * says in words what it links to; the same is written out below the drawing, and the table view
 * holds everything, so nothing depends on seeing the drawing or on colour.
 */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { PatternView } from "../../../../src/shared/pattern.schema";
import { layoutNetwork, type NetworkNode } from "./network";

const SIZE = 420;

export function PatternNetwork({ items }: { items: PatternView[] }) {
  const { t } = useTranslation();
  const [active, setActive] = useState<string | null>(null);
  const net = layoutNetwork(items, SIZE);
  const byId = new Map(net.nodes.map((n) => [n.id, n]));
  const what = (i: number) => {
    const p = items[i];
    return p ? `${t(`patterns.kinds.${p.kind}`)} ${p.value}` : "";
  };
  const describe = (n: NetworkNode) =>
    t(n.type === "youth" ? "patterns.network.youthNode" : "patterns.network.elsewhereNode", {
      label: n.label,
      count: n.patterns.length,
      what: n.patterns.map(what).join("; "),
    });
  const activeNode = active ? byId.get(active) : undefined;
  return (
    <figure className="iz-patterns-network">
      <figcaption id="patterns-network-caption">{t("patterns.network.caption")}</figcaption>
      <svg
        viewBox={`0 0 ${SIZE} ${SIZE}`}
        width="100%"
        className="iz-patterns-svg"
        role="group"
        aria-labelledby="patterns-network-caption"
      >
        {net.links.map((l, i) => {
          const a = byId.get(l.source);
          const b = byId.get(l.target);
          if (!a || !b) return null;
          const lit = active === l.source || active === l.target;
          return (
            <line
              key={i}
              x1={a.x}
              y1={a.y}
              x2={b.x}
              y2={b.y}
              className={lit ? "iz-patterns-link iz-patterns-link--lit" : "iz-patterns-link"}
              aria-hidden="true"
            />
          );
        })}
        {net.nodes.map((n) => (
          <g
            key={n.id}
            tabIndex={0}
            role="img"
            aria-label={describe(n)}
            className="iz-patterns-node"
            onFocus={() => setActive(n.id)}
            onBlur={() => setActive(null)}
            onMouseEnter={() => setActive(n.id)}
            onMouseLeave={() => setActive(null)}
          >
            {n.type === "youth" ? (
              <circle cx={n.x} cy={n.y} r={22} />
            ) : (
              <rect x={n.x - 30} y={n.y - 18} width={60} height={36} rx={4} />
            )}
            <text x={n.x} y={n.y} dy="0.35em" textAnchor="middle" aria-hidden="true">
              {n.label}
            </text>
          </g>
        ))}
      </svg>
      <p role="status" aria-live="polite" className="iz-muted">
        {activeNode ? describe(activeNode) : t("patterns.network.hint")}
      </p>
      <h3 className="utrecht-heading-3">{t("patterns.network.inWords")}</h3>
      <ul className="iz-patterns-list">
        {items.map((p) => (
          <li key={p.id}>
            {t("patterns.network.linkInWords", {
              what: `${t(`patterns.kinds.${p.kind}`)} ${p.value}`,
              nodes: [
                ...p.youths.map((y) => y.label),
                ...p.elsewhere.map((e) => e.region ?? "?"),
              ].join(", "),
            })}
          </li>
        ))}
      </ul>
    </figure>
  );
}
