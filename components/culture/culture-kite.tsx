import { CULTURE_TYPES, type CultureType } from "@/lib/culture/instrument";
import type { TypeScores } from "@/lib/culture/profile";

export type KiteSeries = { key: string; label: string; scores: TypeScores; dashed?: boolean };

const COLOURS = ["#0369a1", "#b45309", "#047857", "#7c3aed"];
/** Drawing units across; the SVG scales to its box, keeping its proportions. */
const WIDTH = 360;

/** "Tertib/hierarki" → "Tertib/" + "hierarki": a long type name wraps, so it fits beside a phone-wide kite. */
export function wrapLabel(label: string): string[] {
  if (label.length <= 10) return [label];
  const cut = label.includes("/") ? label.indexOf("/") + 1 : label.lastIndexOf(" ", Math.ceil(label.length / 2) + 2);
  return cut > 0 ? [label.slice(0, cut).trim(), label.slice(cut).trim()] : [label];
}

/**
 * The kite (radar) chart of culture profiles: one axis per culture type, one outline per series
 * ("now", "preferred", another period or agency). A table with the same numbers sits beside it
 * wherever it is used, for screen readers and print. Drawn on the server as SVG: no script.
 */
export function CultureKite({
  series,
  typeLabels,
  title,
  height = 280,
}: {
  series: KiteSeries[];
  typeLabels: Record<CultureType, string>;
  title: string;
  height?: number;
}) {
  const max = Math.ceil(Math.max(40, ...series.flatMap((s) => CULTURE_TYPES.map((t) => s.scores[t]))) / 10) * 10;
  const rings = [0.25, 0.5, 0.75, 1].map((f) => f * max);
  const cx = WIDTH / 2;
  const cy = height / 2;
  const radius = Math.min(WIDTH, height) * 0.35;
  // the first type on top, the others clockwise
  const point = (i: number, value: number): [number, number] => {
    const angle = -Math.PI / 2 + (i * 2 * Math.PI) / CULTURE_TYPES.length;
    const r = (value / max) * radius;
    return [cx + r * Math.cos(angle), cy + r * Math.sin(angle)];
  };
  const polygon = (values: number[]) =>
    values
      .map((v, i) =>
        point(i, v)
          .map((c) => c.toFixed(1))
          .join(","),
      )
      .join(" ");
  return (
    <figure aria-label={title} className="w-full">
      <svg
        aria-hidden
        viewBox={`0 0 ${WIDTH} ${height}`}
        className="mx-auto block w-full max-w-md"
        style={{ maxHeight: height }}
      >
        {rings.map((v) => (
          <polygon key={v} points={polygon(CULTURE_TYPES.map(() => v))} fill="none" stroke="#cbd5e1" />
        ))}
        {CULTURE_TYPES.map((t, i) => {
          const [x, y] = point(i, max);
          return <line key={t} x1={cx} y1={cy} x2={x} y2={y} stroke="#cbd5e1" />;
        })}
        {rings.map((v) => {
          const [x, y] = point(0.5, v);
          return (
            <text key={v} x={x + 2} y={y} fontSize={10} fill="#64748b">
              {v}
            </text>
          );
        })}
        {series.map((s, i) => (
          <polygon
            key={s.key}
            points={polygon(CULTURE_TYPES.map((t) => s.scores[t]))}
            stroke={COLOURS[i % COLOURS.length]}
            fill={COLOURS[i % COLOURS.length]}
            fillOpacity={i === 0 ? 0.25 : 0.08}
            strokeDasharray={s.dashed ? "5 4" : undefined}
            strokeWidth={2}
          >
            <title>{`${s.label}: ${CULTURE_TYPES.map((t) => `${typeLabels[t]} ${s.scores[t]}`).join(", ")}`}</title>
          </polygon>
        ))}
        {CULTURE_TYPES.map((t, i) => {
          const [x, y] = point(i, max * 1.12);
          const lines = wrapLabel(typeLabels[t]);
          const anchor = Math.abs(x - cx) < 1 ? "middle" : x > cx ? "start" : "end";
          const top = y - ((lines.length - 1) * 14) / 2 + (y > cy + 1 ? 8 : y < cy - 1 ? -4 : 4);
          return (
            <text key={t} x={x} y={top} textAnchor={anchor} fontSize={12} fill="#334155">
              {lines.map((line, j) => (
                <tspan key={j} x={x} dy={j === 0 ? 0 : 14}>
                  {line}
                </tspan>
              ))}
            </text>
          );
        })}
      </svg>
      <ul aria-hidden className="mt-1 flex flex-wrap justify-center gap-x-4 gap-y-1 text-xs text-slate-700">
        {series.map((s, i) => (
          <li key={s.key} className="flex items-center gap-1.5">
            <span
              className="inline-block w-4"
              style={{ borderTop: `2px ${s.dashed ? "dashed" : "solid"} ${COLOURS[i % COLOURS.length]}` }}
            />
            {s.label}
          </li>
        ))}
      </ul>
    </figure>
  );
}
