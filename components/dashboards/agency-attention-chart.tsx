"use client";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/** Share of each agency's open issues updated within cadence (0–100 %). */
export function AgencyAttentionChart({
  data,
  labels,
}: {
  data: { agency: string; share: number }[];
  labels: { share: string; title: string };
}) {
  return (
    <figure aria-label={labels.title} className="w-full" style={{ height: Math.max(160, data.length * 32 + 40) }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, left: 8, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis type="number" domain={[0, 100]} unit="%" tick={{ fontSize: 11 }} />
          <YAxis type="category" dataKey="agency" width={96} tick={{ fontSize: 11 }} />
          <Tooltip />
          <Bar dataKey="share" name={labels.share} fill="#047857" unit="%" />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
