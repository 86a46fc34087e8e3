"use client";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { clearPhone, isLogoutSubmit } from "./clear-phone";
import { flushNotes, hasWaitingNotes, NOTES_CHANGED, queueNoteFrom, type NotesChanged } from "./note-queue";

const RETRY_MS = 5_000;

/** A request the worker leaves to the network: answered means the link is back. */
const linkIsBack = () =>
  fetch("/manifest.webmanifest", { cache: "no-store" }).then(
    (r) => r.ok,
    () => false,
  );

type Props = {
  userId: string;
  locale: string;
  /** "Luring — data dari {time}", translated on the server (the worker cannot read the catalogue) */
  banner: string;
  hint: string;
};

/**
 * The portal's offline side (issue 17): registers the service worker (public/sw.js), tells it
 * who is signed in (another user's copies and queued notes are dropped), sends queued notes when
 * the link returns, and shows "Luring — data dari <waktu>" while the page is a copy kept on the
 * phone or the phone has no link.
 */
export function OfflineSupport({ userId, locale, banner, hint }: Props) {
  const router = useRouter();
  const pathname = usePathname();
  /** when the page shown was fetched while online */
  const loadedAt = useRef(new Date());
  /** the page is a copy the worker kept (its answer to "copy?") */
  const copy = useRef(false);
  /** notes of this user wait in the queue */
  const waiting = useRef(false);
  /** the time the data shown is from, while the page is a kept copy or the phone has no link */
  const [dataAt, setDataAt] = useState<Date | null>(null);

  useEffect(() => {
    if (navigator.onLine !== false) loadedAt.current = new Date();
  }, [pathname]);

  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    const sw = navigator.serviceWorker;
    const onMessage = (event: MessageEvent) => {
      const data = event.data as { type?: string; savedAt?: string | null; queued?: string | null };
      if (data?.type !== "copy" || !data.savedAt) return;
      copy.current = true;
      setDataAt(new Date(data.savedAt));
      // the page was opened by the worker after it kept a note posted before the script ran (public/sw.js)
      if (data.queued) {
        waiting.current = true;
        window.dispatchEvent(new CustomEvent(NOTES_CHANGED, { detail: { queued: data.queued } }));
      }
    };
    sw.addEventListener("message", onMessage);
    sw.controller?.postMessage({ type: "copy?" });
    sw.register("/sw.js", { scope: "/" }).catch(() => {});
    sw.ready.then((registration) => {
      registration.active?.postMessage({ type: "user", id: userId });
      // the build files this page loaded before the worker took control, for the next offline visit
      const urls = performance
        .getEntriesByType("resource")
        .map((e) => e.name)
        .filter((u) => u.includes("/_next/static/"));
      registration.active?.postMessage({ type: "warm", urls });
    });
    return () => sw.removeEventListener("message", onMessage);
  }, [userId]);

  useEffect(() => {
    // after a round, notes still waiting (the link carried nothing) keep the retry going
    const flush = () =>
      flushNotes(userId)
        .then(() => hasWaitingNotes(userId))
        .then((w) => (waiting.current = w))
        .catch(() => {});
    const goOffline = () => {
      if (!copy.current) setDataAt(loadedAt.current);
    };
    const goOnline = () => {
      flush();
      setDataAt(null);
      // a kept copy becomes the live page again
      if (copy.current) router.refresh();
      copy.current = false;
    };
    const onChanged = (e: Event) => {
      const detail = (e as CustomEvent<NotesChanged>).detail;
      if (detail?.queued) waiting.current = true;
      if (detail?.sent?.length) router.refresh();
    };
    // on the window, capturing: before React sees the submit, also on a part of the page not yet
    // hydrated. A kept copy counts as offline: navigator.onLine is not always told (a phone on a
    // wifi without internet; Chromium under test after a navigation, see tests/e2e/offline.spec.ts)
    const onSubmit = (e: SubmitEvent) => {
      if (isLogoutSubmit(e)) clearPhone();
      else queueNoteFrom(e, userId, copy.current || navigator.onLine === false);
    };
    // for the same reason the link is also tried every few seconds while a copy is shown or notes wait
    const retry = window.setInterval(() => {
      if (navigator.onLine === false || (!copy.current && !waiting.current)) return;
      linkIsBack().then((back) => {
        if (back) goOnline();
      });
    }, RETRY_MS);
    if (navigator.onLine === false) goOffline();
    else flush();
    hasWaitingNotes(userId).then((w) => (waiting.current = w));
    window.addEventListener("submit", onSubmit, true);
    window.addEventListener("offline", goOffline);
    window.addEventListener("online", goOnline);
    window.addEventListener(NOTES_CHANGED, onChanged);
    return () => {
      window.clearInterval(retry);
      window.removeEventListener("submit", onSubmit, true);
      window.removeEventListener("offline", goOffline);
      window.removeEventListener("online", goOnline);
      window.removeEventListener(NOTES_CHANGED, onChanged);
    };
  }, [userId, router]);

  if (!dataAt) return null;
  const time = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(dataAt);
  return (
    <div role="status" className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
      <p className="font-semibold">{banner.replace("{time}", time)}</p>
      <p>{hint}</p>
    </div>
  );
}
