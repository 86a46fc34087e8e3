"use client";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useT } from "@/lib/i18n/client";

/**
 * On the control panel: re-renders the server page (throttled) whenever a live event arrives.
 * "Langsung" only while a session runs; connected between sessions it says none is running.
 */
export function LiveRefresh({ workshopId, running }: { workshopId: string; running: boolean }) {
  const router = useRouter();
  const t = useT();
  const [connected, setConnected] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    const es = new EventSource(`/api/workshops/${workshopId}/stream`);
    es.onopen = () => setConnected(true);
    es.onerror = () => setConnected(false);
    const on = () => {
      if (timer.current) return;
      timer.current = setTimeout(() => {
        timer.current = null;
        router.refresh();
      }, 1000);
    };
    for (const type of ["activity", "results", "qna", "session"]) es.addEventListener(type, on);
    return () => {
      es.close();
      if (timer.current) clearTimeout(timer.current);
    };
  }, [workshopId, router]);
  return (
    <span
      role="status"
      className={`rounded-full px-2 py-0.5 text-xs font-medium ${!connected ? "bg-amber-50 text-amber-900" : running ? "bg-emerald-50 text-emerald-800" : "bg-slate-100 text-slate-700"}`}
    >
      {!connected
        ? t("workshops.present.reconnecting")
        : running
          ? t("workshops.present.live")
          : t("workshops.present.noSession")}
    </span>
  );
}
