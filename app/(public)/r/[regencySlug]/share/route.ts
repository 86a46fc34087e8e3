import { shareRedirect } from "@/lib/followers/share";

type Ctx = { params: Promise<{ regencySlug: string }> };

// The regency page's WhatsApp share link: counted, then on to wa.me (never anywhere else).
export async function GET(request: Request, { params }: Ctx) {
  return shareRedirect(request, (await params).regencySlug, { kind: "regency", ref: null });
}
