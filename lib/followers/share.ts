import "server-only";
import { originFrom } from "@/lib/http/public-origin";
import { translatorFor } from "@/lib/i18n/server";
import { countShare } from "./attention";
import { findPublicTarget } from "./public-queries";
import type { FollowTarget } from "./schemas";

// The WhatsApp share link of a public page goes through /r/<slug>/…/share, which counts the click
// and sends the browser on to wa.me with the page's title and address. The destination is built
// here from the page itself: nothing in the request chooses it, and only wa.me is ever the target.

export const SHARE_HOST = "wa.me";

/** Whether a URL is one this redirect may send to: https://wa.me/… and nothing else. */
export function isShareTarget(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === "https:" && u.hostname === SHARE_HOST && !u.port && !u.username && !u.password;
  } catch {
    return false;
  }
}

/** https://wa.me/?text=<text>; throws if it somehow is not wa.me (never redirect elsewhere). */
export function whatsAppShareUrl(text: string): string {
  const url = `https://${SHARE_HOST}/?text=${encodeURIComponent(text)}`;
  if (!isShareTarget(url)) throw new Error("share target is not wa.me");
  return url;
}

/** GET /r/<slug>[/isu/<n>|/<piece>]/share: count, then 303 to wa.me; 404 for what is not public. */
export async function shareRedirect(request: Request, regencySlug: string, target: FollowTarget): Promise<Response> {
  const found = await findPublicTarget(regencySlug, target);
  if (!found) return new Response("Not found", { status: 404 });
  await countShare(
    { regencyId: found.regencyId, issueId: found.issueId },
    request.headers.get("user-agent")?.slice(0, 300) ?? null,
  );
  const t = translatorFor("id");
  const title =
    target.kind === "regency" ? `${t(`regencyKind.${found.regencyKind}`)} ${found.regencyName}` : found.title;
  const location = whatsAppShareUrl(`${title} ${originFrom(request.headers)}${found.path}`);
  return new Response(null, {
    status: 303,
    headers: { Location: location, "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" },
  });
}
