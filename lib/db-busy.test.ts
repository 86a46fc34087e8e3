// A burst that exhausts the database connections must reach the user as "Mekar sedang sibuk,
// coba lagi." with their input kept — never as an error page (issue 12, defect 4).
import { PrismaPg } from "@prisma/adapter-pg";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { formAction } from "@/lib/action-state";
import type { Actor } from "@/lib/auth/actor";
import { isBusyError } from "@/lib/db";
import { PrismaClient } from "@/lib/generated/prisma/client";
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
});
