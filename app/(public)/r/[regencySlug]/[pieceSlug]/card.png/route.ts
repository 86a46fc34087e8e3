import { connection } from "next/server";
import { getT } from "@/lib/i18n/server";
import { getPublicPiece } from "@/lib/publications/public-queries";
import { shareCard } from "@/lib/publications/share-card";
import { getCardRegency } from "@/lib/regencies/public-queries";

const SLUG = /^[a-z0-9-]{1,120}$/;

// The share card of a published piece without a photo (only published, public text is drawn).
export async function GET(_req: Request, { params }: { params: Promise<{ regencySlug: string; pieceSlug: string }> }) {
  await connection();
  const { regencySlug, pieceSlug } = await params;
  if (!SLUG.test(regencySlug) || !SLUG.test(pieceSlug)) return new Response("Not found", { status: 404 });
  const [piece, regency] = await Promise.all([getPublicPiece(regencySlug, pieceSlug), getCardRegency(regencySlug)]);
  if (!piece || !regency) return new Response("Not found", { status: 404 });
  const t = await getT();
  const name = `${t(`regencyKind.${regency.kind}`)} ${regency.name}`;
  return shareCard({
    kicker: t(`publications.kinds.${piece.kind}`),
    title: piece.withdrawnAt ? t("publications.public.withdrawnTitle") : piece.current.title,
    regency: { ...regency, name },
    footer: `mekar · /r/${regency.slug}`,
  });
}
