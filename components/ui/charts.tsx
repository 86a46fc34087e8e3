// Charts drawn on the server as SVG (with HTML axis labels and legend): no chart library and no
// JavaScript reach the browser. Every chart has a table or text beside it carrying the same
// numbers (for screen readers and print), so the figure is labelled, and each bar or point
// carries a native <title> tooltip instead of a scripted one.

export type ChartSeries = {
  key: string;
  label: string;
  colour: string;
  values: number[];
  /** a line drawn dashed */
  dashed?: boolean;
};

export type ChartRule = { value: number; label: string; colour: string };

/** Drawing units of the plot's width; the SVG stretches to the box (preserveAspectRatio="none"). */
const W = 1000;

/** Round numbers for an axis: 0 … a nice maximum ≥ max, in 4–5 steps. */
export function niceTicks(min: number, max: number): number[] {
  const span = Math.max(max - min, 1);
  const raw = span / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
  const from = Math.floor(min / step) * step;
  const ticks: number[] = [];
  for (let v = from; v < max + step - 1e-9; v += step) ticks.push(Number(v.toFixed(6)));
  return ticks;
}

const fmt = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(1));

function AxisLabels({
  ticks,
  y,
  side,
  unit = "",
}: {
  ticks: number[];
  y: (v: number) => number;
  side: "left" | "right";
  unit?: string;
}) {
  return (
    <div aria-hidden className={`relative w-9 shrink-0 ${side === "left" ? "text-right" : "text-left"}`}>
      {ticks.map((v) => (
        <span
          key={v}
          className={`absolute -translate-y-1/2 tabular-nums ${side === "left" ? "right-1" : "left-1"}`}
          style={{ top: `${y(v)}%` }}
        >
          {fmt(v)}
          {unit}
        </span>
      ))}
    </div>
  );
}

function Legend({ items }: { items: { key: string; label: string; colour: string; dashed?: boolean }[] }) {
  return (
    <ul aria-hidden className="mt-2 flex flex-wrap justify-center gap-x-4 gap-y-1 text-xs text-slate-700">
      {items.map((s) => (
        <li key={s.key} className="flex items-center gap-1.5">
          <span
            className="inline-block h-2.5 w-3.5 rounded-sm"
            style={s.dashed ? { borderTop: `2px dashed ${s.colour}`, height: 0 } : { background: s.colour }}
          />
          {s.label}
        </li>
      ))}
    </ul>
  );
}

/**
 * Columns per category (grouped, or stacked), optionally with lines — on the same axis, or on
 * a second axis on the right (`lineAxis="right"`) — and horizontal rules (a target, a baseline).
 */
