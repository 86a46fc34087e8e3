import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/db";
import { formatSse } from "./sse";
import { LiveHub, livePayload } from "./hub";
import { publishLive } from "./publish";

// Two hubs = two server instances, each with its own LISTEN connection; a third client
// publishes as a server action on another instance would.
const url = process.env.DATABASE_URL!;
const hubA = new LiveHub(url);
const hubB = new LiveHub(url);
const publisher = createDb(url);

afterAll(async () => {
  await hubA.stop();
  await hubB.stop();
  await publisher.$disconnect();
});

function next(hub: LiveHub, topic: string): Promise<string> {
  return new Promise((resolve) => {
    const off = hub.subscribe(topic, (d) => {
      off();
      resolve(d);
    });
  });
}

describe("live hub (LISTEN/NOTIFY across instances)", () => {
  it("a message published by one instance reaches the subscribers of every instance, only for its topic", async () => {
    await Promise.all([hubA.ready(), hubB.ready()]);
    const topic = crypto.randomUUID();
    const other: string[] = [];
    const offOther = hubA.subscribe(crypto.randomUUID(), (d) => other.push(d));
    const gotA = next(hubA, topic);
    const gotB = next(hubB, topic);
    await publisher.$transaction(async (tx) => publishLive(tx, topic, "42:41"));
    expect(await gotA).toBe("42:41");
    expect(await gotB).toBe("42:41");
    expect(other).toEqual([]);
    offOther();
    expect(hubA.subscriberCount(topic)).toBe(0);
  });

  it("nothing is delivered before the publishing transaction commits, and nothing if it rolls back", async () => {
    await Promise.all([hubA.ready(), hubB.ready()]);
    const topic = crypto.randomUUID();
    const seen: string[] = [];
    const off = hubB.subscribe(topic, (d) => seen.push(d));
    await publisher
      .$transaction(async (tx) => {
        await publishLive(tx, topic, "1:0");
        throw new Error("rollback");
      })
      .catch(() => {});
    const got = next(hubB, topic);
    await publisher.$transaction(async (tx) => publishLive(tx, topic, "2:0"));
    expect(await got).toBe("2:0");
    expect(seen).toEqual(["2:0"]);
    off();
  });

  it("after its connection is cut, a hub reconnects and tells subscribers to resync", async () => {
    const topic = crypto.randomUUID();
    // both hubs lose their connection; wait for both so the other tests (in any order) find them listening
    const resynced = [hubA, hubB].map(
      (hub) =>
        new Promise<void>((resolve) => {
          const off = hub.subscribe(
            topic,
            () => {},
            () => {
              off();
              resolve();
            },
          );
        }),
    );
    await Promise.all([hubA.ready(), hubB.ready()]);
    await publisher.$executeRawUnsafe(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN %' AND pid <> pg_backend_pid()`,
    );
    await Promise.all(resynced);
    const got = next(hubA, topic);
    await publisher.$transaction(async (tx) => publishLive(tx, topic, "3:2"));
    expect(await got).toBe("3:2");
  });

  it("refuses payloads that are documents rather than ids", () => {
    expect(() => livePayload("t", "x".repeat(8000))).toThrow(/too large/);
  });

  it("frames SSE events on single data lines", () => {
    expect(formatSse({ id: 7n, event: "results", data: { text: "a\nb</script>" } })).toBe(
      'id: 7\nevent: results\ndata: {"text":"a\\nb</script>"}\n\n',
    );
  });
});
