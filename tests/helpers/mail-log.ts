import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { E2E_DATA_DIR } from "./e2e-db";

/** One mail the app under test "sent": without SMTP_URL it appends each to MEKAR_MAIL_LOG (playwright.config.ts). */
export type LoggedMail = {
  to: string;
  subject: string;
  text: string;
  link: string | null;
  headers?: Record<string, string>;
};

/** Every mail logged so far to `to`, oldest first. */
export function mailsTo(to: string): LoggedMail[] {
  const file = path.join(E2E_DATA_DIR, "mail.log");
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as LoggedMail)
    .filter((m) => m.to === to);
}

/** The path (and query) of the first link in a mail's text that goes to `pathPrefix`. */
export function linkIn(mail: LoggedMail, pathPrefix: string): string | null {
  const m = new RegExp(`(?:https?://[^/\\s]+)?(${pathPrefix.replace(/[/?]/g, "\\$&")}[^\\s>]*)`).exec(mail.text);
  return m ? m[1] : null;
}
