import { ColumnChart } from "@/components/ui/charts";

/** Views per week (bars, left axis) with new followers, shares and the owners' updates (lines, right axis), drawn on the server; the table beside it carries the same numbers. */
export function PublicAttentionChart({
  data,
  labels,
}: {
  data: { week: string; views: number; follows: number; shares: number; ownerUpdates: number }[];
  labels: { title: string; views: string; follows: string; shares: string; ownerUpdates: string };
}) {
  return (
    <ColumnChart
      title={labels.title}
      categories={data.map((d) => d.week)}
      bars={[{ key: "views", label: labels.views, colour: "#0369a1", values: data.map((d) => d.views) }]}
      lineAxis="right"
      lines={[
        { key: "follows", label: labels.follows, colour: "#047857", values: data.map((d) => d.follows) },
        { key: "shares", label: labels.shares, colour: "#b45309", values: data.map((d) => d.shares) },
        {
          key: "ownerUpdates",
          label: labels.ownerUpdates,
          colour: "#475569",
          dashed: true,
          values: data.map((d) => d.ownerUpdates),
        },
      ]}
    />
  );
}
