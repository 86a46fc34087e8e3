import { ColumnChart } from "@/components/ui/charts";

/** Measurements of one objective against its baseline and target, drawn on the server (the table beside it carries the same numbers). */
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
    <ColumnChart
      title={labels.title}
      height={192}
      fitDomain
      categories={data.map((d) => d.period)}
      lines={[{ key: "value", label: labels.value, colour: "#0369a1", values: data.map((d) => d.value) }]}
      rules={[
        { value: target, label: labels.target, colour: "#047857" },
        { value: baseline, label: labels.baseline, colour: "#64748b" },
      ]}
    />
  );
}
