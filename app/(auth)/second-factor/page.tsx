import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { redirect } from "next/navigation";
import QRCode from "qrcode";
import { AuthCard } from "@/components/auth/auth-card";
import { TotpEnrolForm } from "@/components/auth/totp-enrol-form";
import { pendingTotpSecret } from "@/lib/auth/second-factor";
import { getSession } from "@/lib/auth/session";
import { totpUri } from "@/lib/auth/totp";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("auth.secondFactor.enrolTitle") };
}

/**
 * Enrolment of the second factor. Outside the portal shell, because an admin or coordinator
 * without one is sent here from every portal page until it is done.
 */
export default async function SecondFactorPage() {
  const session = await getSession();
  if (!session) redirect("/login");
  const t = await getT();
  const secret = await pendingTotpSecret(session.actor);
  if (!secret) {
    return (
      <AuthCard title={t("auth.secondFactor.title")} intro={t("auth.secondFactor.already")}>
        <Link href="/account" className="text-emerald-800 hover:underline">
          {t("nav.account")}
        </Link>
      </AuthCard>
    );
  }
  // a data: URL, which the CSP's img-src allows; the secret never leaves this page otherwise
  const qr = await QRCode.toDataURL(totpUri(secret, session.actor.email), { margin: 1, width: 200 });
  return (
    <AuthCard
      wide
      title={t("auth.secondFactor.enrolTitle")}
      intro={session.mustEnrol ? t("auth.secondFactor.enrolForced") : undefined}
    >
      <ol className="space-y-4 text-sm text-slate-700">
        <li>
          <p>{t("auth.secondFactor.step1")}</p>
          <img src={qr} alt={t("auth.secondFactor.qrAlt")} width={200} height={200} className="mx-auto my-3" />
          <p>{t("auth.secondFactor.secret")}</p>
          <code data-testid="totp-secret" className="mt-1 block break-all rounded bg-slate-50 px-2 py-1 font-mono">
            {secret}
          </code>
        </li>
        <li>
          <TotpEnrolForm
            labels={{
              step2: t("auth.secondFactor.step2"),
              code: t("auth.code"),
              confirm: t("auth.secondFactor.confirm"),
              submitting: t("auth.verifying"),
              recoveryTitle: t("auth.secondFactor.recoveryTitle"),
              recoveryHint: t("auth.secondFactor.recoveryHint"),
              continue: t("auth.secondFactor.continue"),
            }}
          />
        </li>
      </ol>
    </AuthCard>
  );
}
