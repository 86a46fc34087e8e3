import { getT } from "@/lib/i18n/server";
import { buttonClass } from "./button";
import { DownloadLinks } from "./download-links";

/**
 * "Unduh ▾": a small menu of the formats a list downloads in (Excel, CSV, CSV with ";"), as
 * plain links under a <details>, so it works without script. `href` is the export URL with its
 * query; each item adds `format=`. With script, the menu shows that a file is being prepared
 * and when its download has started (DownloadLinks).
 */
export async function DownloadMenu({
  href,
  label,
  items,
}: {
  href: string;
  label: string;
  items: { format: "xlsx" | "csv" | "csv-semicolon"; label: string }[];
}) {
  const t = await getT();
  const withFormat = (format: string) => `${href}${href.includes("?") ? "&" : "?"}format=${format}`;
  return (
    <details className="group relative">
      <summary className={buttonClass("secondary", "cursor-pointer list-none [&::-webkit-details-marker]:hidden")}>
        {label}
        <span aria-hidden className="text-xs transition group-open:rotate-180">
          ▾
        </span>
      </summary>
      <ul className="z-20 mt-1 w-64 max-w-[calc(100vw-2rem)] rounded-md sm:absolute sm:right-0 border border-slate-200 bg-white py-1 shadow-lg">
        <DownloadLinks
          items={items.map((i) => ({ format: i.format, label: i.label, href: withFormat(i.format) }))}
          labels={{ preparing: t("spreadsheet.export.preparing"), ready: t("spreadsheet.export.ready") }}
        />
      </ul>
    </details>
  );
}
