"use client";
import { useEffect, useRef, type ReactNode } from "react";

/** A <details> disclosure that is closed on a phone and opens itself from the `sm` width on (once
 * the page runs its script; without JavaScript it stays a working disclosure everywhere). */
export function WideOpenDetails({
  summary,
  className,
  children,
}: {
  summary: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (ref.current && window.matchMedia("(min-width: 640px)").matches) ref.current.open = true;
  }, []);
  return (
    <details ref={ref} className={className}>
      {summary}
      {children}
    </details>
  );
}
