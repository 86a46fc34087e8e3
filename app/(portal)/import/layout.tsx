import type { ReactNode } from "react";
import { SegmentMessages } from "@/lib/i18n/client-messages-provider";

// The spreadsheet import's form and preview read their messages in the browser (lib/i18n/client-messages.ts).
export default function Layout({ children }: { children: ReactNode }) {
  return (
    <SegmentMessages components={["components/imports/import-form.tsx", "components/imports/import-preview.tsx"]}>
      {children}
    </SegmentMessages>
  );
}
