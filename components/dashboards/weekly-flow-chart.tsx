import { ColumnChart } from "@/components/ui/charts";

/** New vs closed issues per week, drawn on the server (the table beside it carries the same numbers). */
export function WeeklyFlowChart({
  data,
  labels,
}: {
  data: { week: string; opened: number; closed: number }[];
  labels: { opened: string; closed: string; title: string };
}) {
  return (
    <ColumnChart
      title={labels.title}
      categories={data.map((d) => d.week)}
      bars={[
        { key: "opened", label: labels.opened, colour: "#0369a1", values: data.map((d) => d.opened) },
        { key: "closed", label: labels.closed, colour: "#047857", values: data.map((d) => d.closed) },
      ]}
    />
  );
}
