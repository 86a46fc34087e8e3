import { describe, expect, it } from "vitest";
import { formDataToObject } from "@/lib/action-state";
import { readSmallBody } from "@/lib/workshops/participant/http";

// A NUL in any text a client sends would reach Postgres, which refuses it (a 500): forms, the
// participant posts (form and JSON) drop it; a URL with one is refused by the front server.
describe("NUL characters from clients", () => {
  it("are dropped from server-action form fields", () => {
    const form = new FormData();
    form.set("title", "Jalan\u0000 rusak");
    form.append("tags[]", "a\u0000");
    form.append("tags[]", "b");
    expect(formDataToObject(form)).toEqual({ title: "Jalan rusak", tags: ["a", "b"] });
  });

  it("are dropped from a participant's form or JSON post", async () => {
    const post = (body: string, type: string) =>
      readSmallBody(new Request("http://localhost/x", { method: "POST", body, headers: { "content-type": type } }));
    expect(await post("text=halo%00dunia&choices=1%00", "application/x-www-form-urlencoded")).toEqual({
      text: "halodunia",
      choices: ["1"],
    });
    expect(await post('{"text":"halo\\u0000dunia","n":[1]}', "application/json")).toEqual({
      text: "halodunia",
      n: [1],
    });
  });
});
