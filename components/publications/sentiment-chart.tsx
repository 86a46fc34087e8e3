import { ColumnChart } from "@/components/ui/charts";
import { getT } from "@/lib/i18n/server";

export type SentimentPoint = { month: string; positif: number; netral: number; negatif: number };

/** Coverage per month stacked by sentiment, drawn on the server (the table beside it is the text version). */
export async function SentimentChart({ data }: { data: SentimentPoint[] }) {
  const t = await getT();
  return (
    <ColumnChart
      title={t("media.chartTitle")}
      categories={data.map((d) => d.month)}
      stacked
      bars={[
        { key: "positif", label: t("media.sentiments.positif"), colour: "#047857", values: data.map((d) => d.positif) },
        { key: "netral", label: t("media.sentiments.netral"), colour: "#64748b", values: data.map((d) => d.netral) },
        { key: "negatif", label: t("media.sentiments.negatif"), colour: "#b91c1c", values: data.map((d) => d.negatif) },
      ]}
    />
  );
}
