import type { Translate } from "@/lib/i18n/translate";
import type { IssueFormOptions } from "@/lib/issues/queries";

type OwnerOption = IssueFormOptions["positions"][number];

/** Owner positions for a select: a vacant one says so, an acting holder (Plt./Pj.) too. */
export function ownerPositionOptions(positions: OwnerOption[], t: Translate) {
  return positions.map((p) => ({
    value: p.id,
    label:
      p.holder === null
        ? `${p.title} — ${t("issues.hints.vacantOwner")}`
        : p.holder === "definitif"
          ? p.title
          : `${p.title} (${t("issues.hints.actingOwner")})`,
  }));
}

/** The form's warning, shown when any position on offer is vacant. */
export const vacantOwnerHint = (positions: OwnerOption[], t: Translate) =>
  positions.some((p) => p.holder === null) ? t("issues.hints.vacantOwnerHint") : undefined;
