import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES } from "./locales";
import { loadMessages } from "./messages";
import { createTranslator, leafKeys, lookup } from "./translate";

const dir = path.join(process.cwd(), "messages");

describe("translations", () => {
  it("has the same files and keys in Indonesian and English, with the same placeholders", () => {
    expect(readdirSync(path.join(dir, "en")).sort()).toEqual(readdirSync(path.join(dir, "id")).sort());
    const id = loadMessages("id", dir);
    const en = loadMessages("en", dir);
    expect(leafKeys(en).sort()).toEqual(leafKeys(id).sort());
    for (const key of leafKeys(id)) {
      const vars = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(vars(lookup(en, key)!), key).toEqual(vars(lookup(id, key)!));
      expect(lookup(id, key)!.trim(), `${key} is empty`).not.toBe("");
    }
  });

  it("speaks the officials' vocabulary by default", () => {
    const t = createTranslator(loadMessages("id", dir));
    expect(t("auth.password")).toBe("Kata sandi");
    expect(t("auth.login")).toBe("Masuk");
    expect(t("auth.errors.tooManyAttempts")).toBe("Terlalu banyak percobaan, coba lagi nanti.");
    expect(t("common.validation.tooShort", { min: 10 })).toBe("Minimal 10 karakter.");
    expect(LOCALES[0]).toBe("id");
  });
});
