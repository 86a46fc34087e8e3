"use client";
import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { listNotes, NOTES_CHANGED, queueNote, removeNote, type QueuedNote } from "./note-queue";

export type QueuedNotesLabels = {
  title: string;
  queued: string;
  pending: string;
  conflict: string;
  failed: string;
  writtenAt: string;
  restore: string;
  discard: string;
};

type Props = {
  issueId: string;
  /** the issue version this page shows: a queued note is checked against it when sent */
  version: number;
  userId: string;
  locale: string;
  labels: QueuedNotesLabels;
  /** the progress-note form (AddUpdateForm) */
  children: ReactNode;
};

/**
 * Around the progress-note form: while the phone has no link, a submitted note goes into the
 * phone's queue (note-queue.ts) instead of to the server, and is listed here as "menunggu
 * dikirim" until it is saved; a note the server refused (the issue changed meanwhile) stays with
 * the server's message, to copy back into the form or discard. Online, the form works as always.
 */
export function QueuedNotes({ issueId, version, userId, locale, labels, children }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [notes, setNotes] = useState<QueuedNote[]>([]);
  const [justQueued, setJustQueued] = useState(false);

  const reload = useCallback(() => {
    listNotes(userId, issueId)
      .then(setNotes)
      .catch(() => setNotes([]));
  }, [userId, issueId]);

  useEffect(() => {
    reload();
    window.addEventListener(NOTES_CHANGED, reload);
    return () => window.removeEventListener(NOTES_CHANGED, reload);
  }, [reload]);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    // capture: runs before React's own submit handling, which then never sees this submit
    const onSubmit = (event: SubmitEvent) => {
      if (navigator.onLine !== false || typeof indexedDB === "undefined") return;
      const form = event.target as HTMLFormElement;
      event.preventDefault();
      event.stopPropagation();
      const data = new FormData(form);
      const body = String(data.get("body") ?? "").trim();
      const textarea = form.elements.namedItem("body") as HTMLTextAreaElement | null;
      if (!body) return textarea?.focus();
      queueNote({
        userId,
        issueId,
        version,
        body,
        percentDone: String(data.get("percentDone") ?? ""),
        isPublic: data.get("isPublic") === "on",
      }).then(() => {
        form.reset();
        setJustQueued(true);
      });
    };
    el.addEventListener("submit", onSubmit, true);
    return () => el.removeEventListener("submit", onSubmit, true);
  }, [userId, issueId, version]);

  useEffect(() => {
    const clear = () => setJustQueued(false);
    window.addEventListener("online", clear);
    return () => window.removeEventListener("online", clear);
  }, []);

  const restore = (note: QueuedNote) => {
    const textarea = box.current?.querySelector<HTMLTextAreaElement>('textarea[name="body"]');
    if (textarea) {
      textarea.value = note.body;
      textarea.focus();
    }
    removeNote(note.key).catch(() => {});
  };
  const format = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  const stateLabel = { pending: labels.pending, conflict: labels.conflict, failed: labels.failed };

  return (
    <div ref={box} className="space-y-4">
      {justQueued && (
        <p role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950">
          {labels.queued}
        </p>
      )}
      {notes.length > 0 && (
        <section aria-label={labels.title} className="space-y-3">
          <h3 className="text-sm font-semibold text-slate-900">{labels.title}</h3>
          <ul className="space-y-3">
            {notes.map((note) => (
              <li
                key={note.key}
                className={`rounded-md border px-3 py-2 text-sm ${
                  note.state === "pending" ? "border-amber-300 bg-amber-50" : "border-red-300 bg-red-50"
                }`}
              >
                <p className="font-semibold">
                  {stateLabel[note.state]}{" "}
                  <span className="font-normal text-slate-700">
                    · {labels.writtenAt.replace("{time}", format.format(new Date(note.writtenAt)))}
                  </span>
                </p>
                <p className="mt-1 whitespace-pre-wrap break-words text-slate-900">{note.body}</p>
                {note.message && (
                  <p role="alert" className="mt-2 text-red-800">
                    {note.message}
                  </p>
                )}
                {note.state !== "pending" && (
                  <div className="mt-2 flex flex-wrap gap-2">
                    <Button type="button" variant="secondary" onClick={() => restore(note)}>
                      {labels.restore}
                    </Button>
                    <Button type="button" variant="ghost" onClick={() => removeNote(note.key).catch(() => {})}>
                      {labels.discard}
                    </Button>
                  </div>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {children}
    </div>
  );
}
