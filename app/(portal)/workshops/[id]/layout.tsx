import type { ReactNode } from "react";
import { SegmentMessages } from "@/lib/i18n/client-messages-provider";

// A workshop's pages refresh live and count activities down in the browser (lib/i18n/client-messages.ts).
export default function Layout({ children }: { children: ReactNode }) {
  return (
    <SegmentMessages components={["components/workshops/live-refresh.tsx", "components/workshops/countdown.tsx"]}>
      {children}
    </SegmentMessages>
  );
}
