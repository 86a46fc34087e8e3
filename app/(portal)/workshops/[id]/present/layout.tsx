import type { ReactNode } from "react";
import { SegmentMessages } from "@/lib/i18n/client-messages-provider";

// The projector screen renders every activity kind's results in the browser (lib/i18n/client-messages.ts).
export default function Layout({ children }: { children: ReactNode }) {
  return (
    <SegmentMessages components={["components/workshops/presenter-view.tsx", "components/workshops/countdown.tsx"]}>
      {children}
    </SegmentMessages>
  );
}
