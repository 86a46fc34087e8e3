// A refused form must show again exactly what the user sent, in every kind of field (issue 13):
// the echo keeps every value of a repeated key (checkbox groups), in order, under the key's own
// name, and never a password.
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { echoValues, formAction } from "@/lib/action-state";
import type { Actor } from "@/lib/auth/actor";
import { actorFor, DEMO } from "@/tests/helpers/actors";

let current: Actor | null = null;
vi.mock("@/lib/auth/session", () => ({ getActor: async () => current, requireActor: async () => current }));

function form(entries: [string, string][]): FormData {
  const fd = new FormData();
  for (const [k, v] of entries) fd.append(k, v);
  return fd;
}

describe("echoValues", () => {
  it("keeps every value of a repeated key, in order, under the name the field has", () => {
    const fd = form([
      ["title", "Jalan rusak"],
      ["issueIds[]", "b"],
      ["issueIds[]", "a"],
      ["supportingPositionIds", "p1"],
      ["supportingPositionIds", "p2"],
      ["supportingPositionIds", "p3"],
      ["isPublic", "on"],
    ]);
    expect(echoValues(fd)).toEqual({
      title: ["Jalan rusak"],
      "issueIds[]": ["b", "a"],
      supportingPositionIds: ["p1", "p2", "p3"],
      isPublic: ["on"],
    });
  });

  it("leaves out passwords, files and React's own keys", () => {
    const fd = form([
      ["email", "a@b.test"],
      ["password", "rahasia"],
      ["newPassword", "rahasia2"],
      ["$ACTION_ID_abc", ""],
    ]);
    fd.append("file", new File(["x"], "x.txt"));
    expect(echoValues(fd)).toEqual({ email: ["a@b.test"] });
  });
});

describe("formAction echo", () => {
  it("a refused form gets back every value of every field, a group's included", async () => {
    current = await actorFor(DEMO.coordinator);
    const action = formAction(
      z.object({ title: z.string().min(3), tags: z.array(z.string()), kind: z.string() }),
      async () => undefined,
      "signed-in",
    );
    const state = await action(
      { status: "idle" },
      form([
        ["title", ""],
        ["tags[]", "x"],
        ["tags[]", "y"],
        ["kind", "radio"],
      ]),
    );
    expect(state.status).toBe("error");
    expect(state.fieldErrors?.title).toBeTruthy();
    expect(state.values).toEqual({ title: [""], "tags[]": ["x", "y"], kind: ["radio"] });
  });
});