export function ColumnChart({
  title,
  categories,
  bars = [],
  lines = [],
  rules = [],
  stacked = false,
  lineAxis = "left",
  height = 256,
  fitDomain = false,
}: {
  title: string;
  categories: string[];
  bars?: ChartSeries[];
  lines?: ChartSeries[];
  rules?: ChartRule[];
  stacked?: boolean;
  lineAxis?: "left" | "right";
  height?: number;
  /** start the axis near the smallest value instead of 0 (measurements around a target) */
  fitDomain?: boolean;
}) {
  const n = Math.max(categories.length, 1);
  const barTotals = (bars.length ? categories : []).map((_, i) =>
    stacked ? bars.reduce((a, s) => a + (s.values[i] ?? 0), 0) : Math.max(0, ...bars.map((s) => s.values[i] ?? 0)),
  );
  const lineValues = lines.flatMap((s) => s.values);
  const leftValues = [...barTotals, ...(lineAxis === "left" ? lineValues : []), ...rules.map((r) => r.value)];
  const leftMin = fitDomain ? Math.min(...leftValues) : 0;
  const leftTicks = niceTicks(leftMin, Math.max(1, ...leftValues));
  const rightTicks = lineAxis === "right" && lines.length > 0 ? niceTicks(0, Math.max(1, ...lineValues)) : null;
  // y as a percentage of the plot's height, 0 at the top
  const scale = (ticks: number[]) => (v: number) => 100 - ((v - ticks[0]) / (ticks[ticks.length - 1] - ticks[0])) * 100;
  const yLeft = scale(leftTicks);
  const yLine = rightTicks ? scale(rightTicks) : yLeft;
  const band = W / n;
  const x = (i: number) => band * i + band / 2;
  const groupWidth = band * 0.7;
  const barWidth = stacked || bars.length === 0 ? groupWidth : groupWidth / bars.length;
  const step = Math.ceil(n / 6);

  return (
    <figure aria-label={title} className="w-full min-w-0 text-[11px] text-slate-600">
      <div className="flex py-2" style={{ height }}>
        <AxisLabels ticks={leftTicks} y={yLeft} side="left" />
        <svg
          aria-hidden
          width="100%"
          height="100%"
          className="min-w-0 flex-1 overflow-visible"
          viewBox={`0 0 ${W} 100`}
          preserveAspectRatio="none"
        >
          {leftTicks.map((v) => (
            <line
              key={v}
              x1={0}
              x2={W}
              y1={yLeft(v)}
              y2={yLeft(v)}
              stroke={v === leftTicks[0] ? "#94a3b8" : "#e2e8f0"}
              strokeDasharray={v === leftTicks[0] ? undefined : "3 3"}
              vectorEffect="non-scaling-stroke"
            />
          ))}
          {categories.map((c, i) => {
            let base = 0;
            return bars.map((s, j) => {
              const v = s.values[i] ?? 0;
              const top = yLeft(stacked ? base + v : v);
              const bottom = yLeft(stacked ? base : leftTicks[0]);
              const left = stacked ? x(i) - groupWidth / 2 : x(i) - groupWidth / 2 + j * barWidth;
              base += v;
              return (
                <rect
                  key={`${c}-${s.key}`}
                  x={left}
                  width={barWidth * 0.92}
                  y={top}
                  height={Math.max(bottom - top, 0)}
                  fill={s.colour}
                >
                  <title>{`${c} · ${s.label}: ${fmt(v)}`}</title>
                </rect>
              );
            });
          })}
          {rules.map((r) => (
            <line
              key={r.label}
              x1={0}
              x2={W}
              y1={yLeft(r.value)}
              y2={yLeft(r.value)}
              stroke={r.colour}
              strokeDasharray="6 4"
              vectorEffect="non-scaling-stroke"
            >
              <title>{`${r.label}: ${fmt(r.value)}`}</title>
            </line>
          ))}
          {lines.map((s) => (
            <g key={s.key} stroke={s.colour}>
              <polyline
                fill="none"
                strokeWidth={2}
                strokeDasharray={s.dashed ? "5 4" : undefined}
                vectorEffect="non-scaling-stroke"
                points={s.values.map((v, i) => `${x(i)},${yLine(v)}`).join(" ")}
              />
              {/* a zero-length round-capped line is a dot that stays round in a stretched SVG */}
              {s.values.map((v, i) => (
                <line
                  key={i}
                  x1={x(i)}
                  x2={x(i)}
                  y1={yLine(v)}
                  y2={yLine(v)}
                  strokeWidth={s.dashed ? 4 : 6}
                  strokeLinecap="round"
                  vectorEffect="non-scaling-stroke"
                >
                  <title>{`${categories[i]} · ${s.label}: ${fmt(v)}`}</title>
                </line>
              ))}
            </g>
          ))}
        </svg>
        {rightTicks ? <AxisLabels ticks={rightTicks} y={yLine} side="right" /> : <div className="w-2 shrink-0" />}
      </div>
      <div aria-hidden className={rightTicks ? "mx-9" : "mr-2 ml-9"}>
        {/* whole labels, thinned out so they never overlap: every `step`-th on a wide screen, half as many on a phone */}
        <div className="relative h-4">
          {categories.map((c, i) => (
            <span
              key={c}
              className={`absolute -translate-x-1/2 whitespace-nowrap ${i % step ? "hidden" : i % (2 * step) ? "max-sm:hidden" : ""}`}
              style={{ left: `${((i + 0.5) / n) * 100}%` }}
            >
              {c}
            </span>
          ))}
        </div>
      </div>
      <Legend
        items={[
          ...bars,
          ...lines,
          ...rules.map((r) => ({ key: r.label, label: r.label, colour: r.colour, dashed: true })),
        ]}
      />
    </figure>
  );
}

/** One horizontal bar per row on a 0–max axis (shares in %, counts). */
export function BarList({
  title,
  rows,
  max = Math.max(1, ...rows.map((r) => r.value)),
  unit = "",
  colour = "#047857",
}: {
  title: string;
  rows: { label: string; value: number }[];
  max?: number;
  unit?: string;
  colour?: string;
}) {
  return (
    <figure aria-label={title} className="w-full text-[11px] text-slate-600">
      <ul aria-hidden className="space-y-2">
        {rows.map((r, i) => (
          <li key={`${r.label}-${i}`} className="grid grid-cols-[6rem_1fr_2.5rem] items-center gap-2">
            <span className="truncate text-right" title={r.label}>
              {r.label}
            </span>
            <span className="h-4 rounded-sm bg-slate-100">
              <span
                className="block h-full rounded-sm"
                style={{ width: `${Math.min(100, (r.value / max) * 100)}%`, background: colour }}
                title={`${r.label}: ${fmt(r.value)}${unit}`}
              />
            </span>
            <span className="text-right tabular-nums">
              {fmt(r.value)}
              {unit}
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
