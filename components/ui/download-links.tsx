"use client";
import { useEffect, useRef, useState } from "react";

const COOKIE = "mekar-download"; // lib/spreadsheet/respond.ts DOWNLOAD_COOKIE (that module is server code)
const POLL_MS = 500;
const GIVE_UP_AFTER = 360; // polls: three minutes

/** A short random token for one click (crypto: no two clicks share one). */
function newTicket(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => (b % 36).toString(36)).join("");
}

/**
 * The download menu's links. Without script they are plain links. With it, a click adds a
 * ticket (`dl=`) the export echoes in a cookie when its file is ready: until then the menu says
 * "Menyiapkan berkas…" (a large export takes seconds on a slow link), then that the download
 * has started.
 */
export function DownloadLinks({
  items,
  labels,
}: {
  items: { format: string; label: string; href: string }[];
  labels: { preparing: string; ready: string };
}) {
  const [state, setState] = useState<{ format: string; phase: "preparing" | "ready" } | null>(null);
  const timer = useRef<ReturnType<typeof setInterval> | null>(null);
  useEffect(() => () => void (timer.current && clearInterval(timer.current)), []);

  function start(format: string, link: HTMLAnchorElement) {
    if (timer.current) clearInterval(timer.current);
    const ticket = newTicket();
    const url = new URL(link.href);
    url.searchParams.set("dl", ticket);
    link.href = url.toString(); // the browser follows the link as changed, in this same click
    setState({ format, phase: "preparing" });
    let polls = 0;
    timer.current = setInterval(() => {
      const done = document.cookie.split("; ").includes(`${COOKIE}=${ticket}`);
      if (done || ++polls > GIVE_UP_AFTER) {
        if (timer.current) clearInterval(timer.current);
        document.cookie = `${COOKIE}=; Path=/; Max-Age=0; SameSite=Lax`;
        setState(done ? { format, phase: "ready" } : null);
      }
    }, POLL_MS);
  }

  return (
    <>
      {items.map((i) => (
        <li key={i.format}>
          <a
            href={i.href}
            download
            onClick={(e) => start(i.format, e.currentTarget)}
            aria-busy={state?.format === i.format && state.phase === "preparing"}
            className="block px-3 py-2 text-sm text-slate-800 hover:bg-slate-50"
          >
            {i.label}
          </a>
        </li>
      ))}
      {/* a live region (not role="status", which pages keep for their own messages), mounted before it speaks */}
      <li className={state ? "px-3 pt-1 pb-2 text-xs text-slate-600" : "sr-only"}>
        <span aria-live="polite">{state && (state.phase === "preparing" ? labels.preparing : labels.ready)}</span>
      </li>
    </>
  );
}
