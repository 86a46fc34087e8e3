import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { SignInFormGuard } from "@/components/auth/sign-in-form-guard";
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
    <AuthCard
      title={t("auth.loginTitle")}
      intro={t("common.tagline")}
      footer={<LanguageSwitch locale={locale} returnTo="/login" label={t("common.language")} />}
    >
      <LoginForm
        next={next}
        labels={{
          email: t("auth.email"),
          password: t("auth.password"),
          submit: t("auth.login"),
          submitting: t("auth.loggingIn"),
        }}
      />
      <SignInFormGuard />
    </AuthCard>
  );
}
