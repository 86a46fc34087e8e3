import { LinkButton } from "@/components/ui/button";
import type { AuditRecordType } from "@/lib/audit/catalog";

/**
 * "Riwayat audit" on a record's page: the audit trail filtered to that record. The caller shows
 * it only to those who may read the trail (can(actor, "audit.read", regencyId)).
 */
export function AuditHistoryLink({ type, id, label }: { type: AuditRecordType; id: string; label: string }) {
  return (
    <LinkButton href={`/audit?${new URLSearchParams({ type, record: id })}`} variant="ghost">
      {label}
    </LinkButton>
  );
}
