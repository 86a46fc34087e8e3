"use client";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";
import { useT } from "@/lib/i18n/client";

function secondsLeft(endsAt: number, skew: number): number {
  return Math.max(0, Math.ceil((endsAt - (Date.now() + skew)) / 1000));
}

/**
 * The facilitator's countdown as the presenter and the control panel show it. Only a display:
 * the activity is closed by the server (the first request after the end); at zero `onZero`
 * asks it again (every few seconds until it is closed). `serverNow` corrects this clock's skew.
 */
export function Countdown({
  endsAt,
  serverNow,
  endsAtText,
  onZero: ask,
  large = false,
}: {
  endsAt: string;
  serverNow: string;
  endsAtText: string;
  /** what to ask at zero (default: render the server page again, which closes the activity) */
  onZero?: () => void;
  large?: boolean;
}) {
  const t = useT();
  const router = useRouter();
  const onZero = useMemo(() => ask ?? (() => router.refresh()), [ask, router]);
  const end = Date.parse(endsAt);
  const skew = useRef<number | null>(null);
  const [left, setLeft] = useState<number | null>(null);
  const asked = useRef(0);
  useEffect(() => {
    if (skew.current === null) skew.current = Date.parse(serverNow) - Date.now();
    const tick = () => {
      const s = secondsLeft(end, skew.current ?? 0);
      setLeft(s);
      if (s === 0 && onZero && Date.now() - asked.current > 3000) {
        asked.current = Date.now();
        onZero();
      }
    };
    tick();
    const id = setInterval(tick, 1000);
    return () => clearInterval(id);
  }, [end, onZero, serverNow]);
  const text =
    left === null
      ? endsAtText
      : left > 0
        ? `${Math.floor(left / 60)}:${String(left % 60).padStart(2, "0")}`
        : t("workshops.timer.ended");
  return (
    <p
      className={`inline-flex items-center gap-3 rounded-lg bg-amber-50 font-semibold text-amber-900 ${large ? "px-5 py-2 text-4xl" : "px-3 py-1 text-sm"}`}
      role="timer"
      aria-label={t("workshops.timer.remaining")}
      data-countdown
    >
      <span className={large ? "text-2xl font-medium" : "font-medium"}>{t("workshops.timer.remaining")}</span>
      <span className="tabular-nums">{text}</span>
    </p>
  );
}
