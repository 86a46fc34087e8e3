// The progress notes written offline, kept on the phone (IndexedDB) until the server has them: the
// portal's version of the workshop participant page's outbox (public/workshop-join.js). Each note
// gets its one-time key when it is written and keeps it for every resend, so a note that reached
// the server before the answer was lost is saved once (lib/idempotency.ts); it carries the issue
// version it was written against, so a change meanwhile comes back as a conflict
// (lib/issues/queued-note.ts). public/sw.js deletes the whole database on logout and when
// another user signs in.

export type QueuedNote = {
  /** the idempotency key: the same on every resend */
  key: string;
  userId: string;
  issueId: string;
  /** the issue version the page showed when the note was written */
  version: number;
  body: string;
  /** as typed: "" leaves the percentage alone */
  percentDone: string;
  isPublic: boolean;
  writtenAt: string;
  state: "pending" | "conflict" | "failed";
  /** the server's answer (already in the user's language) for a conflict or a refusal */
  message?: string;
};

const DB = "mekar-offline";
const STORE = "notes";
/** window event: the queue changed (detail: { sent: issue ids just saved }) */
export const NOTES_CHANGED = "mekar:notes-changed";

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: "key" });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** One transaction on the store; the database is closed again (so the worker may delete it). */
async function withStore<T>(mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openDb();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = run(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req.result);
      tx.onerror = tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

function changed(detail: { sent?: string[]; queued?: string } = {}) {
  window.dispatchEvent(new CustomEvent(NOTES_CHANGED, { detail }));
}

/**
 * A submit event, caught on the window before React sees it: when the phone has no link (or the
 * page is a copy the service worker kept) and the
 * form sits in a progress-note box (components/offline/queued-notes.tsx renders its
 * data-offline-notes and data-version), the note is queued here and the submit stops.
 */
export function queueNoteFrom(event: SubmitEvent, userId: string, offline: boolean): void {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || !offline || typeof indexedDB === "undefined") return;
  const box = form.closest<HTMLElement>("[data-offline-notes]");
  if (!box) return;
  event.preventDefault();
  event.stopPropagation();
  const data = new FormData(form);
  const body = String(data.get("body") ?? "").trim();
  if (!body) return (form.elements.namedItem("body") as HTMLTextAreaElement | null)?.focus();
  const issueId = box.dataset.offlineNotes!;
  const note: QueuedNote = {
    key: crypto.randomUUID(),
    userId,
    issueId,
    version: Number(box.dataset.version),
    body,
    percentDone: String(data.get("percentDone") ?? ""),
    isPublic: data.get("isPublic") === "on",
    writtenAt: new Date().toISOString(),
    state: "pending",
  };
  withStore("readwrite", (s) => s.put(note)).then(() => {
    form.reset();
    changed({ queued: issueId });
  });
}

/** This user's notes, oldest first (others' are never shown nor sent). */
export async function listNotes(userId: string, issueId?: string): Promise<QueuedNote[]> {
  const all = await withStore<QueuedNote[]>("readonly", (s) => s.getAll());
  return all
    .filter((n) => n.userId === userId && (!issueId || n.issueId === issueId))
    .sort((a, b) => a.writtenAt.localeCompare(b.writtenAt));
}

export async function hasWaitingNotes(userId: string): Promise<boolean> {
  if (typeof indexedDB === "undefined") return false;
  return (await listNotes(userId).catch(() => [])).some((n) => n.state === "pending");
}

export async function removeNote(key: string): Promise<void> {
  await withStore("readwrite", (s) => s.delete(key));
  changed();
}

async function saveNote(note: QueuedNote): Promise<void> {
  await withStore("readwrite", (s) => s.put(note));
}

let flushing: Promise<void> | null = null;

/**
 * Sends this user's waiting notes, oldest first, one at a time. A lost link or a busy server
 * stops the round (the note stays waiting); a conflict or a refusal is kept with the server's
 * message for the user to copy back or discard.
 */
export function flushNotes(userId: string): Promise<void> {
  flushing ??= sendAll(userId).finally(() => {
    flushing = null;
  });
  return flushing;
}

async function sendAll(userId: string): Promise<void> {
  if (typeof indexedDB === "undefined" || navigator.onLine === false) return;
  const sent: string[] = [];
  try {
    for (const note of await listNotes(userId)) {
      if (note.state !== "pending") continue;
      let response: Response;
      try {
        response = await fetch(`/api/issues/${encodeURIComponent(note.issueId)}/updates`, {
          method: "POST",
          credentials: "same-origin",
          headers: { "Content-Type": "application/json", Accept: "application/json" },
          body: JSON.stringify({
            idempotencyKey: note.key,
            version: note.version,
            body: note.body,
            percentDone: note.percentDone,
            isPublic: note.isPublic,
          }),
        });
      } catch {
        return; // still no link: the next "online" tries again
      }
      // busy, or signed out meanwhile (signing in again clears the phone anyway): stays waiting
      if (response.status === 503 || response.status === 401) return;
      const answer = (await response.json().catch(() => ({}))) as { message?: string };
      if (response.ok) {
        await withStore("readwrite", (s) => s.delete(note.key));
        sent.push(note.issueId);
      } else {
        await saveNote({ ...note, state: response.status === 409 ? "conflict" : "failed", message: answer.message });
      }
    }
  } finally {
    changed({ sent });
  }
}
