import type { listAuditorOptions } from "@/lib/iso/audits/queries";
import type { listIssueOptions } from "@/lib/iso/changes/queries";
import type { listAgencyOptions } from "@/lib/iso/nonconformities/queries";
import type { listPositionOptions } from "@/lib/iso/risks/queries";

type Item<F extends (...args: never[]) => Promise<readonly unknown[] | null>> = NonNullable<
  Awaited<ReturnType<F>>
>[number];

/** Choices the ISO create forms offer, typed from the queries that load them. */
export type PositionOption = Item<typeof listPositionOptions>;
export type AgencyOption = Item<typeof listAgencyOptions>;
export type AuditorOption = Item<typeof listAuditorOptions>;
export type IssueOption = Item<typeof listIssueOptions>;
