import { getT } from "@/lib/i18n/server";
import { shareCard } from "@/lib/publications/share-card";

// The national portal's share card.
export async function GET() {
  const t = await getT();
  return shareCard({
    kicker: t("regencies.national.cardKicker"),
    title: t("regencies.national.title"),
    regency: null,
    footer: "Mekar",
  });
}
