import { shareRedirect } from "@/lib/followers/share";

type Ctx = { params: Promise<{ regencySlug: string; pieceSlug: string }> };

// A published piece's WhatsApp share link: counted (for its regency), then on to wa.me.
export async function GET(request: Request, { params }: Ctx) {
  const { regencySlug, pieceSlug } = await params;
  return shareRedirect(request, regencySlug, { kind: "piece", ref: pieceSlug });
}
