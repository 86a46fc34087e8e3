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
  /** the issue version the page showed when the note was written (none: not checked) */
  version?: number;
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
/** window event: the queue changed */
export const NOTES_CHANGED = "mekar:notes-changed";
export type NotesChanged = {
  /** issues whose notes the server has just saved */
  sent?: string[];
  /** the issue a note was just kept on the phone for */
  queued?: string;
  /** the server's "saved" message for a note sent straight from the form */
  saved?: string;
  /** the issue a note is on its way for, straight from the form */
  sending?: string;
  /** the issue whose note went to the form's server action instead (it shows the answer) */
  handedOver?: string;
};

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

function changed(detail: NotesChanged = {}) {
  window.dispatchEvent(new CustomEvent(NOTES_CHANGED, { detail }));
}

/** How long a note may take to reach the server before it is kept on the phone instead. */
const SEND_TIMEOUT_MS = 10_000;
/** Notes being sent from the form right now: not listed, not sent a second time by a flush. */
const inFlight = new Set<string>();
export const isInFlight = (key: string) => inFlight.has(key);
/** Forms whose submit goes to React's server action as it always did (see handOver). */
const handedOver = new WeakSet<HTMLFormElement>();

/**
 * A submit event, caught on the window before React sees it, of a form that sits in a
 * progress-note box (components/offline/queued-notes.tsx renders its data-offline-notes and
 * data-version). The note is kept on the phone first, so no failure loses it. With no link (or on
 * a page the service worker kept) it just waits there. Online it is sent at once; a request that
 * fails, or has no answer within SEND_TIMEOUT_MS (a lossy link says "online" but carries
 * nothing), leaves it waiting exactly like a note written offline, to be sent later with the same
 * one-time key (if the server did get it, the resend is the same note, not a second one). Any
 * answer from the server other than "saved" (a field error, a conflict, a busy or broken
 * server) hands the form to its server action, which shows that answer as it always did.
 */
export function queueNoteFrom(event: SubmitEvent, userId: string, offline: boolean): void {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || typeof indexedDB === "undefined") return;
  if (handedOver.delete(form)) return;
  const box = form.closest<HTMLElement>("[data-offline-notes]");
  if (!box) return;
  const data = new FormData(form);
  const body = String(data.get("body") ?? "").trim();
  // online, a note the server would refuse goes the usual way and comes back with its field
  // errors; so does the next try of a form showing such an answer (its action clears it)
  if (!offline && (!body || !form.checkValidity() || form.querySelector('[data-state="error"]'))) return;
  event.preventDefault();
  event.stopPropagation();
  if (!body) return (form.elements.namedItem("body") as HTMLTextAreaElement | null)?.focus();
  if (form.dataset.sending) return; // a double tap while the first is on its way
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
  if (offline) {
    saveNote(note).then(() => {
      form.reset();
      changed({ queued: issueId });
    });
    return;
  }
  sendFromForm(form, note, event.submitter).catch(() => {});
}

async function sendFromForm(form: HTMLFormElement, note: QueuedNote, submitter: HTMLElement | null) {
  // the server action sends it as it always did, the text still in the form
  const handOver = () => {
    handedOver.add(form);
    form.requestSubmit(submitter?.closest("form") === form ? submitter : null);
  };
  inFlight.add(note.key);
  form.dataset.sending = "1";
  try {
    try {
      await saveNote(note);
    } catch {
      return handOver(); // no room on the phone: no safety net, the usual way
    }
    changed({ sending: note.issueId });
    const response = await send(note);
    if (!response) {
      form.reset();
      changed({ queued: note.issueId });
    } else if (response.ok) {
      const answer = (await response.json().catch(() => ({}))) as { message?: string };
      await withStore("readwrite", (s) => s.delete(note.key));
      form.reset();
      changed({ sent: [note.issueId], saved: answer.message });
    } else {
      // answered, not saved (a field error, a conflict, a busy or broken server): its own path says why
      await withStore("readwrite", (s) => s.delete(note.key));
      changed({ handedOver: note.issueId });
      handOver();
    }
  } finally {
    inFlight.delete(note.key);
    delete form.dataset.sending;
  }
}

/** One note to the server; undefined when no answer came (no link, or none in time). */
async function send(note: QueuedNote): Promise<Response | undefined> {
  const abort = new AbortController();
  const timer = window.setTimeout(() => abort.abort(), SEND_TIMEOUT_MS);
  try {
    return await fetch(`/api/issues/${encodeURIComponent(note.issueId)}/updates`, {
      method: "POST",
      credentials: "same-origin",
      signal: abort.signal,
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
    return undefined;
  } finally {
    window.clearTimeout(timer);
  }
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
      if (note.state !== "pending" || inFlight.has(note.key)) continue;
      const response = await send(note);
      if (!response) return; // still no link: the next "online" or retry tries again
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
