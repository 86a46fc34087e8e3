import type { ReactNode } from "react";
import { SegmentMessages } from "@/lib/i18n/client-messages-provider";

// The regency import's form reads its messages in the browser (lib/i18n/client-messages.ts).
export default function Layout({ children }: { children: ReactNode }) {
  return <SegmentMessages components={["components/regencies/import-form.tsx"]}>{children}</SegmentMessages>;
}
