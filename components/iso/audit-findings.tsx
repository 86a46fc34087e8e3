import Link from "@/components/ui/link";
import { Badge } from "@/components/ui/badge";
import type { Translate } from "@/lib/i18n/translate";
import type { AuditDetail } from "@/lib/iso/audits/queries";
import { RaiseFromFindingForm } from "./audit-forms";
import { NcStatusBadge } from "./status-badges";

/** The audit's findings; a manager raises a nonconformity (from an NC finding) or an issue from each. */
export function AuditFindings({ audit, canManage, t }: { audit: AuditDetail; canManage: boolean; t: Translate }) {
  if (audit.findings.length === 0) return <p className="text-sm text-slate-600">{t("iso.audit.findingsEmpty")}</p>;
  return (
    <ul className="divide-y divide-slate-100">
      {audit.findings.map((f) => {
        const isNc = f.kind === "major_nc" || f.kind === "minor_nc";
        return (
          <li key={f.id} className="py-3 text-sm">
            <p>
              <Badge tone={f.kind === "major_nc" ? "red" : f.kind === "minor_nc" ? "yellow" : "blue"}>
                {t(`iso.findingKind.${f.kind}`)}
              </Badge>{" "}
              <span className="font-medium">{f.clause}</span>
            </p>
            <p className="mt-1 whitespace-pre-line text-slate-800">{f.statement}</p>
            {f.evidence && (
              <p className="mt-1 text-slate-600">
                {t("iso.audit.evidence")}: {f.evidence}
              </p>
            )}
            <div className="mt-2 flex flex-wrap items-center gap-2">
              {f.nonconformity ? (
                <Link href={`/iso/nonconformities/${f.nonconformity.id}`} className="text-emerald-800 underline">
                  {t("iso.nc.number", { number: f.nonconformity.number })}
                </Link>
              ) : (
                isNc &&
                canManage && (
                  <RaiseFromFindingForm
                    auditId={audit.id}
                    findingId={f.id}
                    target="nonconformity"
                    label={t("iso.audit.raiseNc")}
                    t={t}
                  />
                )
              )}
              {f.nonconformity && <NcStatusBadge status={f.nonconformity.status} t={t} />}
              {f.issue ? (
                <span className="text-slate-700">{t("iso.assessment.raisedIssue", { number: f.issue.number })}</span>
              ) : (
                canManage && (
                  <RaiseFromFindingForm
                    auditId={audit.id}
                    findingId={f.id}
                    target="issue"
                    label={t("iso.audit.raiseIssue")}
                    t={t}
                  />
                )
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
