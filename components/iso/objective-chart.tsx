"use client";
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/** Measurements of one objective against its baseline and target (the table beside it carries the same numbers). */
export function ObjectiveChart({
  data,
  baseline,
  target,
  labels,
}: {
  data: { period: string; value: number }[];
  baseline: number;
  target: number;
  labels: { title: string; value: string; target: string; baseline: string };
}) {
  return (
    <figure aria-label={labels.title} className="h-48 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 16, left: -16, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="period" tick={{ fontSize: 11 }} />
          <YAxis tick={{ fontSize: 11 }} domain={["auto", "auto"]} />
          <Tooltip />
          <ReferenceLine
            y={target}
            stroke="#047857"
            strokeDasharray="4 4"
            label={{ value: labels.target, fontSize: 11, fill: "#047857", position: "insideTopRight" }}
          />
          <ReferenceLine
            y={baseline}
            stroke="#64748b"
            strokeDasharray="2 4"
            label={{ value: labels.baseline, fontSize: 11, fill: "#475569", position: "insideBottomRight" }}
          />
          <Line
            isAnimationActive={false}
            type="monotone"
            dataKey="value"
            name={labels.value}
            stroke="#0369a1"
            strokeWidth={2}
            dot={{ r: 3 }}
          />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
