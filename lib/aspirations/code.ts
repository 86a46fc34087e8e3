import { randomInt } from "node:crypto";

// The citizen's tracking code: 12 characters from an alphabet without look-alikes (no 0/O, 1/I/L,
// U), written in three groups ("K7M2-QX9D-3FHP"): about 58 bits, so guessing one is hopeless,
// and short enough to write on paper or read out on the phone.
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

export function newTrackingCode(): string {
  const chars = Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return [0, 4, 8].map((i) => chars.slice(i, i + 4).join("")).join("-");
}

/** What a citizen typed ("k7m2 qx9d 3fhp", "K7M2QX9D3FHP") as a stored code, or null. */
export function normalizeTrackingCode(raw: string): string | null {
  const s = raw.toUpperCase().replace(/[\s-]/g, "");
  if (s.length !== 12 || [...s].some((c) => !ALPHABET.includes(c))) return null;
  return `${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8)}`;
}
