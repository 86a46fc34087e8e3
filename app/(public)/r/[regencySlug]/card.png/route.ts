import { connection } from "next/server";
import { getT } from "@/lib/i18n/server";
import { shareCard } from "@/lib/publications/share-card";
import { getCardRegency } from "@/lib/regencies/public-queries";

const SLUG = /^[a-z0-9-]{1,120}$/;

// The share card of a regency's public page.
export async function GET(_req: Request, { params }: { params: Promise<{ regencySlug: string }> }) {
  await connection();
  const { regencySlug } = await params;
  const regency = SLUG.test(regencySlug) ? await getCardRegency(regencySlug) : null;
  if (!regency) return new Response("Not found", { status: 404 });
  const t = await getT();
  const name = `${t(`regencyKind.${regency.kind}`)} ${regency.name}`;
  return shareCard({
    kicker: t("regencies.national.cardKicker"),
    title: name,
    regency: { ...regency, name },
    footer: `mekar · /r/${regency.slug}`,
  });
}
