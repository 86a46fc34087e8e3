import Link from "@/components/ui/link";
import { buttonClass } from "./button";

/** Keyset pagination: "first page" and "next page" links that keep the other filters. */
export function Pagination({
  basePath,
  params,
  cursorName,
  nextCursor,
  labels,
}: {
  basePath: string;
  params: Record<string, string | undefined>;
  cursorName: string;
  nextCursor: string | null;
  labels: { first: string; next: string };
}) {
  const keep = Object.entries(params).filter(([k, v]) => v && k !== cursorName) as [string, string][];
  const first = `${basePath}${keep.length ? `?${new URLSearchParams(keep)}` : ""}`;
  const next = nextCursor ? `${basePath}?${new URLSearchParams([...keep, [cursorName, nextCursor]])}` : null;
  return (
    <nav className="mt-4 flex justify-between gap-2" aria-label="pagination">
      {params[cursorName] ? (
        <Link className={buttonClass("secondary")} href={first}>
          {labels.first}
        </Link>
      ) : (
        <span />
      )}
      {next && (
        <Link className={buttonClass("secondary")} href={next}>
          {labels.next}
        </Link>
      )}
    </nav>
  );
}
