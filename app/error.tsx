"use client";
import { useEffect } from "react";
import { useT } from "@/lib/i18n/client";

// Under the root layout, which gives this boundary its messages (SegmentMessages): every page's
// error, the portal's among them, in the visitor's language.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useT();
  useEffect(() => console.error(error), [error]);
  return (
    <main id="main" className="mx-auto max-w-lg px-4 py-24 text-center">
      <p className="text-sm font-semibold text-red-700">500</p>
      <h1 className="mt-2 text-2xl font-semibold text-slate-900">{t("common.errorPage.title")}</h1>
      <p className="mt-1 text-slate-600">{t("common.errorPage.body")}</p>
      {error.digest && (
        <p className="mt-2 text-xs text-slate-600">{t("common.errorPage.code", { digest: error.digest })}</p>
      )}
      <button
        onClick={reset}
        className="mt-6 rounded-md bg-emerald-700 px-4 py-2 text-sm font-medium text-white hover:bg-emerald-800"
      >
        {t("common.errorPage.retry")}
      </button>
    </main>
  );
}
