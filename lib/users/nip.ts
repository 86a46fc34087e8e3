import { z } from "zod";

// NIP (Nomor Induk Pegawai) of a civil servant: 18 digits, PP 11/2017 and BKN rules —
// date of birth YYYYMMDD, month of appointment (TMT CPNS) YYYYMM, sex 1 (male) or 2 (female),
// a 3-digit serial. Typed with or without the customary spaces ("19800101 200501 1 001").

/** True when the 18 digits read as a NIP: a real birth date, a real appointment month, sex 1 or 2. */
export function isValidNip(digits: string): boolean {
  if (!/^\d{18}$/.test(digits)) return false;
  const [y, m, d] = [Number(digits.slice(0, 4)), Number(digits.slice(4, 6)), Number(digits.slice(6, 8))];
  const birth = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || birth.getUTCFullYear() !== y || birth.getUTCMonth() !== m - 1 || birth.getUTCDate() !== d)
    return false;
  const [ty, tm] = [Number(digits.slice(8, 12)), Number(digits.slice(12, 14))];
  if (ty < y + 15 || tm < 1 || tm > 12) return false;
  return digits[14] === "1" || digits[14] === "2";
}

/** "198001012005011001" → "19800101 200501 1 001", the way it is printed under a signature. */
export function formatNip(nip: string): string {
  return /^\d{18}$/.test(nip) ? `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip[14]} ${nip.slice(15)}` : nip;
}

/** An optional NIP from a form: empty means none; spaces, dots and dashes are dropped before checking. */
export const nipSchema = z
  .string()
  .trim()
  .max(40)
  .transform((v) => v.replace(/[\s.\-]/g, ""))
  .refine((v) => v === "" || isValidNip(v), { message: "users.errors.nip" })
  .transform((v) => v || null);

export const updateOwnNipSchema = z.object({ nip: nipSchema });
