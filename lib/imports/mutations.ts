import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { once } from "@/lib/idempotency";
import { translatorFor } from "@/lib/i18n/server";
import { LOCALES } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import type { SheetRow } from "@/lib/spreadsheet/read";
import { checkImport, type CheckedImport } from "./check";
import { IMPORT_KIND, type ImportKindKey } from "./kinds";
import { WRITERS } from "./writers";

export type ImportInput = {
  kind: ImportKindKey;
  regencyId: string;
  rows: SheetRow[];
  /** The file's name, or "tempel" for pasted text: named in the audit row. */
  source: string;
};

const AUDIT: Record<ImportKindKey, Parameters<typeof recordAudit>[2]> = {
  issues: "issues.imported",
  stakeholders: "stakeholders.imported",
  media: "media_coverage.imported",
  experts: "expert_contacts.imported",
};

/** A whole import of up to IMPORT_MAX_ROWS rows runs in one transaction: give it time. */
const IMPORT_TX = { timeout: 120_000 };

function check(input: ImportInput, t: Translate): CheckedImport {
  return checkImport(IMPORT_KIND[input.kind], input.rows, t, LOCALES.map(translatorFor));
}

/** The preview: every row with its errors. Nothing is written. */
export function previewImport(actor: Actor, input: ImportInput, t: Translate): CheckedImport {
  assertCan(actor, IMPORT_KIND[input.kind].permission, input.regencyId);
  return check(input, t);
}

export type CommitResult = { saved: false; checked: CheckedImport } | { saved: true; count: number; ids: string[] };

/**
 * Checks the sheet again and, only when every row is valid, writes every row in one
 * transaction: each record with its own audit row, and one audit row for the import. A
 * resent confirm (double click) with the same key returns the first result, writing nothing.
 */
export async function commitImport(
  actor: Actor,
  input: ImportInput & { idempotencyKey: string },
  t: Translate,
): Promise<CommitResult> {
  const kind = IMPORT_KIND[input.kind];
  assertCan(actor, kind.permission, input.regencyId);
  const checked = check(input, t);
  if (checked.errorCount || checked.records.length === 0) return { saved: false, checked };
  const write = WRITERS[input.kind];
  const result = await db.$transaction(
    (tx) =>
      once(tx, input.idempotencyKey, actor.id, async () => {
        const ids: string[] = [];
        for (const r of checked.records) ids.push(await write(tx, actor, input.regencyId, r.data, input.source));
        await recordAudit(
          tx,
          actor,
          AUDIT[input.kind],
          { type: "bulk_import", id: input.source, regencyId: input.regencyId },
          { rows: [null, ids.length], ids: [null, ids] },
        );
        return { count: ids.length, ids };
      }),
    IMPORT_TX,
  );
  return { saved: true, ...result };
}
