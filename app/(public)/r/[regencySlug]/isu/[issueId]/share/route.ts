import { shareRedirect } from "@/lib/followers/share";

type Ctx = { params: Promise<{ regencySlug: string; issueId: string }> };

// A public issue's WhatsApp share link: counted, then on to wa.me (never anywhere else).
export async function GET(request: Request, { params }: Ctx) {
  const { regencySlug, issueId } = await params;
  if (!/^[1-9]\d{0,8}$/.test(issueId)) return new Response("Not found", { status: 404 });
  return shareRedirect(request, regencySlug, { kind: "issue", ref: issueId });
}
