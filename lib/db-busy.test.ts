// A burst that exhausts the database connections must reach the user as "Mekar sedang sibuk,
// coba lagi." with their input kept — never as an error page (issue 12, defect 4).
import { PrismaPg } from "@prisma/adapter-pg";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { formAction } from "@/lib/action-state";
import type { Actor } from "@/lib/auth/actor";
import { db, isBusyError } from "@/lib/db";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PARTICIPANT_COOKIE, newBrowserCookie } from "@/lib/workshops/participant/cookie";
import { participantPost } from "@/lib/workshops/participant/post";
import { actorFor, DEMO } from "@/tests/helpers/actors";

let current: Actor | null = null;
vi.mock("@/lib/auth/session", () => ({ getActor: async () => current, requireActor: async () => current }));

/** A client with one connection, held by a transaction until release() is called. */
async function exhaustedClient() {
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: 1 }),
    transactionOptions: { maxWait: 300 },
  });
  let release!: () => void;
  let started!: () => void;
  const ready = new Promise<void>((r) => (started = r));
  const holder = client.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT 1`;
      started();
      await new Promise<void>((r) => (release = r));
    },
    { maxWait: 60_000, timeout: 60_000 },
  ); // the holder itself may wait on a loaded machine
  await ready;
  return {
    client,
    done: async () => {
      release();
      await holder;
      await client.$disconnect();
    },
  };
}

describe("a transaction that cannot start", () => {
  it("is recognised as 'busy'", async () => {
    const { client, done } = await exhaustedClient();
    try {
      const err = await client
        .$transaction((tx) => tx.$queryRaw`SELECT 1`)
        .then(
          () => null,
          (e: unknown) => e,
        );
      expect(err).not.toBeNull();
      expect(isBusyError(err)).toBe(true);
      expect(isBusyError(new Error("something else"))).toBe(false);
    } finally {
      await done();
    }
  });

  it("answers the form with the translated 'busy' message and keeps the input", async () => {
    current = await actorFor(DEMO.admin);
    const { client, done } = await exhaustedClient();
    try {
      const action = formAction(
        z.object({ title: z.string() }),
        async () => {
          await client.$transaction((tx) => tx.$queryRaw`SELECT 1`);
        },
        "signed-in",
      );
      const fd = new FormData();
      fd.set("title", "Jalan rusak");
      const state = await action({ status: "idle" }, fd);
      expect(state).toMatchObject({
        status: "error",
        message: "Mekar sedang sibuk, coba lagi.",
        values: { title: ["Jalan rusak"] },
      });
    } finally {
      await done();
    }
  });

  it("answers a workshop participant's post 503 'busy' (the script sends it again), never a 500", async () => {
    const w = await db.workshop.findFirstOrThrow({ where: { code: "ISUPGD" }, select: { id: true, code: true } });
    const cookie = newBrowserCookie();
    await db.workshopParticipant.create({ data: { workshopId: w.id, browserId: cookie.browserId, name: "Uji sibuk" } });
    const { client, done } = await exhaustedClient();
    const post = (json: boolean) =>
      participantPost(
        new Request(`http://mekar.test/api/workshops/join/${w.code}/submit`, {
          method: "POST",
          headers: {
            host: "mekar.test",
            origin: "http://mekar.test",
            accept: json ? "application/json" : "text/html",
            "content-type": json ? "application/json" : "application/x-www-form-urlencoded",
            cookie: `${PARTICIPANT_COOKIE}=${cookie.value}`,
          },
          body: json ? JSON.stringify({ activityId: crypto.randomUUID() }) : `activityId=${crypto.randomUUID()}`,
        }),
        w.code,
        async () => {
          await client.$transaction((tx) => tx.$queryRaw`SELECT 1`);
          return { status: "saved" } as never;
        },
      );
    try {
      const res = await post(true);
      expect(res.status).toBe(503);
      expect(res.headers.get("retry-after")).toBe("2");
      expect(await res.json()).toMatchObject({ code: "BUSY", error: "Mekar sedang sibuk, coba lagi." });
      const page = await post(false);
      expect(page.status).toBe(303);
      expect(page.headers.get("location")).toContain("error=common.errors.busy");
    } finally {
      await done();
      await db.workshopParticipant.deleteMany({ where: { browserId: cookie.browserId } });
    }
  });
});
