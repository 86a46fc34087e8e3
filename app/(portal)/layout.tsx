import type { ReactNode } from "react";
import { AppShell } from "@/components/layout/app-shell";
import { OfflineSupport } from "@/components/offline/offline-support";
import { NavigationStatus } from "@/components/ui/navigation-status";
import { getActiveRegency } from "@/lib/auth/active-regency";
import { requireActor } from "@/lib/auth/session";
import { I18nProvider } from "@/lib/i18n/client";
import { clientMessages } from "@/lib/i18n/client-messages";
import { loadMessages } from "@/lib/i18n/messages";
import { getLocale, getT } from "@/lib/i18n/server";
import { portalNav } from "@/lib/navigation";
import { countUnreadNotifications } from "@/lib/notifications/queries";

/** Beyond this many regencies (an admin, a supervisor), the choice is made on /regencies, with search. */
const MAX_SWITCHER_OPTIONS = 12;

// The shell only: who is signed in, where they work, the sections they may open. Every page
// authorizes on its own.
export default async function PortalLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  const [t, locale, regency, unread] = await Promise.all([
    getT(),
    getLocale(),
    getActiveRegency(actor),
    countUnreadNotifications(actor),
  ]);
  const options = actor.memberships.map((m) => ({ id: m.regencyId, name: m.regencyName }));
  if (regency && !options.some((o) => o.id === regency.id)) options.unshift({ id: regency.id, name: regency.name });
  return (
    <I18nProvider locale={locale} messages={clientMessages(loadMessages(locale))}>
      <AppShell
        t={t}
        locale={locale}
        user={{ name: actor.name, email: actor.email }}
        regency={
          regency && {
            id: regency.id,
            name: regency.name,
            roleLabel: regency.role ? t(`roles.${regency.role}`) : actor.isAdmin ? t("roles.admin") : null,
          }
        }
        regencyOptions={options}
        canChooseAny={actor.isAdmin || options.length > MAX_SWITCHER_OPTIONS}
        nav={portalNav(actor, regency?.id ?? null, t)}
        unread={unread}
      >
        <NavigationStatus label={t("common.loading")} />
        <OfflineSupport
          userId={actor.id}
          locale={locale}
          banner={t("offline.banner", { time: "{time}" })}
          hint={t("offline.bannerHint")}
        />
        {children}
      </AppShell>
    </I18nProvider>
  );
}
