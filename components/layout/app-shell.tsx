import Link from "@/components/ui/link";
import type { ReactNode } from "react";
import { logoutAction } from "@/lib/auth/actions";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { shortName } from "@/lib/users/names";
import { LanguageSwitch } from "./language-switch";
import { NavLink } from "./nav-link";
import { RegencySwitcher } from "./regency-switcher";

export type NavItem = { href: string; label: string };

type Props = {
  t: Translate;
  locale: Locale;
  user: { name: string; email: string };
  regency: { id: string; name: string; roleLabel: string | null } | null;
  regencyOptions: { id: string; name: string }[];
  /** an admin works in any regency: chosen on /regencies (search by name or code) */
  canChooseAny?: boolean;
  nav: NavItem[];
  unread: number;
  children: ReactNode;
};

export function AppShell({ t, locale, user, regency, regencyOptions, canChooseAny, nav, unread, children }: Props) {
  const links = nav.map((n) => (
    <li key={n.href}>
      <NavLink href={n.href} label={n.label} />
    </li>
  ));
  return (
    <div className="min-h-screen bg-slate-50">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {t("common.skipToContent")}
      </a>
      <header className="sticky top-0 z-30 border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-7xl items-center gap-2 px-4 py-2.5 sm:gap-3">
          <details className="relative lg:hidden">
            <summary className="cursor-pointer list-none rounded-md border border-slate-300 px-2.5 py-1.5 text-sm">
              <span aria-hidden>☰</span>
              <span className="sr-only">{t("common.menu")}</span>
            </summary>
            <nav
              aria-label={t("common.mainNav")}
              className="absolute left-0 mt-2 w-60 rounded-lg border border-slate-200 bg-white p-2 shadow-lg"
            >
              <ul className="space-y-1">{links}</ul>
              {regency && (
                // on a phone the regency switcher lives here, not in the crowded top bar
                <div className="mt-2 border-t border-slate-200 px-1 pt-2 sm:hidden">
                  {canChooseAny ? (
                    <Link href="/regencies" className="block rounded px-2 py-1.5 text-sm hover:bg-slate-100">
                      {t("common.chooseRegency")}
                    </Link>
                  ) : (
                    <RegencySwitcher
                      id="regency-switch-menu"
                      current={regency.id}
                      options={regencyOptions}
                      label={t("common.switchRegency")}
                      submitLabel={t("common.switch")}
                    />
                  )}
                </div>
              )}
            </nav>
          </details>
          <Link href="/dashboard" className="flex shrink-0 items-center gap-2 font-semibold text-emerald-800">
            <span
              aria-hidden
              className="grid h-7 w-7 place-items-center rounded-full bg-emerald-700 text-sm text-white"
            >
              M
            </span>
            <span className="max-sm:sr-only">Mekar</span>
          </Link>
          {regency && (
            <div className="hidden min-w-0 truncate text-sm text-slate-600 sm:block">
              <span className="font-medium text-slate-900">{regency.name}</span>
              {regency.roleLabel && <span> · {regency.roleLabel}</span>}
            </div>
          )}
          <div className="ml-auto flex min-w-0 items-center gap-2 sm:gap-3">
            {canChooseAny && (
              <Link
                href="/regencies"
                className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-700 hover:bg-slate-50 max-sm:hidden"
              >
                {t("common.chooseRegency")}
              </Link>
            )}
            {regency && !canChooseAny && (
              <RegencySwitcher
                className="max-sm:hidden"
                current={regency.id}
                options={regencyOptions}
                label={t("common.switchRegency")}
                submitLabel={t("common.switch")}
              />
            )}
            <Link
              href="/notifications"
              className="relative rounded-md px-2 py-1 text-sm text-slate-700 hover:bg-slate-100"
            >
              <span className="sr-only">{t("common.notificationsUnread", { count: unread })}</span>
              <svg
                aria-hidden
                viewBox="0 0 24 24"
                className="h-5 w-5"
                fill="none"
                stroke="currentColor"
                strokeWidth="1.8"
                strokeLinecap="round"
                strokeLinejoin="round"
              >
                <path d="M6 8a6 6 0 1 1 12 0c0 7 3 8 3 8H3s3-1 3-8" />
                <path d="M10.3 20a1.94 1.94 0 0 0 3.4 0" />
              </svg>
              {unread > 0 && (
                <span
                  aria-hidden
                  className="absolute -right-1 -top-1 min-w-5 rounded-full bg-red-700 px-1 text-center text-xs font-semibold text-white"
                >
                  {unread > 99 ? "99+" : unread}
                </span>
              )}
            </Link>
            <LanguageSwitch locale={locale} returnTo="/dashboard" label={t("common.language")} />
            <details className="relative">
              <summary className="cursor-pointer list-none rounded-full bg-slate-100 px-3 py-1.5 text-sm font-medium text-slate-800">
                <span className="inline-block max-w-24 truncate align-bottom sm:max-w-40">{shortName(user.name)}</span>
                <span className="sr-only"> ({t("common.accountMenu")})</span>
              </summary>
              <div className="absolute right-0 mt-2 w-64 max-w-[calc(100vw-2rem)] rounded-lg border border-slate-200 bg-white p-3 text-sm shadow-lg">
                <p className="font-medium text-slate-900">{user.name}</p>
                <p className="truncate text-slate-600">{user.email}</p>
                <Link href="/account" className="mt-3 block rounded px-2 py-1.5 hover:bg-slate-100">
                  {t("nav.account")}
                </Link>
                {/* data-logout: the phone's offline copies and queue are dropped as it is sent (components/offline) */}
                <form action={logoutAction} data-logout>
                  <button className="mt-1 w-full rounded px-2 py-1.5 text-left text-red-700 hover:bg-red-50">
                    {t("auth.logout")}
                  </button>
                </form>
              </div>
            </details>
          </div>
        </div>
      </header>
      <div className="mx-auto flex max-w-7xl gap-6 px-4 py-6">
        <nav aria-label={t("common.mainNav")} className="hidden w-52 shrink-0 lg:block">
          <ul className="sticky top-20 space-y-1">{links}</ul>
        </nav>
        <main id="main" className="min-w-0 flex-1">
          {children}
        </main>
      </div>
    </div>
  );
}
