"use client";
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/** Views per week (bars) with new followers, shares and the owners' updates (lines); the table beside it carries the same numbers. */
export function PublicAttentionChart({
  data,
  labels,
}: {
  data: { week: string; views: number; follows: number; shares: number; ownerUpdates: number }[];
  labels: { title: string; views: string; follows: string; shares: string; ownerUpdates: string };
}) {
  return (
    <figure aria-label={labels.title} className="h-64 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={data} margin={{ top: 8, right: 8, left: -16, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="week" tick={{ fontSize: 11 }} />
          <YAxis yAxisId="views" allowDecimals={false} tick={{ fontSize: 11 }} />
          <YAxis yAxisId="small" orientation="right" allowDecimals={false} tick={{ fontSize: 11 }} />
          <Tooltip />
          <Legend />
          <Bar yAxisId="views" dataKey="views" name={labels.views} fill="#0369a1" isAnimationActive={false} />
          <Line
            yAxisId="small"
            dataKey="follows"
            name={labels.follows}
            stroke="#047857"
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
          <Line
            yAxisId="small"
            dataKey="shares"
            name={labels.shares}
            stroke="#b45309"
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
          <Line
            yAxisId="small"
            dataKey="ownerUpdates"
            name={labels.ownerUpdates}
            stroke="#475569"
            strokeDasharray="4 3"
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </figure>
  );
}
