import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./safe-redirect";

describe("safeRedirectPath", () => {
  it.each([
    ["/issues/12", "/issues/12"],
    ["/issues?status=open#list", "/issues?status=open#list"],
    ["/r/kab-contoh/isu/3", "/r/kab-contoh/isu/3"],
    ["/a/../b", "/b"],
    ["/%2F%2Fevil.example", "/%2F%2Fevil.example"], // stays a path on this site
  ])("keeps the same-site path %j", (raw, expected) => {
    expect(safeRedirectPath(raw, "/home")).toBe(expected);
  });

  it.each([
    "/\t/evil.example/x", // the reported one: %2F%09%2Fevil.example%2Fx decoded
    "/\n/evil.example",
    "/\r\n/evil.example",
    "\t//evil.example",
    " //evil.example",
    "//evil.example",
    "///evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "/\\/evil.example",
    "/.//evil.example", // resolves to "//evil.example"
    "https://evil.example/x",
    "http:evil.example",
    "HTTPS://evil.example",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "evil.example",
    "./x",
    "",
    "/\u0000/evil.example",
    "/\u007f/evil.example",
    "/x".padEnd(3000, "x"),
    null,
    undefined,
    42,
  ])("refuses %j", (raw) => {
    expect(safeRedirectPath(raw, "/home")).toBe("/home");
  });

  it("defaults to the dashboard", () => {
    expect(safeRedirectPath("//evil.example")).toBe("/dashboard");
  });
});
