import "server-only";
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import { liveHub } from "@/lib/live/hub";
import { publishLive } from "@/lib/live/publish";
import { encodeSse, lastEventIdFrom, sseResponse } from "@/lib/live/sse";

export type LiveAudience = "all" | "staff";
export type LiveEventType = "activity" | "results" | "qna" | "session";
export type LiveEventRow = { id: bigint; type: string; audience: string; payload: unknown };

/** Serializes a workshop's live events: taken before computing what the event carries. */
export async function lockWorkshopEvents(tx: Tx, workshopId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`workshop-events:${workshopId}`}))`;
}

/**
 * Appends an event and notifies every instance at commit. Under the workshop's lock the
 * events commit in id order, and the notification carries the previous id, so a stream can
 * tell a gap (go to the database) from the next event (send it at once).
 */
export async function appendEvent(
  tx: Tx,
  workshopId: string,
  type: LiveEventType,
  audience: LiveAudience,
  payload: Record<string, unknown>,
): Promise<bigint> {
  await lockWorkshopEvents(tx, workshopId);
  const prev = await tx.workshopEvent.findFirst({
    where: { workshopId },
    orderBy: { id: "desc" },
    select: { id: true },
  });
  const ev = await tx.workshopEvent.create({
    data: { workshopId, type, audience, payload: payload as object },
    select: { id: true },
  });
  await publishLive(tx, workshopId, `${ev.id}:${prev?.id ?? 0}`);
  return ev.id;
}

const eventSelect = { id: true, type: true, audience: true, payload: true } as const;

export async function eventsSince(
  workshopId: string,
  afterId: bigint,
  audience: LiveAudience,
  take = 1000,
): Promise<LiveEventRow[]> {
  return db.workshopEvent.findMany({
    where: { workshopId, id: { gt: afterId }, ...(audience === "all" ? { audience: "all" } : {}) },
    orderBy: { id: "asc" },
    take,
    select: eventSelect,
  });
}

export async function lastEventId(workshopId: string): Promise<bigint> {
  const last = await db.workshopEvent.findFirst({
    where: { workshopId },
    orderBy: { id: "desc" },
    select: { id: true },
  });
  return last?.id ?? 0n;
}

type LoadedEvent = LiveEventRow & { frame: Uint8Array };
// One database read (and one encoding) per event per process, however many streams wait for it.
const loading = new Map<bigint, Promise<LoadedEvent | null>>();
function loadEvent(id: bigint): Promise<LoadedEvent | null> {
  let p = loading.get(id);
  if (!p) {
    p = db.workshopEvent
      .findUnique({ where: { id }, select: eventSelect })
      .then((e) => e && { ...e, frame: encodeSse({ id: e.id, event: e.type, data: e.payload }) });
    loading.set(id, p);
    setTimeout(() => loading.delete(id), 30_000).unref?.();
  }
  return p;
}

export function parseNotification(data: string): { id: bigint; prev: bigint } | null {
  const m = /^(\d+):(\d+)$/.exec(data);
  return m ? { id: BigInt(m[1]), prev: BigInt(m[2]) } : null;
}

/** A notified event with its row when it could be read (null: the stream goes to the database). */
type Delivery = { id: bigint; prev: bigint; ev?: LoadedEvent | null };
type Follower = { deliver: (d: Delivery) => void; resync: () => void };
type Feed = { followers: Set<Follower>; unsubscribe: () => void; chain: Promise<void> };
const feeds = new Map<string, Feed>();

/**
 * One hub subscription per workshop and process, however many streams follow it: each notified
 * event is read once and then handed to every stream in one synchronous loop, in notification
 * order. A workshop of thousands of phones costs one function call per stream per event, not a
 * chain of promises each (docs/benchmarks.md, `bench:live-server`).
 */
function followWorkshop(workshopId: string, follower: Follower): () => void {
  let feed = feeds.get(workshopId);
  if (!feed) {
    const created: Feed = { followers: new Set(), unsubscribe: () => {}, chain: Promise.resolve() };
    created.unsubscribe = liveHub().subscribe(
      workshopId,
      (data) => {
        const n = parseNotification(data);
        if (!n) return;
        created.chain = created.chain.then(async () => {
          const ev = await loadEvent(n.id).catch(() => null);
          for (const f of created.followers) f.deliver({ ...n, ev });
        });
      },
      () => {
        for (const f of created.followers) f.resync();
      },
    );
    feeds.set(workshopId, (feed = created));
  }
  const current = feed;
  current.followers.add(follower);
  return () => {
    current.followers.delete(follower);
    if (current.followers.size === 0 && feeds.get(workshopId) === current) {
      feeds.delete(workshopId);
      current.unsubscribe();
    }
  };
}

/**
 * An SSE stream of a workshop's events. Without Last-Event-ID it opens with a `state`
 * snapshot (id = the last event so far); with one it first sends every event after it from
 * the database. Then it follows the notifications, going back to the database whenever it
 * sees a gap or the listener reconnected: nothing is missed, nothing is sent twice.
 */
export function workshopStream(
  request: Request,
  workshopId: string,
  audience: LiveAudience,
  snapshot: () => Promise<unknown>,
  /** For a signed-in viewer: asked every `recheckMs`; false (signed out, session ended) closes the stream. */
  recheck?: { allowed: () => Promise<boolean>; everyMs?: number },
): Response {
  return sseResponse(request.signal, async (sink) => {
    await liveHub().ready();
    let last: bigint = lastEventIdFrom(request) ?? -1n;
    let needCatchUp = last >= 0n;
    const queue: Delivery[] = [];
    let pumping = false;
    const send = (e: LiveEventRow) => {
      if (audience === "all" && e.audience !== "all") return;
      sink.send({ id: e.id, event: e.type, data: e.payload });
    };
    const pump = async () => {
      if (pumping || last < 0n) return;
      pumping = true;
      try {
        while (!sink.closed()) {
          if (needCatchUp) {
            needCatchUp = false;
            for (;;) {
              const rows = await eventsSince(workshopId, last, "staff");
              for (const r of rows) {
                if (sink.closed()) return;
                send(r);
                last = r.id;
              }
              if (rows.length < 1000) break;
            }
            continue;
          }
          const n = queue.shift();
          if (!n) break;
          if (n.id <= last) continue;
          if (n.prev !== last) {
            needCatchUp = true;
            continue;
          }
          const ev = n.ev === undefined ? await loadEvent(n.id) : n.ev;
          if (!ev) {
            needCatchUp = true;
            continue;
          }
          if (audience === "staff" || ev.audience === "all") sink.sendFrame(ev.frame);
          last = ev.id;
        }
      } catch (e) {
        console.error("[live] stream failed", e);
        sink.close();
      } finally {
        pumping = false;
      }
    };
    const unsubscribe = followWorkshop(workshopId, {
      deliver: (d) => {
        // the next event, read already, nothing waiting: sent here and now (the common case)
        if (!pumping && !needCatchUp && queue.length === 0 && last >= 0n && d.ev && d.prev === last) {
          if (audience === "staff" || d.ev.audience === "all") sink.sendFrame(d.ev.frame);
          last = d.ev.id;
          return;
        }
        queue.push(d);
        void pump();
      },
      resync: () => {
        needCatchUp = true;
        void pump();
      },
    });
    if (last < 0n) {
      const max = await lastEventId(workshopId);
      sink.send({ id: max, event: "state", data: await snapshot() });
      last = max;
    }
    void pump();
    const rechecking =
      recheck &&
      setInterval(() => {
        recheck.allowed().then(
          (ok) => ok || sink.close(),
          () => sink.close(),
        );
      }, recheck.everyMs ?? STREAM_RECHECK_MS);
    return () => {
      if (rechecking) clearInterval(rechecking);
      unsubscribe();
    };
  });
}

/** How often a staff stream checks that its session still stands (logout, password change, disabled). */
export const STREAM_RECHECK_MS = 15_000;
