import pg from "pg";
import { directDatabaseUrl } from "@/lib/env";

/** The one Postgres channel every live topic travels on. */
export const LIVE_CHANNEL = "mekar_live";

type Listener = (data: string) => void;
type Subscriber = { onMessage: Listener; onResync?: () => void };

/**
 * One dedicated connection per process runs LISTEN and fans each notification out to the
 * in-memory subscribers of its topic. A notification is `<topic>|<data>`; data stays small
 * (ids, not documents). If the connection drops, notifications sent meanwhile are lost, so
 * after reconnecting every subscriber is told to resync (catch up from the database).
 */
export class LiveHub {
  private client: pg.Client | null = null;
  private connecting: Promise<void> | null = null;
  private topics = new Map<string, Set<Subscriber>>();
  private stopped = false;
  private retryTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly url: string,
    private readonly channel = LIVE_CHANNEL,
  ) {}

  /** Connects (once); resolves when LISTEN is active. */
  ready(): Promise<void> {
    if (this.client) return Promise.resolve();
    this.connecting ??= this.connect().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url, keepAlive: true });
    client.on("notification", (msg) => {
      if (msg.channel !== this.channel || !msg.payload) return;
      const bar = msg.payload.indexOf("|");
      if (bar < 0) return;
      const subs = this.topics.get(msg.payload.slice(0, bar));
      if (!subs) return;
      const data = msg.payload.slice(bar + 1);
      for (const s of subs) {
        try {
          s.onMessage(data);
        } catch (e) {
          console.error("[live] subscriber failed", e);
        }
      }
    });
    client.on("error", () => this.lost(client));
    client.on("end", () => this.lost(client));
    await client.connect();
    await client.query(`LISTEN ${this.channel}`);
    this.client = client;
  }

  private lost(client: pg.Client) {
    if (this.client !== client) return;
    this.client = null;
    if (this.stopped) return;
    const retry = () => {
      this.retryTimer = null;
      this.ready().then(
        () => {
          for (const subs of this.topics.values()) for (const s of subs) s.onResync?.();
        },
        () => {
          if (!this.stopped) this.retryTimer = setTimeout(retry, 1000);
        },
      );
    };
    this.retryTimer = setTimeout(retry, 200);
  }

  /** Follows a topic; returns the unsubscribe function. */
  subscribe(topic: string, onMessage: Listener, onResync?: () => void): () => void {
    const sub: Subscriber = { onMessage, onResync };
    let set = this.topics.get(topic);
    if (!set) this.topics.set(topic, (set = new Set()));
    set.add(sub);
    return () => {
      set.delete(sub);
      if (set.size === 0 && this.topics.get(topic) === set) this.topics.delete(topic);
    };
  }

  subscriberCount(topic?: string): number {
    if (topic) return this.topics.get(topic)?.size ?? 0;
    let n = 0;
    for (const s of this.topics.values()) n += s.size;
    return n;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const c = this.client;
    this.client = null;
    await c?.end().catch(() => {});
  }
}

/** The notification text for a topic; refuses payloads near Postgres's 8000-byte limit. */
export function livePayload(topic: string, data: string): string {
  const payload = `${topic}|${data}`;
  if (Buffer.byteLength(payload) > 7900) throw new Error("live payload too large: send ids, not documents");
  return payload;
}

// One hub per server process (kept on globalThis so dev reloads do not open new connections).
const g = globalThis as unknown as { __mekarLiveHub?: LiveHub };

/**
 * LISTEN holds a session: through PgBouncer in transaction mode the connection would go back to
 * the pool after the statement and the notifications to whoever has it next. So the hub connects
 * straight to Postgres (DIRECT_DATABASE_URL, else DATABASE_URL); NOTIFY itself is sent in the
 * writing transaction and may go through the pooler.
 */
export function liveHub(): LiveHub {
  return (g.__mekarLiveHub ??= new LiveHub(directDatabaseUrl()));
}
