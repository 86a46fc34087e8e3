import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { AspirationStatusView } from "@/components/aspirations/aspiration-status-view";
import { PublicShell } from "@/components/publications/public-shell";
import { getAspirationByCode } from "@/lib/aspirations/public-queries";
import { getLocale, getT } from "@/lib/i18n/server";

type Props = {
  params: Promise<{ regencySlug: string; code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  // a status page is the citizen's own: never indexed, never shared with a preview
  return { title: (await getT())("aspirations.public.statusTitle"), robots: { index: false, follow: false } };
}

/** A citizen's aspiration by its tracking code: its status history and the answers to it. */
export default async function AspirationStatusPage({ params, searchParams }: Props) {
  await connection();
  const { regencySlug, code } = await params;
  if (!/^[a-z0-9-]{1,80}$/.test(regencySlug) || code.length > 40) notFound();
  const a = await getAspirationByCode(regencySlug, decodeURIComponent(code));
  if (!a) notFound();
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const fresh = "baru" in (await searchParams);
  const name = `${t(`regencyKind.${a.regency.kind}`)} ${a.regency.name}`;
  return (
    <PublicShell t={t} footer={t("regencies.public.footer", { name })}>
      <p className="text-sm">
        <Link href={`/r/${a.regency.slug}`} className="text-emerald-800 hover:underline">
          {name}
        </Link>
      </p>
      <AspirationStatusView a={a} t={t} locale={locale} fresh={fresh} />
    </PublicShell>
  );
}
