import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { PublicShell } from "@/components/publications/public-shell";
import { getT } from "@/lib/i18n/server";
import { getPublicRegency } from "@/lib/regencies/public-queries";

const STATUSES = ["sent", "limited", "invalid", "confirmed", "expired", "unsubscribed"] as const;
type Props = {
  params: Promise<{ regencySlug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("followers.form.title.regency"), robots: { index: false } };
}

/** Where the follow form, the confirmation link and the unsubscribe link land: one sentence, the same for every address. */
export default async function FollowStatusPage({ params, searchParams }: Props) {
  await connection();
  const { regencySlug } = await params;
  const sp = await searchParams;
  const regency = /^[a-z0-9-]{1,80}$/.test(regencySlug) ? await getPublicRegency(regencySlug) : null;
  if (!regency) notFound();
  const status = STATUSES.find((s) => s === sp.s) ?? "invalid";
  const back =
    typeof sp.back === "string" && new RegExp(`^/r/${regency.slug}(/isu/\\d{1,9}|/[a-z0-9-]{1,120})?$`).test(sp.back)
      ? sp.back
      : `/r/${regency.slug}`;
  const t = await getT();
  const name = `${t(`regencyKind.${regency.kind}`)} ${regency.name}`;
  return (
    <PublicShell t={t} footer={t("regencies.public.footer", { name })}>
      <section
        aria-labelledby="status"
        className="mx-auto max-w-xl rounded-lg border border-slate-200 bg-white p-5 sm:p-8"
      >
        <h1 id="status" className="text-xl font-semibold text-slate-900">
          {t(`followers.status.${status}.title`)}
        </h1>
        <p className="mt-2 text-sm text-slate-700">{t(`followers.status.${status}.body`)}</p>
        <p className="mt-4 text-sm">
          <a href={back} className="text-emerald-800 underline">
            {t("followers.status.back")}
          </a>
        </p>
      </section>
    </PublicShell>
  );
}
