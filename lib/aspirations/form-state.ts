import "server-only";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { openSecret, sealSecret } from "@/lib/security/secret-box";

// The public form works without JavaScript: a refused post is redirected back to the form page
// (303) with what was typed and why, sealed (AES-GCM, lib/security/secret-box.ts) into the URL
// so that neither the sender's name and contact nor their text appear in a log or a Referer in
// clear, and nothing is kept on the server. It expires after an hour. Never the photo.

export type PublicFormState = {
  message: string;
  fieldErrors: Record<string, string[]>;
  values: Record<string, string>;
};

const PURPOSE = "aspiration-form";
const TTL_MS = 3600_000;

export function sealFormState(state: PublicFormState, now = Date.now()): string {
  const json = JSON.stringify({ ...state, at: now });
  return sealSecret(deflateRawSync(Buffer.from(json, "utf8")).toString("base64"), PURPOSE);
}

export function openFormState(sealed: string | undefined, now = Date.now()): PublicFormState | null {
  if (!sealed || sealed.length > 20_000 || !sealed.startsWith("v1.")) return null;
  const plain = openSecret(sealed, PURPOSE);
  if (!plain) return null;
  try {
    const v = JSON.parse(inflateRawSync(Buffer.from(plain, "base64")).toString("utf8")) as PublicFormState & {
      at: number;
    };
    if (typeof v.at !== "number" || now - v.at > TTL_MS) return null;
    return { message: String(v.message), fieldErrors: v.fieldErrors ?? {}, values: v.values ?? {} };
  } catch {
    return null;
  }
}
