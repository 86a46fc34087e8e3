"use client";
import { useSyncExternalStore } from "react";

// How many in-app navigations (components/ui/link.tsx) are waiting for the server.
let pending = 0;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

/** A link's navigation began; the returned function ends it (once). */
export function navigationStarted(): () => void {
  pending++;
  emit();
  let ended = false;
  return () => {
    if (ended) return;
    ended = true;
    pending--;
    emit();
  };
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => void listeners.delete(l);
};

/**
 * While a navigation waits for the server (a slow query on a slow link), a bar across the top
 * and "Memuat…" just under the header (not over its buttons), said once to screen readers (a polite live region mounted from the
 * start, not role="status", which pages keep for their own messages).
 */
export function NavigationStatus({ label }: { label: string }) {
  const busy = useSyncExternalStore(
    subscribe,
    () => pending > 0,
    () => false,
  );
  return (
    <div className="pointer-events-none fixed inset-x-0 top-0 z-50 print:hidden" data-navigation-status>
      <div aria-hidden className={busy ? "h-1 animate-pulse bg-emerald-600" : "hidden"} />
      <p
        aria-live="polite"
        className={
          busy
            ? "mx-auto mt-14 w-fit rounded-full bg-emerald-700 px-3 py-0.5 text-xs font-medium text-white shadow"
            : "sr-only"
        }
      >
        {busy ? label : ""}
      </p>
    </div>
  );
}
