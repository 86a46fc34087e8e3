import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { decodeBase32IgnorePadding, encodeBase32NoPadding } from "@oslojs/encoding";
import { createTOTPKeyURI, generateHOTP } from "@oslojs/otp";

// RFC 6238 with the defaults every authenticator app knows: SHA-1, 30-second steps, 6 digits.
export const TOTP_PERIOD_SECONDS = 30;
const DIGITS = 6;
// a code of the step before or after also counts (phone clocks drift)
const DRIFT_STEPS = 1;

/** A new 160-bit secret, base32 as authenticator apps take it. */
export function newTotpSecret(): string {
  return encodeBase32NoPadding(randomBytes(20));
}

export function totpStep(now: number = Date.now()): bigint {
  return BigInt(Math.floor(now / 1000 / TOTP_PERIOD_SECONDS));
}

export function totpCode(secret: string, step: bigint = totpStep()): string {
  return generateHOTP(decodeBase32IgnorePadding(secret), step, DIGITS);
}

/** The time step a code belongs to (within the drift window), or null when it matches none. */
export function matchTotpStep(secret: string, code: string, now: number = Date.now()): bigint | null {
  if (!/^\d{6}$/.test(code)) return null;
  const current = totpStep(now);
  let matched: bigint | null = null;
  // every candidate is compared, so the time taken does not tell which one matched
  for (let d = -DRIFT_STEPS; d <= DRIFT_STEPS; d++) {
    const step = current + BigInt(d);
    if (timingSafeEqual(Buffer.from(totpCode(secret, step)), Buffer.from(code)) && matched === null) matched = step;
  }
  return matched;
}

export function totpUri(secret: string, accountName: string): string {
  return createTOTPKeyURI("Mekar", accountName, decodeBase32IgnorePadding(secret), TOTP_PERIOD_SECONDS, DIGITS);
}

/** Codes are typed with spaces or dashes now and then; compare without them, lower-case. */
export function normalizeCode(code: string): string {
  return code.replace(/[\s-]/g, "").toLowerCase();
}

// Recovery codes: 10 characters of base32 (50 bits), shown as xxxxx-xxxxx, stored as SHA-256
// (they are random, so a slow hash adds nothing).
export const RECOVERY_CODE_COUNT = 10;

export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const raw = encodeBase32NoPadding(randomBytes(7)).slice(0, 10).toLowerCase();
    return `${raw.slice(0, 5)}-${raw.slice(5)}`;
  });
}

export function hashRecoveryCode(code: string): string {
  return createHash("sha256").update(normalizeCode(code)).digest("hex");
}
