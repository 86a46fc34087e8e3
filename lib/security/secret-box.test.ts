import { beforeEach, describe, expect, it } from "vitest";
import { openSecret, sealSecret } from "./secret-box";

describe("stored secrets", () => {
  beforeEach(() => {
    process.env.AUTH_SECRET = "unit-secret-unit-secret-unit-secret";
  });

  it("are sealed (the plain text is nowhere in the stored form) and open again for their purpose", () => {
    const sealed = sealSecret("token-rahasia-123", "gateway");
    expect(sealed).toMatch(/^v1\./);
    expect(sealed).not.toContain("token-rahasia-123");
    expect(sealSecret("token-rahasia-123", "gateway")).not.toBe(sealed); // a fresh IV each time
    expect(openSecret(sealed, "gateway")).toBe("token-rahasia-123");
  });

  it("do not open for another purpose, under another AUTH_SECRET, or when tampered with", () => {
    const sealed = sealSecret("token-rahasia-123", "gateway");
    expect(openSecret(sealed, "other")).toBeNull();
    const parts = sealed.split(".");
    parts[3] = Buffer.from("xxxxxxxxxxxxxxxxx").toString("base64url");
    expect(openSecret(parts.join("."), "gateway")).toBeNull();
    expect(openSecret("v1.bad", "gateway")).toBeNull();
    process.env.AUTH_SECRET = "another-deployment-secret-value";
    expect(openSecret(sealed, "gateway")).toBeNull();
  });

  it("read a value stored before sealing existed as it is (it is sealed on its next save)", () => {
    expect(openSecret("plain-old-token", "gateway")).toBe("plain-old-token");
  });
});
