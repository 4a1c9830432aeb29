/**
 * A compact stacked bar chart for counts per period, drawn as SVG from layoutStackedBars
 * (d3-scale and d3-shape do the maths). The drawing is one image whose accessible name is
 * `description`; every series has its own fill pattern as well as its colour, so the legend
 * and the bars can be told apart without colour. There is no tooltip: every caller shows the
 * same figures in a data table, which works by keyboard and screen reader too.
 */
import { useId } from "react";
import { layoutStackedBars, type ChartSeries } from "./stacked-bars";
import "./stacked-bar-chart.css";

export type { ChartSeries } from "./stacked-bars";

const WIDTH = 640;
const HEIGHT = 240;

/** Eight pattern shapes on top of the series colour (the ninth series starts over). */
function PatternShape({ index }: { index: number }) {
  const line = { stroke: "#ffffff", strokeWidth: 1.5 } as const;
  switch (index % 8) {
    case 1:
      return <path d="M0 8 L8 0" {...line} />;
    case 2:
      return <path d="M0 0 L8 8" {...line} />;
    case 3:
      return <path d="M0 4 H8" {...line} />;
    case 4:
      return <path d="M4 0 V8" {...line} />;
    case 5:
      return <circle cx="4" cy="4" r="1.6" fill="#ffffff" />;
    case 6:
      return <path d="M0 8 L8 0 M0 0 L8 8" {...line} strokeWidth={1} />;
    case 7:
      return <path d="M0 4 H8 M4 0 V8" {...line} strokeWidth={1} />;
    default:
      return null;
  }
}

/** The chart with its legend; `className` sizes the chart's box. */
export function StackedBarChart({
  labels,
  series,
  description,
  className,
}: {
  labels: string[];
  series: ChartSeries[];
  description: string;
  className: string;
}) {
  const prefix = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const fill = (i: number) => `url(#${prefix}-p${i})`;
  const layout = layoutStackedBars(labels, series, WIDTH, HEIGHT);
  const { plot } = layout;
  return (
    <div className={`iz-chart ${className}`}>
      <ul className="iz-chart__legend">
        {series.map((s, i) => (
          <li key={s.name}>
            <svg width="16" height="16" aria-hidden="true" focusable="false">
              <rect width="16" height="16" fill={fill(i)} stroke="#1f2328" strokeWidth="1" />
            </svg>
            {s.name}
          </li>
        ))}
      </ul>
      <svg
        role="img"
        aria-label={description}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="iz-chart__drawing"
        focusable="false"
      >
        <defs>
          {series.map((s, i) => (
            <pattern
              key={s.name}
              id={`${prefix}-p${i}`}
              width="8"
              height="8"
              patternUnits="userSpaceOnUse"
            >
              <rect width="8" height="8" fill={s.colour} />
              <PatternShape index={i} />
            </pattern>
          ))}
        </defs>
        <g className="iz-chart__grid">
          {layout.yTicks.map((tick) => (
            <g key={tick.value}>
              <line x1={plot.left} x2={plot.right} y1={tick.y} y2={tick.y} />
              <text x={plot.left - 6} y={tick.y} textAnchor="end" dominantBaseline="middle">
                {tick.value}
              </text>
            </g>
          ))}
        </g>
        <g>
          {layout.bars.map((bar) => (
            <rect
              key={`${bar.series}-${bar.label}`}
              x={bar.x}
              y={bar.y}
              width={bar.width}
              height={bar.height}
              fill={fill(bar.series)}
              stroke="#ffffff"
              strokeWidth="0.5"
            />
          ))}
        </g>
        <g className="iz-chart__axis">
          <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} />
          {layout.xLabels.map((label) => (
            <text key={label.label} x={label.x} y={HEIGHT - 6} textAnchor="middle">
              {label.label}
            </text>
          ))}
        </g>
      </svg>
    </div>
  );
}
