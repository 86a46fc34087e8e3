import { Badge } from "@/components/ui/badge";
import type { Translate } from "@/lib/i18n/translate";

const TONES = { definitif: "green", pj: "purple", plt: "yellow" } as const;

export function AppointmentBadge({ kind, t }: { kind: "definitif" | "pj" | "plt"; t: Translate }) {
  return <Badge tone={TONES[kind]}>{t(`leadership.appointmentShort.${kind}`)}</Badge>;
}
