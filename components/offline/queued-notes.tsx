"use client";
import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { listNotes, NOTES_CHANGED, removeNote, type QueuedNote } from "./note-queue";

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
 * phone's queue (note-queue.ts, caught by OfflineSupport) instead of to the server, and is listed
 * here as "menunggu dikirim" until it is saved; a note the server refused (the issue changed meanwhile) stays with
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
    const changed = (e: Event) => {
      if ((e as CustomEvent<{ queued?: string }>).detail?.queued === issueId) setJustQueued(true);
      reload();
    };
    reload();
    window.addEventListener(NOTES_CHANGED, changed);
    return () => window.removeEventListener(NOTES_CHANGED, changed);
  }, [reload, issueId]);

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
    // the data attributes are in the server's HTML: OfflineSupport queues a note written offline
    // even before this part of the page has come to life (see queueNoteFrom in note-queue.ts)
    <div ref={box} className="space-y-4" data-offline-notes={issueId} data-version={version}>
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
