"use client";
import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { createPortal } from "react-dom";
import { Button } from "@/components/ui/button";
import { isInFlight, listNotes, NOTES_CHANGED, removeNote, type NotesChanged, type QueuedNote } from "./note-queue";

export type QueuedNotesLabels = {
  title: string;
  queued: string;
  /** a note kept on the phone has reached the server */
  sent: string;
  /** a note is on its way from the form */
  sending: string;
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
 * Around the progress-note form: a submitted note is kept in the phone's queue (note-queue.ts,
 * caught by OfflineSupport) and sent from there; while the phone has no link, or the link
 * carries nothing, it is listed here as "menunggu dikirim" until it is saved; a note the server refused (the issue changed meanwhile) stays with
 * the server's message, to copy back into the form or discard. Online, the form works as always.
 */
export function QueuedNotes({ issueId, version, userId, locale, labels, children }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [notes, setNotes] = useState<QueuedNote[]>([]);
  /** what just happened to a note of this issue: kept on the phone, or confirmed by the server */
  const [notice, setNotice] = useState<{ text: string; kind: "sending" | "queued" | "success" } | null>(null);
  /** where the form shows its own message (above its button): the notice goes there too */
  const [slot, setSlot] = useState<HTMLElement | null>(null);

  useEffect(() => {
    const form = box.current?.querySelector("form");
    if (!form) return;
    const div = document.createElement("div");
    form.insertBefore(div, form.querySelector('button[type="submit"]'));
    setSlot(div);
    return () => div.remove();
  }, []);

  const reload = useCallback(() => {
    listNotes(userId, issueId)
      // one being sent from the form right now is not "waiting" (yet)
      .then((all) => setNotes(all.filter((n) => !isInFlight(n.key))))
      .catch(() => setNotes([]));
  }, [userId, issueId]);

  useEffect(() => {
    const changed = (e: Event) => {
      const detail = (e as CustomEvent<NotesChanged>).detail ?? {};
      if (detail.sending === issueId) setNotice({ text: labels.sending, kind: "sending" });
      else if (detail.handedOver === issueId) setNotice(null);
      else if (detail.queued === issueId) setNotice({ text: labels.queued, kind: "queued" });
      // "saved" only once the server has answered so
      else if (detail.sent?.includes(issueId)) setNotice({ text: detail.saved ?? labels.sent, kind: "success" });
      reload();
    };
    reload();
    window.addEventListener(NOTES_CHANGED, changed);
    return () => window.removeEventListener(NOTES_CHANGED, changed);
  }, [reload, issueId, labels.queued, labels.sent, labels.sending]);

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
      {notice &&
        slot &&
        createPortal(
          <p
            role="status"
            data-state={notice.kind}
            className={`rounded-md px-3 py-2 text-sm ${notice.kind === "success" ? "bg-emerald-50 text-emerald-900" : notice.kind === "queued" ? "bg-amber-50 text-amber-950" : "bg-slate-100 text-slate-800"}`}
          >
            {notice.text}
          </p>,
          slot,
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
