"use client";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/** New vs closed issues per week (recharts draws in the browser; the table beside it carries the same numbers). */
export function WeeklyFlowChart({
  data,
  labels,
}: {
  data: { week: string; opened: number; closed: number }[];
  labels: { opened: string; closed: string; title: string };
}) {
  return (
    <figure aria-label={labels.title} className="h-64 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, left: -16, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="week" tick={{ fontSize: 11 }} />
          <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
          <Tooltip />
          <Legend />
          <Bar dataKey="opened" name={labels.opened} fill="#0369a1" />
          <Bar dataKey="closed" name={labels.closed} fill="#047857" />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
