import { describe, expect, it } from "vitest";
import { trustedProxies } from "./env";

describe("TRUST_PROXY", () => {
  it.each([
    [undefined, []],
    ["", []],
    ["false", []],
    ["0", []],
    ["true", ["loopback"]],
    ["1", ["loopback"]],
    ["loopback, 10.0.0.0/8", ["loopback", "10.0.0.0/8"]],
    ["192.0.2.10,2001:db8::/32,uniquelocal", ["192.0.2.10", "2001:db8::/32", "uniquelocal"]],
  ])("%j trusts %j", (raw, expected) => {
    expect(trustedProxies(raw)).toEqual(expected);
  });

  it.each(["yes", "10.0.0.0/33", "300.1.1.1", "10.0.0.1/8/2", "proxy.example", ","])(
    "refuses %j in one line",
    (raw) => {
      expect(() => trustedProxies(raw)).toThrow(/^TRUST_PROXY is not valid/);
    },
  );
});
