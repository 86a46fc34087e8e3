import { BarList } from "@/components/ui/charts";

/** Share of each agency's open issues updated within cadence (0–100 %), drawn on the server. */
export function AgencyAttentionChart({
  data,
  labels,
}: {
  data: { agency: string; share: number }[];
  labels: { share: string; title: string };
}) {
  return (
    <BarList
      title={`${labels.title} (${labels.share})`}
      rows={data.map((d) => ({ label: d.agency, value: d.share }))}
      max={100}
      unit="%"
    />
  );
}
