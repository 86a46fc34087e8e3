import type { ReactNode } from "react";
import { I18nProvider } from "./client";
import { clientMessages } from "./client-messages";
import { loadMessages } from "./messages";
import { getLocale } from "./server";

/**
 * The messages of a route segment whose client components read more than the shell's
 * (lib/i18n/client-messages.ts SHELL_CLIENT_COMPONENTS): its layout wraps the segment in this,
 * naming those components as CLIENT_MESSAGES names them. The shell's keys come along, so the
 * forms inside keep theirs.
 */
export async function SegmentMessages({
  components,
  children,
}: {
  components: readonly string[];
  children: ReactNode;
}) {
  const locale = await getLocale();
  return (
    <I18nProvider locale={locale} messages={clientMessages(loadMessages(locale), components)}>
      {children}
    </I18nProvider>
  );
}
