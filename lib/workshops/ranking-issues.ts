import type { Tx } from "@/lib/db";
import { assertSameRegency } from "@/lib/regencies/references";

/** How an issue reads as a ranking option: "ISU-7 · Penegasan batas wilayah …". */
export const issueOptionLabel = (i: { number: number; title: string }) => `ISU-${i.number} · ${i.title}`.slice(0, 120);

/**
 * A ranking whose options are the regency's issues: the options become the issues' labels and
 * their ids are kept beside them (same order). Only issues of the activity's own regency can be
 * options: any other id is refused (the field says so), so a verdict can never reach another regency.
 * Other kinds, or a ranking without issues, keep their typed options.
 */
export async function rankingIssueOptions(
  tx: Tx,
  regencyId: string,
  input: { kind: string; options: string[]; issueIds: string[] },
): Promise<{ options: string[]; optionIssueIds: string[] }> {
  if (input.kind !== "ranking" || input.issueIds.length === 0) return { options: input.options, optionIssueIds: [] };
  const ids = [...new Set(input.issueIds)];
  await assertSameRegency(tx, regencyId, "issue", ids, "issueIds", "workshops.errors.issueOutsideRegency");
  const issues = await tx.issue.findMany({
    where: { id: { in: ids }, regencyId },
    select: { id: true, number: true, title: true },
  });
  const byId = new Map(issues.map((i) => [i.id, i]));
  return { options: ids.map((id) => issueOptionLabel(byId.get(id)!)), optionIssueIds: ids };
}
