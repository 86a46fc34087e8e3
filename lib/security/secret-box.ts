import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

// Secrets Mekar must use again later (a regency's WhatsApp gateway token) are stored sealed with
// AES-256-GCM under a key derived from AUTH_SECRET for that purpose: a copy of the database (a
// backup, an SQL read) does not give them away. A database restored under another AUTH_SECRET
// cannot open them: the owner enters the secret again (openSecret answers null, never garbage).

const PREFIX = "v1.";

function keyFor(purpose: string): Buffer {
  const secret = process.env.AUTH_SECRET;
  if (!secret || secret.length < 16) throw new Error("AUTH_SECRET is required to seal stored secrets");
  return Buffer.from(hkdfSync("sha256", secret, "mekar-secret-box", purpose, 32));
}

/** "v1.<iv>.<tag>.<ciphertext>" (base64url); the purpose binds it to one use. */
export function sealSecret(plain: string, purpose: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFor(purpose), iv);
  const ct = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return PREFIX + [iv, cipher.getAuthTag(), ct].map((b) => b.toString("base64url")).join(".");
}

/** The secret, or null when it was sealed under another key or purpose. A value stored before
 * sealing existed (no prefix) is returned as it is, and sealed on its next save. */
export function openSecret(stored: string, purpose: string): string | null {
  if (!stored.startsWith(PREFIX)) return stored;
  const [iv, tag, ct] = stored
    .slice(PREFIX.length)
    .split(".")
    .map((p) => Buffer.from(p, "base64url"));
  if (!iv || !tag || !ct || iv.length !== 12 || tag.length !== 16) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", keyFor(purpose), iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(ct), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
