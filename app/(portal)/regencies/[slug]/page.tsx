import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { PageHeader } from "@/components/layout/page-header";
import { LineageTree } from "@/components/regencies/lineage-tree";
import { RegencyLogoForm } from "@/components/regencies/logo-form";
import { RegencyNav } from "@/components/regencies/regency-nav";
import { RegencyProfile, RegencyProfileForm } from "@/components/regencies/regency-profile";
import { WhatsAppGatewayForm } from "@/components/regencies/whatsapp-gateway-form";
import { Badge } from "@/components/ui/badge";
import { Card, Stat } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { getLocale, getT } from "@/lib/i18n/server";
import { getWhatsAppGateway } from "@/lib/notifications/queries";
import { getLineage, getRegencyCounts } from "@/lib/regencies/queries";
import { loadRegency } from "./regency";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const { regency } = await loadRegency((await params).slug);
  return { title: regency.name };
}

export default async function RegencyPage({ params }: { params: Promise<{ slug: string }> }) {
  const { actor, regency } = await loadRegency((await params).slug);
  const [t, locale, lineage, counts, gateway] = await Promise.all([
    getT(),
    getLocale(),
    getLineage(regency.id),
    getRegencyCounts(actor, regency.id),
    getWhatsAppGateway(actor, regency.id),
  ]);
  const kindName = `${t(`regencyKind.${regency.kind}`)} ${regency.name}`;
  return (
    <>
      <PageHeader
        breadcrumb={
          <Link href="/regencies" className="hover:underline">
            {t("regencies.title")}
          </Link>
        }
        title={kindName}
        description={
          <>
            {regency.province} · {t("regencies.fields.code")} {regency.code}
          </>
        }
        actions={
          <>
            {regency.isDob && <Badge tone="blue">{t("regencies.dob")}</Badge>}
            <Badge tone={regency.status === "persiapan" ? "yellow" : "green"}>
              {t(`regencies.status.${regency.status}`)}
            </Badge>
          </>
        }
      />
      <RegencyNav slug={regency.slug} current="" t={t} />
      {counts && (
        <div className="mb-6 grid gap-3 sm:grid-cols-3">
          <Stat
            label={t("regencies.stats.obligationsOpen")}
            value={counts.obligationsOpen}
            href={`/regencies/${regency.slug}/obligations`}
          />
          <Stat
            label={t("regencies.stats.obligationsOverdue")}
            value={counts.obligationsOverdue}
            tone={counts.obligationsOverdue ? "bad" : "good"}
            href={`/regencies/${regency.slug}/obligations`}
          />
          <Stat
            label={t("regencies.stats.potentials")}
            value={counts.potentials}
            href={`/regencies/${regency.slug}/potentials`}
          />
        </div>
      )}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("regencies.profile.title")}>
          <RegencyProfile regency={regency} t={t} locale={locale} timeZone={regency.timeZone} />
          <p className="mt-3 text-sm">
            <Link href={`/r/${regency.slug}`} className="text-emerald-800 underline">
              {t("regencies.profile.publicPage")}
            </Link>
          </p>
        </Card>
        <Card title={t("regencies.lineage.title")}>
          <LineageTree
            nodes={lineage}
            currentId={regency.id}
            currentName={kindName}
            t={t}
            hrefFor={(slug) => `/r/${slug}`}
          />
        </Card>
        {can(actor, "regency.manage", regency.id) && (
          <Card title={t("regencies.profile.editTitle")} className="lg:col-span-2">
            <RegencyProfileForm regency={regency} canSetZone={actor.isAdmin} t={t} />
          </Card>
        )}
        {can(actor, "regency.manage", regency.id) && (
          <Card title={t("regencies.logo.title")} className="lg:col-span-2">
            <RegencyLogoForm regency={regency} t={t} />
          </Card>
        )}
        {gateway && (
          <Card title={t("notifications.gateway.title")} className="lg:col-span-2">
            <WhatsAppGatewayForm gateway={gateway} t={t} />
          </Card>
        )}
      </div>
    </>
  );
}
