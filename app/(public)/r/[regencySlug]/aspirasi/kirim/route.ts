import { connection } from "next/server";
import { handleAspirationPost } from "@/lib/aspirations/public-post";
import { isSameOrigin } from "@/lib/http/origin";
import { clientIpFrom } from "@/lib/request-context";
import { translatorOf } from "@/lib/workshops/participant/http";

type Ctx = { params: Promise<{ regencySlug: string }> };

const seeOther = (location: string) =>
  new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });

// The public aspiration form posts here (multipart, works without JavaScript): 303 to the
// citizen's status page, or back to the form with the message and what they typed.
export async function POST(request: Request, { params }: Ctx) {
  await connection();
  const { regencySlug } = await params;
  if (!/^[a-z0-9-]{1,80}$/.test(regencySlug)) return new Response(null, { status: 404 });
  const { t } = translatorOf(request);
  if (!isSameOrigin(request))
    return new Response(t("common.errors.forbidden"), {
      status: 403,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  const out = await handleAspirationPost(request, regencySlug, clientIpFrom(request.headers), t);
  if (out.ok) return seeOther(`/r/${regencySlug}/aspirasi/${out.code}?baru=1`);
  const q = new URLSearchParams({ f: out.sealed });
  if (out.issue && /^\d{1,9}$/.test(out.issue)) q.set("isu", out.issue);
  return seeOther(`/r/${regencySlug}/aspirasi?${q}#kirim`);
}
