import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { getActor } from "@/lib/auth/session";
import { getLocale, getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("auth.loginTitle") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  if (await getActor()) redirect("/dashboard");
  const [t, locale, { next }] = await Promise.all([getT(), getLocale(), searchParams]);
  return (
    <main id="main" className="flex min-h-screen flex-col items-center justify-center bg-gradient-to-b from-emerald-50 to-slate-50 px-4 py-10">
      <div className="w-full max-w-sm">
        <div className="mb-6 text-center">
          <span aria-hidden className="mx-auto grid h-12 w-12 place-items-center rounded-full bg-emerald-700 text-xl font-bold text-white">M</span>
          <h1 className="mt-3 text-2xl font-semibold text-slate-900">{t("auth.loginTitle")}</h1>
          <p className="mt-1 text-sm text-slate-600">{t("common.tagline")}</p>
        </div>
        <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
          <LoginForm next={next} labels={{ email: t("auth.email"), password: t("auth.password"), submit: t("auth.login"), submitting: t("auth.loggingIn") }} />
        </div>
        <div className="mt-4 flex justify-center">
          <LanguageSwitch locale={locale} returnTo="/login" label={t("common.language")} />
        </div>
      </div>
    </main>
  );
}
