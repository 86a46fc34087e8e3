import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createIssue } from "@/lib/issues/mutations";
import { actorFor, DEMO, regencyId } from "@/tests/helpers/actors";

describe("form keys (idempotency)", () => {
  it("gives a re-sent form its first record, but refuses the key to any other user and keeps their record out of the first", async () => {
    const [coordinator, malakaCoordinator] = await Promise.all([
      actorFor(DEMO.coordinator),
      actorFor(DEMO.malakaCoordinator),
    ]);
    const key = randomUUID();
    const form = { idempotencyKey: key, description: "", category: "infrastructure" as const, impact: 3, urgency: 3 };
    const first = await createIssue(coordinator, {
      ...form,
      regencyId: await regencyId("pangandaran"),
      title: "Jembatan Cijulang retak",
    });
    // the same user re-sending: the same record, not a second one
    expect(
      await createIssue(coordinator, {
        ...form,
        regencyId: await regencyId("pangandaran"),
        title: "Jembatan Cijulang retak",
      }),
    ).toEqual(first);
    // another user (another regency) with the same key: refused with a message, not redirected to the first record
    const replay = createIssue(malakaCoordinator, {
      ...form,
      regencyId: await regencyId("malaka"),
      title: "Air bersih Betun",
    });
    await expect(replay).rejects.toBeInstanceOf(AppError);
    await expect(replay).rejects.toMatchObject({ userMessage: "common.errors.formKeyForeign" });
    expect(await db.issue.count({ where: { title: "Air bersih Betun" } })).toBe(0);
  });
});
