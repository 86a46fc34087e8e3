import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SegmentMessages } from "@/lib/i18n/client-messages-provider";
import { getLocale, getT } from "@/lib/i18n/server";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: { default: "Mekar", template: "%s · Mekar" }, description: t("common.tagline") };
}

const ROOT_CLIENT_COMPONENTS = ["app/error.tsx"] as const;

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#047857" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body>
        {/* the messages of the root error boundary (app/error.tsx); the portal layout sends its own */}
        <SegmentMessages components={ROOT_CLIENT_COMPONENTS}>{children}</SegmentMessages>
      </body>
    </html>
  );
}
