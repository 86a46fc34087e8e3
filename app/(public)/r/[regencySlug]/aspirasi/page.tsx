import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { AspirationForm } from "@/components/aspirations/aspiration-form";
import { PublicShell } from "@/components/publications/public-shell";
import { normalizeTrackingCode } from "@/lib/aspirations/code";
import { openFormState } from "@/lib/aspirations/form-state";
import { getAspirationFormTarget } from "@/lib/aspirations/public-queries";
import { getT } from "@/lib/i18n/server";

type Props = {
  params: Promise<{ regencySlug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("aspirations.public.title"), robots: { index: false } };
}

/**
 * The aspiration form on its own page: where a refused post comes back to (?f= the sealed state),
 * where ?kode= looks a tracking code up, and ?isu= is about a public issue. No client JS.
 */
export default async function AspirationFormPage({ params, searchParams }: Props) {
  await connection();
  const { regencySlug } = await params;
  const sp = await searchParams;
  const one = (k: string) => (typeof sp[k] === "string" ? (sp[k] as string) : undefined);
  if (!/^[a-z0-9-]{1,80}$/.test(regencySlug)) notFound();
  const t = await getT();
  const kode = one("kode");
  const code = kode ? normalizeTrackingCode(kode.slice(0, 40)) : null;
  if (code) redirect(`/r/${regencySlug}/aspirasi/${code}`);
  const target = await getAspirationFormTarget(regencySlug, Number(one("isu")) || undefined);
  if (!target) notFound();
  const state = openFormState(one("f"));
  const name = `${t(`regencyKind.${target.regency.kind}`)} ${target.regency.name}`;
  return (
    <PublicShell t={t} footer={t("regencies.public.footer", { name })}>
      <p className="text-sm">
        <Link href={`/r/${target.regency.slug}`} className="text-emerald-800 hover:underline">
          {name}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold text-slate-900">
        {target.issue ? t("aspirations.public.titleIssue") : t("aspirations.public.title")}
      </h1>
      {target.issue && <p className="text-sm text-slate-700">{target.issue.title}</p>}
      {kode && !code && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
          {t("aspirations.public.badCode")}
        </p>
      )}
      <AspirationForm
        regencySlug={target.regency.slug}
        issueNumber={target.issue?.number}
        t={t}
        state={state}
        firstResponseDays={target.regency.aspirationFirstResponseDays}
      />
    </PublicShell>
  );
}
