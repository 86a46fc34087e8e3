"use client";
import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer } from "recharts";
import { CULTURE_TYPES, type CultureType } from "@/lib/culture/instrument";
import type { TypeScores } from "@/lib/culture/profile";

export type KiteSeries = { key: string; label: string; scores: TypeScores; dashed?: boolean };

const COLOURS = ["#0369a1", "#b45309", "#047857", "#7c3aed"];

/** "Tertib/hierarki" → "Tertib/" + "hierarki": a long type name wraps, so it fits beside a phone-wide kite. */
export function wrapLabel(label: string): string[] {
  if (label.length <= 10) return [label];
  const cut = label.includes("/") ? label.indexOf("/") + 1 : label.lastIndexOf(" ", Math.ceil(label.length / 2) + 2);
  return cut > 0 ? [label.slice(0, cut).trim(), label.slice(cut).trim()] : [label];
}

function KiteTick(props: {
  x?: number | string;
  y?: number | string;
  textAnchor?: string;
  payload?: { value: string };
}) {
  const lines = wrapLabel(String(props.payload?.value ?? ""));
  const y = Number(props.y ?? 0) - ((lines.length - 1) * 14) / 2;
  return (
    <text
      x={props.x}
      y={y}
      textAnchor={props.textAnchor as "start" | "middle" | "end" | undefined}
      fontSize={12}
      fill="#334155"
    >
      {lines.map((line, i) => (
        <tspan key={i} x={props.x} dy={i === 0 ? 4 : 14}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/**
 * The kite (radar) chart of culture profiles: one axis per culture type, one outline per series
 * ("now", "preferred", another period or agency). A table with the same numbers sits beside it
 * wherever it is used, for screen readers and print.
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
  const max = Math.max(40, ...series.flatMap((s) => CULTURE_TYPES.map((t) => s.scores[t])));
  const data = CULTURE_TYPES.map((t) => ({
    type: typeLabels[t],
    ...Object.fromEntries(series.map((s) => [s.key, s.scores[t]])),
  }));
  return (
    <figure aria-label={title} className="w-full" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <RadarChart data={data} outerRadius="70%" margin={{ top: 8, right: 48, bottom: 8, left: 48 }}>
          <PolarGrid stroke="#cbd5e1" />
          <PolarAngleAxis dataKey="type" tick={KiteTick} />
          <PolarRadiusAxis angle={45} domain={[0, Math.ceil(max / 10) * 10]} tick={{ fontSize: 10 }} />
          {series.map((s, i) => (
            <Radar
              key={s.key}
              isAnimationActive={false}
              name={s.label}
              dataKey={s.key}
              stroke={COLOURS[i % COLOURS.length]}
              fill={COLOURS[i % COLOURS.length]}
              fillOpacity={i === 0 ? 0.25 : 0.08}
              strokeDasharray={s.dashed ? "5 4" : undefined}
              strokeWidth={2}
            />
          ))}
          <Legend wrapperStyle={{ fontSize: 12 }} />
        </RadarChart>
      </ResponsiveContainer>
    </figure>
  );
}
