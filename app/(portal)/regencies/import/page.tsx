import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { ImportForm } from "@/components/regencies/import-form";
import { Card } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { importRegenciesAction } from "@/lib/regencies/actions";
import { MAX_IMPORT_BYTES } from "@/lib/regencies/import-answer";
import { REGENCY_CSV_HEADER } from "@/lib/regencies/csv-import";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("regencies.import.title") };
}

export default async function ImportRegenciesPage() {
  const actor = await requireActor();
  if (!actor.isAdmin) notFound();
  const t = await getT();
  return (
    <>
      <PageHeader
        breadcrumb={
          <Link href="/regencies" className="hover:underline">
            {t("regencies.title")}
          </Link>
        }
        title={t("regencies.import.title")}
        description={t("regencies.import.description")}
      />
      <div className="grid items-start gap-6 lg:grid-cols-[1fr_20rem]">
        <Card>
          <ImportForm action={importRegenciesAction} maxBytes={MAX_IMPORT_BYTES} />
        </Card>
        <Card title={t("regencies.import.formatTitle")}>
          <p className="mb-2 text-sm text-slate-700">{t("regencies.import.formatBody")}</p>
          <pre
            className="overflow-x-auto rounded bg-slate-100 p-2 text-xs"
            tabIndex={0}
            aria-label={t("regencies.import.formatTitle")}
          >
            {REGENCY_CSV_HEADER.join(",")}
            {"\n"}32.18,kabupaten,Pangandaran,Jawa Barat,10,1128.122,447272
          </pre>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700">
            <li>{t("regencies.import.ruleCode")}</li>
            <li>{t("regencies.import.ruleKind")}</li>
            <li>{t("regencies.import.ruleAllOrNothing")}</li>
          </ul>
        </Card>
      </div>
    </>
  );
}
