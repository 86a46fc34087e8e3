"use client";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useT } from "@/lib/i18n/client";

export type SentimentPoint = { month: string; positif: number; netral: number; negatif: number };

/** Coverage per month stacked by sentiment (recharts draws in the browser; the table beside it is the text version). */
export function SentimentChart({ data }: { data: SentimentPoint[] }) {
  const t = useT();
  return (
    <div className="h-64 w-full" role="img" aria-label={t("media.chartTitle")}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="month" tick={{ fontSize: 12 }} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Legend />
          <Bar dataKey="positif" stackId="s" name={t("media.sentiments.positif")} fill="#047857" />
          <Bar dataKey="netral" stackId="s" name={t("media.sentiments.netral")} fill="#64748b" />
          <Bar dataKey="negatif" stackId="s" name={t("media.sentiments.negatif")} fill="#b91c1c" />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
