import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "@/components/ui/link";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { SignInFormGuard } from "@/components/auth/sign-in-form-guard";
import { CodeForm } from "@/components/auth/code-form";
import { CHALLENGE_COOKIE } from "@/lib/auth/sign-in";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("auth.codeTitle") };
}

/** Sign-in step two; reached only with the challenge cookie the password step set. */
export default async function SignInCodePage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  if (!(await cookies()).get(CHALLENGE_COOKIE)) redirect("/login");
  const [t, { next }] = await Promise.all([getT(), searchParams]);
  return (
    <AuthCard title={t("auth.codeTitle")} intro={t("auth.codeIntro")}>
      <CodeForm
        next={next}
        labels={{ code: t("auth.code"), submit: t("auth.verify"), submitting: t("auth.verifying") }}
      />
      <p className="mt-4 text-center text-sm">
        <Link href="/login" className="text-emerald-800 hover:underline">
          {t("auth.backToLogin")}
        </Link>
      </p>
      <SignInFormGuard />
    </AuthCard>
  );
}
