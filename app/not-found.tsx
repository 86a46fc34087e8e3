import { getActor } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";

/**
 * A visitor without an account (a citizen on a public link) is not offered a dashboard. A plain
 * link, not the client Link: the root not-found boundary is part of every page's payload, and a
 * client component here makes every page outside the portal shell (the login first) fetch its
 * chunk after the framework has run — one more 400 ms round trip on a 3G phone.
 */
export default async function NotFound() {
  const [t, actor] = await Promise.all([getT(), getActor()]);
  return (
    <main id="main" className="mx-auto max-w-lg px-4 py-24 text-center">
      <p className="text-sm font-semibold text-emerald-700">404</p>
      <h1 className="mt-2 text-2xl font-semibold text-slate-900">{t("common.notFoundTitle")}</h1>
      <p className="mt-2 text-slate-600">{t("common.notFoundBody")}</p>
      <a
        href={actor ? "/dashboard" : "/login"}
        className="mt-6 inline-block rounded-md bg-emerald-700 px-4 py-2 text-sm font-medium text-white hover:bg-emerald-800"
      >
        {actor ? t("common.backHome") : t("common.staffSignIn")}
      </a>
    </main>
  );
}
