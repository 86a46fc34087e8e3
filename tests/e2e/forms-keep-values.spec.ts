import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, test, type BrowserContext, type Locator, type Page } from "@playwright/test";
import { sourceFiles } from "../helpers/server-actions";
import { withE2eDb } from "../helpers/e2e-db";
import { storageStateFor, type DemoUser } from "../helpers/sessions";
import { confirmIdentity } from "../helpers/sign-in";

// A refused form shows exactly what the user entered, in every kind of field, and a retry saves
// exactly that (issue 13, item 1: a media item chosen as Radio/Negatif/ISU-4 was stored as
// Daring/Netral with no issue after a fixed URL). For each form below the sweep fills every field
// with a non-default value (a later option in every select, every checkbox toggled, a value in
// every text field), has the *server* refuse it (the browser's own checks are taken off), checks
// every field still holds its value, fixes the one bad field, saves, and reads the stored record
// back on a page that shows it in a form. Every <ActionForm> (and <UploadActionForm>) in app/ and components/ must be in
// SWEPT or EXEMPT: a new form fails this file until it is added.

const COORDINATOR: DemoUser = "koordinator@mekar.test";
/** Kabupaten Malaka's coordinator: forms whose setting the journeys (all in Pangandaran) rely on are
 * swept on Malaka, which no journey reads, and put back afterwards. */
const MALAKA: DemoUser = "koordinator.malaka@mekar.test";
const RUN = `S${Date.now().toString(36).slice(-5)}`;

type Ctx = Record<string, string>;
/** What a field was given in this form's sweep (the generic text value; for finding the record). */
type Text = (name: string) => string;
/** A stored record as the fields it came from: name → values (read from the database). */
type Stored = Record<string, unknown>;

type Swept = {
  /** The source file and the form (its component, or what it does) */
  file: string;
  form: string;
  user: DemoUser;
  /** Opens the page and returns the form. */
  open: (page: Page, ctx: Ctx) => Promise<Locator>;
  /** Valid values for fields the generic filler would get wrong (by name). */
  values?: Record<string, string>;
  /** Fields left as they are (by name): e.g. a field the page fixes. */
  keep?: string[];
  /** The field made invalid for the server, and how; default: the first required text field, blank.
   * A stale `version` (a hidden field) makes a conflict: the other error a form answers with. A
   * checkbox takes "on" or "off". */
  error?: { name: string; value: string };
  /** After filling: what a user would also do (e.g. leave out the owner from the supporters). */
  afterFill?: (form: Locator, ctx: Ctx) => Promise<void>;
  /** After the save: a form that shows the stored record (default: the same page, reloaded), or
   * the stored row itself (its columns named as the form's fields). */
  readBack?: (page: Page, ctx: Ctx, text: Text) => Promise<Locator | Stored>;
  /** Fields the read-back does not show (with the reason in a comment). */
  unread?: string[];
  /** Afterwards, passed or failed: puts back a setting others read (through the database). */
  cleanup?: (ctx: Ctx) => Promise<void>;
};

const byField = (page: Page, name: string) => page.locator("form").filter({ has: page.locator(`[name="${name}"]`) });

/** The form that has all these fields. */
const byFields = (page: Page, ...names: string[]) =>
  names.reduce((l, n) => l.filter({ has: page.locator(`[name="${n}"]`) }), page.locator("form"));

/** The form that carries a hidden field with this value (e.g. the record's id). */
const formWith = (page: Page, name: string, value: string) =>
  page.locator("form").filter({ has: page.locator(`[name="${name}"][value="${value}"]`) });

async function rowOf(sql: string, args: unknown[]): Promise<Record<string, unknown>> {
  return withE2eDb(async (c) => {
    const r = await c.query(sql, args);
    if (!r.rows[0]) throw new Error(`nothing for ${sql} ${JSON.stringify(args)}`);
    return r.rows[0] as Record<string, unknown>;
  });
}
const idOf = async (sql: string, args: unknown[]) => String((await rowOf(sql, args)).id);
/** Puts a record in the state a later workflow step needs (faster than walking there in the UI). */
const sql = async (query: string, args: unknown[] = []) =>
  withE2eDb(async (c) => (await c.query(query, args)).rows as Record<string, unknown>[]);

/** Malaka's form that names its coordinator position (the appointment form beside it also has a positionId). */
const coordinatorForm = (page: Page) =>
  byFields(page, "positionId").filter({ hasNot: page.locator('[name="personName"]') });
/** A position made only to be offered and removed before the form is sent (the coordinator's refusal). */
const GONE_POSITION = randomUUID();

/** A citizen's aspiration of Pangandaran, just received, for one form of the sweep (made once per form). */
async function freshAspiration(ctx: Ctx, form: string): Promise<string> {
  const key = `aspiration:${form}`;
  if (ctx[key]) return ctx[key];
  const letters = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
  const code = Array.from({ length: 3 }, () =>
    Array.from({ length: 4 }, () => letters[Math.floor(Math.random() * letters.length)]).join(""),
  ).join("-");
  const rows = await sql(
    `INSERT INTO "Aspiration" (id, "regencyId", code, category, text, "senderHash", "dueAt", "escalateAt", "updatedAt")
     SELECT gen_random_uuid(), r.id, $1, 'pengaduan', $2, $3, now() + interval '3 days', now() + interval '6 days', now()
     FROM "Regency" r WHERE r.slug = 'pangandaran' RETURNING id`,
    [code, `Aspirasi untuk uji formulir ${form}`, `sweep-${code}`],
  );
  ctx[key] = String(rows[0].id);
  return ctx[key];
}
const aspirationForm = (form: string, fields: string[], extra: Partial<Swept> = {}): Swept => ({
  file: "components/aspirations/aspiration-forms.tsx",
  form,
  user: COORDINATOR,
  open: async (page, ctx) => {
    await page.goto(`/aspirations/${await freshAspiration(ctx, form)}`);
    return byFields(page, ...fields);
  },
  ...extra,
});
const aspirationOf = (ctx: Ctx, form: string, columns: string) =>
  rowOf(`SELECT ${columns} FROM "Aspiration" WHERE id = $1`, [ctx[`aspiration:${form}`]]);

const SWEPT: Swept[] = [
  {
    file: "app/(portal)/account/page.tsx",
    form: "own NIP",
    user: "humas@mekar.test",
    open: async (page) => {
      await page.goto("/account");
      return byField(page, "nip");
    },
    // typed as the page shows a stored NIP (8 6 1 3 digits), so the read-back compares like for like
    values: { nip: "19850712 201001 2 003" },
    error: { name: "nip", value: "12345" },
  },
  {
    file: "components/issues/issue-form.tsx",
    form: "CreateIssueForm (/issues/new)",
    user: COORDINATOR,
    open: async (page) => {
      await page.goto("/issues/new");
      return byField(page, "category");
    },
    readBack: async (page, ctx) => {
      await expect(page).toHaveURL(/\/issues\/[0-9a-f-]{36}$/);
      ctx.issueId = page.url().split("/").pop()!;
      await page.goto(`/issues/${ctx.issueId}/edit`);
      return byField(page, "lifecycle");
    },
  },
  {
    file: "components/issues/issue-work-forms.tsx",
    form: "TriageForms: accept (/issues/[id])",
    user: COORDINATOR,
    open: async (page, ctx) => {
      await page.goto(`/issues/${ctx.issueId}`);
      return formWith(page, "decision", "accept");
    },
    values: { reviewCadenceDays: "30", dueDate: "2027-05-20" },
    error: { name: "reviewCadenceDays", value: "999" },
    readBack: async (page, ctx) => {
      await page.goto(`/issues/${ctx.issueId}/edit`);
      return byField(page, "lifecycle");
    },
  },
  {
    file: "components/issues/issue-form.tsx",
    form: "EditIssueForm (/issues/[id]/edit)",
    user: COORDINATOR,
    open: async (page, ctx) => {
      await page.goto(`/issues/${ctx.issueId}/edit`);
      return byField(page, "lifecycle");
    },
    values: { reviewCadenceDays: "45", dueDate: "2027-03-17" },
    // the owner does not also support (lib/issues/mutations.ts drops it): a user would untick it;
    // and at most 20 supporters are allowed (a regency has about 60 positions): keep the first five
    afterFill: async (form) => {
      const owner = await form.locator('[name="ownerPositionId"]').inputValue();
      await form.locator(`[name="supportingPositionIds"][value="${owner}"]`).uncheck();
      const boxes = form.locator('[name="supportingPositionIds"]:checked');
      while ((await boxes.count()) > 5) await boxes.last().uncheck();
    },
  },
  {
    file: "components/issues/issue-work-forms.tsx",
    form: "AddUpdateForm (/issues/[id])",
    user: COORDINATOR,
    open: async (page, ctx) => {
      await page.goto(`/issues/${ctx.issueId}`);
      return byFields(page, "body", "percentDone");
    },
    readBack: async (_page, ctx, text) =>
      rowOf(`SELECT body, "percentDone", "isPublic" FROM "IssueUpdate" WHERE "issueId" = $1 AND body = $2`, [
        ctx.issueId,
        text("body").replace(" isi", " teks panjang"),
      ]),
  },
  {
    file: "components/issues/issue-work-forms.tsx",
    form: "StageForm (/issues/[id])",
    user: COORDINATOR,
    open: async (page, ctx) => {
      await page.goto(`/issues/${ctx.issueId}`);
      return byFields(page, "stage", "version");
    },
    error: { name: "note", value: "x".repeat(5001) },
    // the last stage offered is "closed": the entry's text is then the evaluation note, and the
    // stage note is not stored (lib/issues/mutations.ts changeIssueStage; reported in issue 13)
    unread: ["note"],
    readBack: async (_page, ctx) =>
      rowOf(
        `SELECT u."toStage" AS stage, u.body AS note, u."isPublic", i."evaluationNote" FROM "IssueUpdate" u JOIN "Issue" i ON i.id = u."issueId"
         WHERE u."issueId" = $1 AND u."toStage" IS NOT NULL ORDER BY u."createdAt" DESC LIMIT 1`,
        [ctx.issueId],
      ),
  },
  {
    file: "components/issues/issue-work-forms.tsx",
    form: "TriageForms: merge (/issues/[id], the issue back in triage)",
    user: COORDINATOR,
    open: async (page, ctx) => {
      // the target: a copy of the sweep's issue, numbered as lib/issues/intake.ts numbers (so no
      // seeded issue gains an entry); the swept issue back in the triage queue
      ctx.mergeInto = await withE2eDb(async (c) => {
        await c.query("BEGIN");
        await c.query(
          `SELECT pg_advisory_xact_lock(hashtext('issue-number:' || "regencyId")) FROM "Issue" WHERE id = $1`,
          [ctx.issueId],
        );
        // every column but the generated ones (the search vector), which Postgres fills itself
        const cols = (
          await c.query(
            `SELECT string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position) AS list
               FROM information_schema.columns WHERE table_name = 'Issue' AND is_generated = 'NEVER'`,
          )
        ).rows[0].list as string;
        const r = await c.query(
          `INSERT INTO "Issue" (${cols}) SELECT ${cols} FROM jsonb_populate_record(NULL::"Issue", (SELECT to_jsonb(i) || jsonb_build_object('id', gen_random_uuid(),
             'number', (SELECT max(number) + 1 FROM "Issue" WHERE "regencyId" = i."regencyId")) FROM "Issue" i WHERE i.id = $1)) RETURNING number`,
          [ctx.issueId],
        );
        await c.query(`UPDATE "Issue" SET triage = 'pending' WHERE id = $1`, [ctx.issueId]);
        await c.query("COMMIT");
        return String(r.rows[0].number);
      });
      await page.goto(`/issues/${ctx.issueId}`);
      return formWith(page, "decision", "merge");
    },
    afterFill: async (form, ctx) => {
      await form.locator('[name="mergeIntoNumber"]').fill(ctx.mergeInto);
    },
    readBack: async (_page, ctx) =>
      rowOf(
        `SELECT t.number AS "mergeIntoNumber", i."triageReason" AS reason FROM "Issue" i JOIN "Issue" t ON t.id = i."mergedIntoId" WHERE i.id = $1`,
        [ctx.issueId],
      ),
  },
  {
    file: "components/issues/issue-work-forms.tsx",
    form: "TriageForms: reject (/issues/[id], the issue back in triage)",
    user: COORDINATOR,
    open: async (page, ctx) => {
      await sql(`UPDATE "Issue" SET triage = 'pending', "mergedIntoId" = NULL WHERE id = $1`, [ctx.issueId]);
      await page.goto(`/issues/${ctx.issueId}`);
      return formWith(page, "decision", "reject");
    },
    readBack: async (_page, ctx) =>
      rowOf(`SELECT "triageReason" AS reason FROM "Issue" WHERE id = $1 AND triage = 'rejected'`, [ctx.issueId]),
  },
  {
    file: "components/publications/piece-forms.tsx",
    form: "CreatePieceForm (/publications/new)",
    user: COORDINATOR,
    open: async (page) => {
      await page.goto("/publications/new");
      return byField(page, "kind");
    },
    values: { publishAt: "2027-03-17T09:30" },
    readBack: async (page, ctx) => {
      await expect(page).toHaveURL(/\/publications\/[0-9a-f-]{36}$/);
      ctx.pieceId = page.url().split("/").pop()!;
      return byField(page, "kind");
    },
  },
  {
    file: "components/publications/piece-forms.tsx",
    form: "UpdatePieceForm (/publications/[id])",
    user: COORDINATOR,
    open: async (page, ctx) => {
      await page.goto(`/publications/${ctx.pieceId}`);
      return byField(page, "kind");
    },
    values: { publishAt: "2027-04-18T10:45" },
  },
  {
    file: "components/publications/piece-forms.tsx",
    form: "SendBackPieceForm (/publications/[id], submitted by the humas writer)",
    user: COORDINATOR,
    open: async (page, ctx) => {
      // a writer's piece waiting for review: the coordinator approves only someone else's piece
      await sql(
        `UPDATE "Publication" SET status = 'submitted', "authorId" = (SELECT id FROM "User" WHERE email = 'humas@mekar.test') WHERE id = $1`,
        [ctx.pieceId],
      );
      await page.goto(`/publications/${ctx.pieceId}`);
      return byFields(page, "comment");
    },
    readBack: async (_page, ctx) =>
      rowOf(`SELECT "reviewComment" AS comment FROM "Publication" WHERE id = $1 AND status = 'draft'`, [ctx.pieceId]),
  },
  {
    file: "components/publications/piece-forms.tsx",
    form: "ApprovePieceForm (/publications/[id], submitted again)",
    user: COORDINATOR,
    open: async (page, ctx) => {
      await sql(`UPDATE "Publication" SET status = 'submitted' WHERE id = $1`, [ctx.pieceId]);
      await page.goto(`/publications/${ctx.pieceId}`);
      await confirmIdentity(page); // approving publishes: a password in the last ten minutes
      return byFields(page, "publishAt").filter({ hasNot: page.locator('[name="kind"]') });
    },
    values: { publishAt: "2027-05-20T10:15" },
    error: { name: "version", value: "999999" },
    // the wall clock of the regency (WIB), as the form shows it
    readBack: async (_page, ctx) =>
      rowOf(
        `SELECT to_char("publishAt" AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM-DD"T"HH24:MI') AS "publishAt" FROM "PublicationVersion" WHERE "publicationId" = $1`,
        [ctx.pieceId],
      ),
  },
  {
    file: "components/publications/piece-forms.tsx",
    form: "WithdrawPieceForm (/publications/[id], approved)",
    user: COORDINATOR,
    open: async (page, ctx) => {
      await page.goto(`/publications/${ctx.pieceId}`);
      return byFields(page, "reason");
    },
    readBack: async (_page, ctx) =>
      rowOf(`SELECT "withdrawalReason" AS reason FROM "Publication" WHERE id = $1 AND status = 'withdrawn'`, [
        ctx.pieceId,
      ]),
  },
  {
    file: "components/publications/coverage-forms.tsx",
    form: "CreateCoverageForm (/publications/media)",
    user: COORDINATOR,
    open: async (page) => {
      await page.goto("/publications/media");
      return byField(page, "outlet");
    },
    values: { publishedOn: "2026-01-15", url: `https://example.test/${RUN}/create` },
    error: { name: "url", value: "bukan-alamat" },
    readBack: async (page, ctx) => {
      ctx.coverageId = await idOf(`SELECT id FROM "MediaCoverage" WHERE headline LIKE $1`, [`${RUN}%`]);
      await page.goto(`/publications/media?edit=${ctx.coverageId}`);
      return byField(page, "version");
    },
  },
  {
    file: "components/publications/coverage-forms.tsx",
    form: "UpdateCoverageForm (/publications/media?edit=)",
    user: COORDINATOR,
    open: async (page, ctx) => {
      await page.goto(`/publications/media?edit=${ctx.coverageId}`);
      return byField(page, "version");
    },
    values: { publishedOn: "2026-02-16", url: `https://example.test/${RUN}/update` },
    error: { name: "url", value: "bukan-alamat" },
  },
  {
    file: "components/publications/stakeholder-forms.tsx",
    form: "CreateStakeholderForm (/publications/stakeholders)",
    user: COORDINATOR,
    open: async (page) => {
      await page.goto("/publications/stakeholders");
      return byFields(page, "regencyId", "stance");
    },
    readBack: async (page, ctx, text) => {
      ctx.stakeholderId = await idOf(`SELECT id FROM "Stakeholder" WHERE name = $1`, [text("name")]);
      await page.goto(`/publications/stakeholders?edit=${ctx.stakeholderId}`);
      return byFields(page, "version", "stance");
    },
  },
  {
    file: "components/publications/stakeholder-forms.tsx",
    form: "UpdateStakeholderForm (/publications/stakeholders?edit=)",
    user: COORDINATOR,
    open: async (page, ctx) => {
      await page.goto(`/publications/stakeholders?edit=${ctx.stakeholderId}`);
      return byFields(page, "version", "stance");
    },
  },
  {
    file: "components/publications/stakeholder-forms.tsx",
    form: "CreateExpertForm (/publications/network)",
    user: COORDINATOR,
    open: async (page) => {
      await page.goto("/publications/network");
      return byFields(page, "regencyId", "discipline");
    },
    readBack: async (page, ctx, text) => {
      ctx.expertId = await idOf(`SELECT id FROM "ExpertContact" WHERE name = $1`, [text("name")]);
      await page.goto(`/publications/network?edit=${ctx.expertId}`);
      return byFields(page, "version", "discipline");
    },
  },
  {
    file: "components/publications/stakeholder-forms.tsx",
    form: "UpdateExpertForm (/publications/network?edit=)",
    user: COORDINATOR,
    open: async (page, ctx) => {
      await page.goto(`/publications/network?edit=${ctx.expertId}`);
      return byFields(page, "version", "discipline");
    },
  },
  // --- aspirations from citizens (each form on its own fresh aspiration) ---
  aspirationForm("VerifyForm (/aspirations/[id])", ["tier"], {
    error: { name: "version", value: "999" },
    readBack: async (_page, ctx) => aspirationOf(ctx, "VerifyForm (/aspirations/[id])", "tier"),
  }),
  aspirationForm("ForwardForm (/aspirations/[id])", ["agencyId", "days"], {
    readBack: async (_page, ctx) =>
      aspirationOf(ctx, "ForwardForm (/aspirations/[id])", `"forwardedAgencyId" AS "agencyId"`),
    unread: ["days"], // becomes the deadline (dueAt), counted in working days
  }),
  aspirationForm("AcceptForm (/aspirations/[id])", ["issueId", "title", "category"], {
    error: { name: "version", value: "999" },
    readBack: async (_page, ctx) => aspirationOf(ctx, "AcceptForm (/aspirations/[id])", `"issueId"`),
    unread: ["title", "category"], // only for a new issue; the sweep chose an existing one
  }),
  aspirationForm("AnswerForm (/aspirations/[id])", ["body", "isPublic"], {
    readBack: async (_page, _ctx, text) =>
      rowOf(`SELECT body, "isPublic" FROM "AspirationEvent" WHERE body = $1`, [
        text("body").replace(" isi", " teks panjang"),
      ]),
  }),
  aspirationForm("RejectForm (/aspirations/[id])", ["reason"], {
    readBack: async (_page, ctx) => aspirationOf(ctx, "RejectForm (/aspirations/[id])", `"rejectReason" AS reason`),
  }),
  {
    file: "components/aspirations/settings-forms.tsx",
    form: "CreateTemplateForm (/aspirations/settings)",
    user: COORDINATOR,
    open: async (page) => {
      await page.goto("/aspirations/settings");
      return byFields(page, "idempotencyKey", "title", "body");
    },
    readBack: async (_page, _ctx, text) =>
      rowOf(`SELECT title, body FROM "ReplyTemplate" WHERE title = $1`, [text("title")]),
  },
  {
    file: "components/aspirations/settings-forms.tsx",
    form: "DeadlinesForm (/aspirations/settings, Malaka's own coordinator; put back afterwards)",
    user: MALAKA,
    open: async (page) => {
      await page.goto("/aspirations/settings");
      return byFields(page, "aspirationStandardDays");
    },
    cleanup: async () => {
      await sql(
        `UPDATE "Regency" SET "aspirationFirstResponseDays" = 3, "aspirationStandardDays" = 5, "aspirationNoFieldCheckDays" = 14, "aspirationFieldCheckDays" = 60 WHERE slug = 'malaka'`,
      );
    },
  },
  {
    file: "components/publications/narrative-forms.tsx",
    form: "AddNarrativeMessageForm (/publications/narrative)",
    user: COORDINATOR,
    open: async (page) => {
      await page.goto("/publications/narrative");
      return byFields(page, "issueId", "text");
    },
    readBack: async (_page, _ctx, text) =>
      rowOf(`SELECT text, "issueId" FROM "NarrativeMessage" WHERE text = $1`, [
        text("text").replace(" isi", " teks panjang"),
      ]),
  },
  {
    file: "components/publications/approver-setting-form.tsx",
    form: "ApproverSettingForm (/publications/review, Malaka's own coordinator; put back afterwards)",
    user: MALAKA,
    open: async (page, ctx) => {
      ctx.malakaId ??= await idOf(`SELECT id FROM "Regency" WHERE slug = 'malaka'`, []);
      // the setting as it was (no row: no position named, the coordinator position approves)
      ctx.approverBefore ??= JSON.stringify(
        await sql(`SELECT "approverPositionId" FROM "PublicationSettings" WHERE "regencyId" = $1`, [ctx.malakaId]),
      );
      await page.goto("/publications/review");
      await confirmIdentity(page); // naming the approver hands out the right to publish: a recent password
      return formWith(page, "regencyId", ctx.malakaId);
    },
    error: { name: "regencyId", value: "00000000-0000-4000-8000-000000000000" }, // not one of the user's
    readBack: async (page, ctx) => {
      await page.goto("/publications/review");
      return formWith(page, "regencyId", ctx.malakaId);
    },
    // who approves in Malaka is read by its publication flow (and the injection crawl after the sweeps)
    cleanup: async (ctx) => {
      if (!ctx.approverBefore) return;
      const [before] = JSON.parse(ctx.approverBefore) as { approverPositionId: string | null }[];
      if (before)
        await sql(
          `UPDATE "PublicationSettings" SET "approverPositionId" = $2, version = version + 1, "updatedAt" = now() WHERE "regencyId" = $1`,
          [ctx.malakaId, before.approverPositionId],
        );
      else await sql(`DELETE FROM "PublicationSettings" WHERE "regencyId" = $1`, [ctx.malakaId]);
    },
  },
  {
    file: "components/regencies/agency-forms.tsx",
    form: "CreateAgencyForm (/regencies/[slug]/agencies)",
    user: COORDINATOR,
    open: async (page) => {
      await page.goto("/regencies/pangandaran/agencies");
      return byFields(page, "regencyId", "kind");
    },
    readBack: async (page, ctx, text) => {
      ctx.agencyId = await idOf(`SELECT id FROM "Agency" WHERE name = $1`, [text("name")]);
      await page.goto("/regencies/pangandaran/agencies");
      return formWith(page, "id", ctx.agencyId);
    },
  },
  {
    file: "components/forms/edit-in-place.tsx",
    form: "EditInPlace (a row's correction: EditAgencyForm)",
    user: COORDINATOR,
    open: async (page, ctx) => {
      await page.goto("/regencies/pangandaran/agencies");
      return formWith(page, "id", ctx.agencyId);
    },
  },
  {
    file: "components/regencies/milestone-forms.tsx",
    form: "CreateMilestoneForm (/regencies/[slug]/milestones)",
    user: COORDINATOR,
    open: async (page) => {
      await page.goto("/regencies/pangandaran/milestones");
      return byFields(page, "regencyId", "kind");
    },
    values: { kind: "edob_evaluation", date: "2025-06-02", score: "87.5" }, // a score only for an evaluation
    readBack: async (page, _ctx, text) => {
      const id = await idOf(`SELECT id FROM "RegencyMilestone" WHERE title = $1`, [text("title")]);
      await page.goto("/regencies/pangandaran/milestones");
      return formWith(page, "id", id);
    },
  },
  {
    file: "components/regencies/obligation-forms.tsx",
    form: "CreateObligationForm (/regencies/[slug]/obligations)",
    user: COORDINATOR,
    open: async (page) => {
      await page.goto("/regencies/pangandaran/obligations");
      return byFields(page, "regencyId", "aspect");
    },
    readBack: async (_page, ctx, text) => {
      const row = await rowOf(
        `SELECT id, title, aspect, source, "dueDate", "responsiblePositionId", evidence FROM "MinistryObligation" WHERE title = $1`,
        [text("title")],
      );
      ctx.obligationId = String(row.id);
      delete row.id;
      return row;
    },
  },
  {
    file: "components/regencies/obligation-forms.tsx",
    form: "ObligationStatusForm (/regencies/[slug]/obligations)",
    user: COORDINATOR,
    open: async (page, ctx) => {
      await page.goto("/regencies/pangandaran/obligations");
      return formWith(page, "obligationId", ctx.obligationId);
    },
  },
  {
    file: "components/regencies/potential-forms.tsx",
    form: "CreatePotentialForm (/regencies/[slug]/potentials)",
    user: COORDINATOR,
    open: async (page) => {
      await page.goto("/regencies/pangandaran/potentials");
      return byFields(page, "regencyId", "sector");
    },
    readBack: async (_page, ctx, text) => {
      const row = await rowOf(
        `SELECT id, sector, title, description, evidence, "estimatedValue" FROM "RegionalPotential" WHERE title = $1`,
        [text("title")],
      );
      ctx.potentialId = String(row.id);
      delete row.id;
      return row;
    },
  },
  {
    file: "components/regencies/potential-forms.tsx",
    form: "ManagePotentialForms: link an issue",
    user: COORDINATOR,
    open: async (page, ctx) => {
      await page.goto("/regencies/pangandaran/potentials");
      return formWith(page, "potentialId", ctx.potentialId).filter({ has: page.locator('[name="issueId"]') });
    },
    error: { name: "potentialId", value: "00000000-0000-4000-8000-000000000000" }, // not found
    readBack: async (_page, ctx) =>
      rowOf(`SELECT "issueId" FROM "RegionalPotentialIssue" WHERE "potentialId" = $1`, [ctx.potentialId]),
  },
  {
    file: "components/regencies/potential-forms.tsx",
    form: "ManagePotentialForms: link a follow-up",
    user: COORDINATOR,
    open: async (page, ctx) => {
      await page.goto("/regencies/pangandaran/potentials");
      return formWith(page, "potentialId", ctx.potentialId).filter({ has: page.locator('select[name="followUpId"]') });
    },
    error: { name: "potentialId", value: "00000000-0000-4000-8000-000000000000" }, // not found
    readBack: async (_page, ctx) =>
      rowOf(`SELECT "followUpId" FROM "RegionalPotentialFollowUp" WHERE "potentialId" = $1`, [ctx.potentialId]),
  },
  {
    file: "components/regencies/potential-forms.tsx",
    form: "ManagePotentialForms: status",
    user: COORDINATOR,
    open: async (page, ctx) => {
      await page.goto("/regencies/pangandaran/potentials");
      return formWith(page, "potentialId", ctx.potentialId).filter({ has: page.locator('[name="status"]') });
    },
    error: { name: "version", value: "999999" },
  },
  {
    file: "components/culture/survey-forms.tsx",
    form: "CreateSurveyForm (/culture/surveys)",
    user: COORDINATOR,
    open: async (page) => {
      await page.goto("/culture/surveys");
      return byFields(page, "regencyId", "opensOn");
    },
    values: { period: "2027", opensOn: "2027-02-01", closesOn: "2027-02-20" },
    readBack: async (page, ctx, text) => {
      await expect(page).toHaveURL(/\/culture\/surveys\/[0-9a-f-]{36}$/);
      ctx.surveyId = page.url().split("/").pop()!;
      // the days on the regency's calendar (WIB): from 00:00 of the first to 24:00 of the last
      return rowOf(
        `SELECT coalesce("agencyId"::text, '') AS "agencyId", period::text AS period, title,
                to_char("opensAt" AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM-DD') AS "opensOn",
                to_char(("closesAt" - interval '1 millisecond') AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM-DD') AS "closesOn"
         FROM "CultureSurvey" WHERE id = $1 AND title = $2`,
        [ctx.surveyId, text("title")],
      );
    },
  },
  {
    file: "components/culture/survey-forms.tsx",
    form: "SurveyDatesForm (/culture/surveys/[id])",
    user: COORDINATOR,
    open: async (page, ctx) => {
      await page.goto(`/culture/surveys/${ctx.surveyId}`);
      return byFields(page, "surveyId", "opensOn");
    },
    values: { opensOn: "2027-03-01", closesOn: "2027-03-15" },
  },
  {
    file: "components/workshops/workshop-form.tsx",
    form: "WorkshopForm: create (/workshops)",
    user: COORDINATOR,
    open: async (page) => {
      await page.goto("/workshops");
      return byFields(page, "regencyId", "startsAt");
    },
    values: { startsAt: "2027-03-17T09:30" },
    readBack: async (page, ctx) => {
      await expect(page).toHaveURL(/\/workshops\/[0-9a-f-]{36}$/);
      ctx.workshopId = page.url().split("/").pop()!;
      return byFields(page, "workshopId", "startsAt");
    },
  },
  {
    file: "components/workshops/workshop-form.tsx",
    form: "WorkshopForm: edit (/workshops/[id])",
    user: COORDINATOR,
    open: async (page, ctx) => {
      await page.goto(`/workshops/${ctx.workshopId}`);
      return byFields(page, "workshopId", "startsAt");
    },
    values: { startsAt: "2027-04-18T10:45" },
  },
  {
    file: "components/workshops/activity-form.tsx",
    form: "ActivityForm (/workshops/[id])",
    user: COORDINATOR,
    open: async (page, ctx) => {
      await page.goto(`/workshops/${ctx.workshopId}`);
      return byFields(page, "prompt", "scaleMin");
    },
    // a Q&A with a scale typed (kept by the form; "culture", the last option, keeps its own settings) and a
    // quiz's correct option by its number (stored only for a quiz)
    values: { kind: "qna", scaleMin: "2", scaleMax: "7", correctOptions: "1" },
    readBack: async (_page, ctx, text) =>
      rowOf(
        `SELECT kind, title, prompt, "scaleMin", "scaleMax", "allowChange", moderated, sector FROM "WorkshopActivity" WHERE "workshopId" = $1 AND title = $2`,
        [ctx.workshopId, text("title")],
      ),
    // options: one a line, stored as a list (shown as the activity's choices); correctOptions: a
    // quiz's only; issueIds: a ranking's only (its options become the issues)
    unread: ["options", "correctOptions", "issueIds[]"],
  },
  {
    file: "components/workshops/session-list.tsx",
    form: "add a session (/workshops/[id])",
    user: COORDINATOR,
    open: async (page, ctx) => {
      await page.goto(`/workshops/${ctx.workshopId}`);
      return byFields(page, "startTime", "endTime");
    },
    values: { startTime: "09:30", endTime: "11:45" }, // the end after the start
    // the regency's wall clock (WIB), as the form takes it
    readBack: async (_page, ctx, text) =>
      rowOf(
        `SELECT to_char("startsAt" AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM-DD') AS date, venue,
                to_char("startsAt" AT TIME ZONE 'Asia/Jakarta', 'HH24:MI') AS "startTime", to_char("endsAt" AT TIME ZONE 'Asia/Jakarta', 'HH24:MI') AS "endTime"
         FROM "WorkshopSession" WHERE "workshopId" = $1 AND venue = $2`,
        [ctx.workshopId, text("venue")],
      ),
  },
  {
    file: "app/(portal)/workshops/[id]/page.tsx",
    form: "add an activity from a template (/workshops/[id])",
    user: COORDINATOR,
    open: async (page, ctx) => {
      await page.goto(`/workshops/${ctx.workshopId}`);
      return byFields(page, "templateId");
    },
    error: { name: "workshopId", value: "00000000-0000-4000-8000-000000000000" }, // not found
    // the copy names its template in the workshop's audit trail
    readBack: async (_page, ctx) =>
      rowOf(
        `SELECT changes->'templateId'->>1 AS "templateId" FROM "AuditEvent"
         WHERE action = 'workshop_activity.created' AND changes->'workshopId'->>1 = $1 AND changes ? 'templateId'`,
        [ctx.workshopId],
      ),
  },
  {
    file: "app/(portal)/workshops/[id]/activities/[activityId]/page.tsx",
    form: "entry to a new issue (/workshops/[id]/activities/[activityId], two answers in)",
    user: COORDINATOR,
    open: async (page, ctx) => {
      // a participant's two questions to the sweep's Q&A (or open question) activity
      const rows = await sql(
        `WITH a AS (SELECT id, "workshopId" FROM "WorkshopActivity" WHERE "workshopId" = $1 AND kind IN ('qna', 'open_question') ORDER BY "createdAt" LIMIT 1),
              p AS (INSERT INTO "WorkshopParticipant" (id, "workshopId", "browserId", name) SELECT gen_random_uuid(), "workshopId", gen_random_uuid(), 'Peserta sapuan' FROM a RETURNING id)
         INSERT INTO "WorkshopEntry" (id, "workshopId", "activityId", "participantId", slot, choices, text, approved, "updatedAt")
         SELECT gen_random_uuid(), a."workshopId", a.id, p.id, s.slot, '{}', 'Pertanyaan peserta ' || s.slot, true, now()
         FROM a, p, (VALUES ('sapuan-1'), ('sapuan-2')) AS s(slot) RETURNING id, "activityId", slot`,
        [ctx.workshopId],
      );
      expect(rows, "the sweep's workshop has a Q&A or open question activity").toHaveLength(2);
      const bySlot = Object.fromEntries(rows.map((r) => [r.slot, String(r.id)]));
      [ctx.entryId, ctx.entry2Id, ctx.activityId] = [
        bySlot["sapuan-1"],
        bySlot["sapuan-2"],
        String(rows[0].activityId),
      ];
      await page.goto(`/workshops/${ctx.workshopId}/activities/${ctx.activityId}`);
      return formWith(page, "entryId", ctx.entryId).filter({ has: page.locator('[name="category"]') });
    },
    readBack: async (_page, ctx) => {
      const row = await rowOf(
        `SELECT i.id, i.title, i.category FROM "WorkshopEntry" e JOIN "Issue" i ON i.id = e."issueId" WHERE e.id = $1`,
        [ctx.entryId],
      );
      ctx.entryIssueId = String(row.id);
      delete row.id;
      return row;
    },
  },
  {
    file: "app/(portal)/workshops/[id]/activities/[activityId]/page.tsx",
    form: "link an entry to an issue (the issue made above, accepted)",
    user: COORDINATOR,
    open: async (page, ctx) => {
      // only accepted, open issues take follow-ups: the one the first question became
      await sql(`UPDATE "Issue" SET triage = 'accepted' WHERE id = $1`, [ctx.entryIssueId]);
      await page.goto(`/workshops/${ctx.workshopId}/activities/${ctx.activityId}`);
      return formWith(page, "entryId", ctx.entry2Id).filter({ has: page.locator('[name="issueId"]') });
    },
    afterFill: async (form, ctx) => {
      await form.locator('[name="issueId"]').selectOption(ctx.entryIssueId);
    },
    readBack: async (_page, ctx) => {
      const row = await rowOf(
        `SELECT id, "issueId", text, "ownerPositionId", "dueDate" FROM "FollowUp" WHERE "entryId" = $1`,
        [ctx.entry2Id],
      );
      ctx.followUpId = String(row.id);
      delete row.id;
      return row;
    },
  },
  {
    file: "components/workshops/potential-form.tsx",
    form: "EntriesToPotentialsForm: two open answers into potentials (/workshops/[id]/activities/[activityId])",
    user: COORDINATOR,
    open: async (page, ctx) => {
      // a discovery question of the sector "Pariwisata" in the sweep's workshop, with two answers
      const rows = await sql(
        `WITH a AS (INSERT INTO "WorkshopActivity" (id, "regencyId", "workshopId", kind, title, sector, position, "updatedAt")
                    SELECT gen_random_uuid(), "regencyId", id, 'open_question', 'Penggalian potensi sapuan', 'Pariwisata', 99, now() FROM "Workshop" WHERE id = $1 RETURNING id, "workshopId"),
              p AS (INSERT INTO "WorkshopParticipant" (id, "workshopId", "browserId", name) SELECT gen_random_uuid(), "workshopId", gen_random_uuid(), 'Peserta sapuan potensi' FROM a RETURNING id)
         INSERT INTO "WorkshopEntry" (id, "workshopId", "activityId", "participantId", slot, choices, text, "updatedAt")
         SELECT gen_random_uuid(), a."workshopId", a.id, p.id, s.slot, '{}', 'Potensi sapuan ' || s.slot, now()
         FROM a, p, (VALUES ('potensi-1'), ('potensi-2')) AS s(slot) RETURNING id, "activityId"`,
        [ctx.workshopId],
      );
      ctx.potentialEntryIds = rows.map((r) => String(r.id)).join(",");
      await page.goto(`/workshops/${ctx.workshopId}/activities/${String(rows[0].activityId)}`);
      return byFields(page, "entryIds[]", "sector");
    },
    readBack: async (_page, ctx) =>
      rowOf(
        `SELECT array_agg("entryId"::text) AS "entryIds[]", min(sector) AS sector FROM "RegionalPotential" WHERE "entryId" = ANY($1::uuid[])`,
        [ctx.potentialEntryIds.split(",")],
      ),
  },
  {
    file: "components/workshops/follow-up-list.tsx",
    form: "follow-up status (/issues/[id])",
    user: COORDINATOR,
    open: async (page, ctx) => {
      await page.goto(`/issues/${ctx.entryIssueId}`);
      return formWith(page, "followUpId", ctx.followUpId);
    },
    error: { name: "version", value: "999999" },
  },
  {
    file: "components/iso/nc-create-form.tsx",
    form: "CreateNonconformityForm (/iso/nonconformities)",
    user: COORDINATOR,
    open: async (page) => {
      await page.goto("/iso/nonconformities");
      return byFields(page, "regencyId", "severity");
    },
    readBack: async (page, ctx) => {
      await expect(page).toHaveURL(/\/iso\/nonconformities\/[0-9a-f-]{36}$/);
      ctx.ncId = page.url().split("/").pop()!;
      return rowOf(
        `SELECT title, source, severity, "agencyId", description, requirement, evidence, correction FROM "IsoNonconformity" WHERE id = $1`,
        [ctx.ncId],
      );
    },
  },
  {
    file: "components/iso/nc-detail-forms.tsx",
    form: "NcAnalysisForm (/iso/nonconformities/[id])",
    user: COORDINATOR,
    open: async (page, ctx) => {
      await page.goto(`/iso/nonconformities/${ctx.ncId}`);
      return byFields(page, "rootCause", "severity");
    },
  },
  {
    file: "components/iso/nc-detail-forms.tsx",
    form: "AddActionForm (/iso/nonconformities/[id])",
    user: COORDINATOR,
    open: async (page, ctx) => {
      await page.goto(`/iso/nonconformities/${ctx.ncId}`);
      return byFields(page, "description", "dueDate").filter({ hasNot: page.locator('[name="rootCause"]') });
    },
    readBack: async (_page, ctx) =>
      rowOf(
        `SELECT description, CASE WHEN "ownerPositionId" IS NOT NULL THEN 'position:' || "ownerPositionId" ELSE 'user:' || "ownerUserId" END AS owner,
                "dueDate" FROM "IsoCorrectiveAction" WHERE "nonconformityId" = $1`,
        [ctx.ncId],
      ),
  },
  {
    file: "components/iso/nc-detail-forms.tsx",
    form: "CompleteActionForm (/iso/nonconformities/[id], in progress)",
    user: COORDINATOR,
    open: async (page, ctx) => {
      await sql(`UPDATE "IsoNonconformity" SET status = 'in_progress' WHERE id = $1`, [ctx.ncId]);
      await page.goto(`/iso/nonconformities/${ctx.ncId}`);
      return byFields(page, "doneNote");
    },
    readBack: async (_page, ctx) =>
      rowOf(`SELECT "doneNote" FROM "IsoCorrectiveAction" WHERE "nonconformityId" = $1 AND "doneAt" IS NOT NULL`, [
        ctx.ncId,
      ]),
  },
  {
    file: "components/iso/nc-detail-forms.tsx",
    form: "NcWorkflow: verify (/iso/nonconformities/[id], awaiting verification)",
    user: COORDINATOR,
    open: async (page, ctx) => {
      // the verifier owns none of the actions (lib/iso/nonconformities/mutations.ts): the official does
      await sql(
        `UPDATE "IsoCorrectiveAction" SET "ownerPositionId" = NULL, "ownerUserId" = (SELECT id FROM "User" WHERE email = 'pejabat@mekar.test')
         WHERE "nonconformityId" = $1`,
        [ctx.ncId],
      );
      await sql(`UPDATE "IsoNonconformity" SET status = 'awaiting_verification' WHERE id = $1`, [ctx.ncId]);
      await page.goto(`/iso/nonconformities/${ctx.ncId}`);
      return byFields(page, "effective");
    },
    readBack: async (_page, ctx) =>
      rowOf(
        `SELECT CASE status WHEN 'closed' THEN 'yes' ELSE 'no' END AS effective, "verificationNote" AS note FROM "IsoNonconformity" WHERE id = $1`,
        [ctx.ncId],
      ),
  },
  {
    file: "components/iso/nc-detail-forms.tsx",
    form: "NcWorkflow: reopen (/iso/nonconformities/[id], closed)",
    user: COORDINATOR,
    open: async (page, ctx) => {
      await sql(`UPDATE "IsoNonconformity" SET status = 'closed', "closedAt" = now() WHERE id = $1`, [ctx.ncId]);
      await page.goto(`/iso/nonconformities/${ctx.ncId}`);
      return byFields(page, "reason");
    },
    readBack: async (_page, ctx) =>
      rowOf(`SELECT note AS reason FROM "IsoRecordEvent" WHERE "recordId" = $1 AND event = 'reopened'`, [ctx.ncId]),
  },
  {
    file: "components/iso/objective-forms.tsx",
    form: "CreateObjectiveForm (/iso/objectives)",
    user: COORDINATOR,
    open: async (page) => {
      await page.goto("/iso/objectives");
      return byFields(page, "regencyId", "indicator");
    },
    values: { direction: "decrease", baseline: "48", target: "12" },
    readBack: async (_page, ctx, text) => {
      const row = await rowOf(
        `SELECT id, title, indicator, baseline, target, unit, direction, "ownerPositionId", "dueDate" FROM "IsoObjective" WHERE title = $1`,
        [text("title")],
      );
      ctx.objectiveId = String(row.id);
      delete row.id;
      return row;
    },
  },
  {
    file: "components/iso/audit-forms.tsx",
    form: "CreateAuditForm (/iso/audits)",
    user: COORDINATOR,
    open: async (page) => {
      await page.goto("/iso/audits");
      return byFields(page, "regencyId", "programYear");
    },
    values: { programYear: "2027", startDate: "2027-03-01", endDate: "2027-03-05" },
    readBack: async (page, ctx) => {
      await expect(page).toHaveURL(/\/iso\/audits\/[0-9a-f-]{36}$/);
      ctx.auditId = page.url().split("/").pop()!;
      return rowOf(
        `SELECT "programYear", title, scope, criteria, "auditedAgencyId", "leadAuditorId", "startDate", "endDate" FROM "IsoAudit" WHERE id = $1`,
        [ctx.auditId],
      );
    },
  },
  {
    file: "components/iso/audit-forms.tsx",
    form: "AddFindingForm (/iso/audits/[id])",
    user: COORDINATOR,
    open: async (page, ctx) => {
      await page.goto(`/iso/audits/${ctx.auditId}`);
      return byFields(page, "clause", "statement");
    },
    readBack: async (_page, ctx) =>
      rowOf(`SELECT kind, clause, statement, evidence FROM "IsoAuditFinding" WHERE "auditId" = $1`, [ctx.auditId]),
  },
  {
    file: "components/iso/review-forms.tsx",
    form: "CreateReviewForm (/iso/reviews)",
    user: COORDINATOR,
    open: async (page) => {
      await page.goto("/iso/reviews");
      return byFields(page, "regencyId", "meetingDate");
    },
    values: { meetingDate: "2027-02-10" },
    readBack: async (page, ctx) => {
      await expect(page).toHaveURL(/\/iso\/reviews\/[0-9a-f-]{36}$/);
      ctx.reviewId = page.url().split("/").pop()!;
      return rowOf(
        `SELECT title, "meetingDate", "chairPositionId", attendees FROM "IsoManagementReview" WHERE id = $1`,
        [ctx.reviewId],
      );
    },
  },
  {
    file: "components/iso/review-forms.tsx",
    form: "UpdateReviewForm (/iso/reviews/[id])",
    user: COORDINATOR,
    open: async (page, ctx) => {
      await page.goto(`/iso/reviews/${ctx.reviewId}`);
      return byFields(page, "attendees", "decisions");
    },
    error: { name: "attendees", value: "x".repeat(5001) },
  },
  {
    file: "components/iso/review-forms.tsx",
    form: "AddReviewActionForm (/iso/reviews/[id])",
    user: COORDINATOR,
    open: async (page, ctx) => {
      await page.goto(`/iso/reviews/${ctx.reviewId}`);
      return byFields(page, "description", "dueDate");
    },
    readBack: async (_page, ctx) =>
      rowOf(`SELECT description, "ownerPositionId", "dueDate" FROM "IsoReviewAction" WHERE "reviewId" = $1`, [
        ctx.reviewId,
      ]),
  },
  {
    file: "components/iso/change-forms.tsx",
    form: "CreateChangeForm (/iso/changes)",
    user: COORDINATOR,
    open: async (page) => {
      await page.goto("/iso/changes");
      return byFields(page, "regencyId", "purpose");
    },
    readBack: async (page, ctx) => {
      await expect(page).toHaveURL(/\/iso\/changes\/[0-9a-f-]{36}$/);
      ctx.changeId = page.url().split("/").pop()!;
      return rowOf(
        `SELECT title, purpose, consequences, resources, "ownerPositionId", "issueId" FROM "IsoChangeInitiative" WHERE id = $1`,
        [ctx.changeId],
      );
    },
  },
  {
    file: "components/iso/change-forms.tsx",
    form: "PhaseNotesForm (/iso/changes/[id], plan)",
    user: COORDINATOR,
    open: async (page, ctx) => {
      await page.goto(`/iso/changes/${ctx.changeId}`);
      return byFields(page, "planObjective", "version");
    },
  },
  {
    file: "components/iso/change-forms.tsx",
    form: "ActDecisionForm (/iso/changes/[id], act)",
    user: COORDINATOR,
    open: async (page, ctx) => {
      await sql(`UPDATE "IsoChangeInitiative" SET phase = 'act' WHERE id = $1`, [ctx.changeId]);
      await page.goto(`/iso/changes/${ctx.changeId}`);
      return byFields(page, "decision");
    },
    // the decision is the phase it leads to; the note heads the cycle's entry in the history
    readBack: async (_page, ctx) =>
      rowOf(
        `SELECT CASE "toStatus" WHEN 'closed' THEN 'standardize' ELSE 'adjust' END AS decision, split_part(note, E'\\n\\nPlan: ', 1) AS note
         FROM "IsoRecordEvent" WHERE "recordId" = $1 AND event IN ('standardized', 'next_cycle')`,
        [ctx.changeId],
      ),
  },
  {
    file: "components/iso/document-forms.tsx",
    form: "CreateDocumentForm (/iso/documents)",
    user: COORDINATOR,
    open: async (page) => {
      await page.goto("/iso/documents");
      return byFields(page, "regencyId", "number");
    },
    readBack: async (page, ctx) => {
      await expect(page).toHaveURL(/\/iso\/documents\/[0-9a-f-]{36}$/);
      ctx.documentId = page.url().split("/").pop()!;
      return rowOf(
        `SELECT d.number, d.title, d.type, d."ownerAgencyId", v.content FROM "IsoDocument" d JOIN "IsoDocumentVersion" v ON v."documentId" = d.id WHERE d.id = $1`,
        [ctx.documentId],
      );
    },
  },
  {
    file: "components/iso/document-forms.tsx",
    form: "EditDraftForm (/iso/documents/[id])",
    user: COORDINATOR,
    open: async (page, ctx) => {
      await page.goto(`/iso/documents/${ctx.documentId}`);
      return byFields(page, "changeSummary", "content");
    },
  },
  {
    file: "components/iso/document-forms.tsx",
    form: "ReviewVersionForm (/iso/documents/[id], in review, written by the official)",
    user: COORDINATOR,
    open: async (page, ctx) => {
      // the approver reviews someone else's draft
      await sql(
        `UPDATE "IsoDocumentVersion" SET status = 'in_review', "authorId" = (SELECT id FROM "User" WHERE email = 'pejabat@mekar.test')
         WHERE "documentId" = $1`,
        [ctx.documentId],
      );
      await page.goto(`/iso/documents/${ctx.documentId}`);
      return byFields(page, "decision");
    },
    // a returned draft keeps the note in the document's history (its audit trail)
    readBack: async (_page, ctx) =>
      rowOf(
        `SELECT CASE action WHEN 'iso_document.returned' THEN 'return' ELSE 'approve' END AS decision, changes->'note'->>1 AS note
         FROM "AuditEvent" WHERE "entityId" = $1 AND action IN ('iso_document.returned', 'iso_document.approved')`,
        [ctx.documentId],
      ),
  },
  {
    file: "components/iso/document-forms.tsx",
    form: "MakeEffectiveForm (/iso/documents/[id], approved)",
    user: COORDINATOR,
    open: async (page, ctx) => {
      await sql(
        `UPDATE "IsoDocumentVersion" SET status = 'approved', "approverId" = (SELECT id FROM "User" WHERE email = $2), "approvedAt" = now()
         WHERE "documentId" = $1`,
        [ctx.documentId, COORDINATOR],
      );
      await page.goto(`/iso/documents/${ctx.documentId}`);
      return byFields(page, "reviewDueDate");
    },
    values: { reviewDueDate: "2028-01-31" },
    error: { name: "version", value: "999999" },
    readBack: async (_page, ctx) =>
      rowOf(`SELECT "reviewDueDate" FROM "IsoDocumentVersion" WHERE "documentId" = $1 AND status = 'effective'`, [
        ctx.documentId,
      ]),
  },
  {
    file: "components/iso/document-forms.tsx",
    form: "NewVersionForm (/iso/documents/[id], in effect)",
    user: COORDINATOR,
    open: async (page, ctx) => {
      await page.goto(`/iso/documents/${ctx.documentId}`);
      return byFields(page, "changeSummary");
    },
    readBack: async (_page, ctx) =>
      rowOf(`SELECT "changeSummary" FROM "IsoDocumentVersion" WHERE "documentId" = $1 AND "versionNo" = 2`, [
        ctx.documentId,
      ]),
  },
  {
    file: "components/iso/risk-forms.tsx",
    form: "CreateRiskForm (/iso/risks)",
    user: COORDINATOR,
    open: async (page) => {
      await page.goto("/iso/risks");
      return byFields(page, "regencyId", "likelihood");
    },
    values: { reviewDate: "2027-06-30" },
    readBack: async (page, ctx, text) => {
      ctx.riskId = await idOf(`SELECT id FROM "IsoRisk" WHERE title = $1`, [text("title")]);
      await page.goto("/iso/risks");
      return formWith(page, "id", ctx.riskId);
    },
  },
  {
    file: "components/iso/risk-forms.tsx",
    form: "UpdateRiskForm (/iso/risks)",
    user: COORDINATOR,
    open: async (page, ctx) => {
      await page.goto("/iso/risks");
      return formWith(page, "id", ctx.riskId);
    },
    values: { reviewDate: "2027-07-31" },
  },
  {
    file: "components/iso/objective-forms.tsx",
    form: "RecordMeasurementForm (/iso/objectives)",
    user: COORDINATOR,
    open: async (page, ctx) => {
      await page.goto("/iso/objectives");
      return formWith(page, "objectiveId", ctx.objectiveId);
    },
    values: { period: "2027-03", value: "42.5" },
    error: { name: "period", value: "bukan-periode" },
    readBack: async (_page, ctx) =>
      rowOf(`SELECT period, value, note FROM "IsoObjectiveMeasurement" WHERE "objectiveId" = $1`, [ctx.objectiveId]),
  },
  {
    file: "components/iso/assessment-forms.tsx",
    form: "CreateAssessmentForm (/iso/assessments)",
    user: COORDINATOR,
    open: async (page) => {
      await page.goto("/iso/assessments");
      return byFields(page, "regencyId", "period");
    },
    values: { period: `20${40 + (Date.now() % 50)}-Q${1 + (Date.now() % 4)}` },
    error: { name: "period", value: "bukan" },
    readBack: async (page, ctx) => {
      await expect(page).toHaveURL(/\/iso\/assessments\/[0-9a-f-]{36}$/);
      ctx.assessmentId = page.url().split("/").pop()!;
      return rowOf(`SELECT period FROM "IsoAssessment" WHERE id = $1`, [ctx.assessmentId]);
    },
  },
  {
    file: "components/iso/assessment-forms.tsx",
    form: "RatingsForm (/iso/assessments/[id])",
    user: COORDINATOR,
    open: async (page, ctx) => {
      await page.goto(`/iso/assessments/${ctx.assessmentId}`);
      return formWith(page, "id", ctx.assessmentId).filter({ has: page.locator('select[name^="rating_"]') });
    },
    error: { name: "version", value: "999999" },
  },
  {
    file: "components/iso/assessment-forms.tsx",
    form: "VerifyAssessmentForm (/iso/assessments/[id], submitted; the official verifies)",
    user: "pejabat@mekar.test",
    open: async (page, ctx) => {
      await sql(`UPDATE "IsoAssessment" SET status = 'submitted', "submittedAt" = now() WHERE id = $1`, [
        ctx.assessmentId,
      ]);
      await page.goto(`/iso/assessments/${ctx.assessmentId}`);
      return byFields(page, "decision");
    },
    readBack: async (_page, ctx) =>
      rowOf(`SELECT status AS decision, "disputeNote" AS note FROM "IsoAssessment" WHERE id = $1`, [ctx.assessmentId]),
  },
  {
    file: "components/regencies/leadership-forms.tsx",
    form: "CreatePositionForm (/regencies/[slug]/leadership)",
    user: COORDINATOR,
    open: async (page) => {
      await page.goto("/regencies/pangandaran/leadership");
      return byFields(page, "regencyId", "dprdCommission");
    },
    values: { kind: "anggota_dprd" }, // a commission only for a member of the DPRD
    readBack: async (_page, ctx, text) => {
      const row = await rowOf(`SELECT id, kind, title, "agencyId", "dprdCommission" FROM "Position" WHERE title = $1`, [
        text("title"),
      ]);
      ctx.positionId = String(row.id);
      delete row.id;
      return row;
    },
  },
  {
    file: "components/regencies/leadership-forms.tsx",
    form: "AppointHolderForm (/regencies/[slug]/leadership?position=)",
    user: COORDINATOR,
    open: async (page, ctx) => {
      await page.goto(`/regencies/pangandaran/leadership?position=${ctx.positionId}`);
      return byFields(page, "personName", "appointment");
    },
    afterFill: async (form, ctx) => {
      await form.locator('[name="positionId"]').selectOption(ctx.positionId);
    },
    values: { startDate: "2026-01-05", endDate: "2030-01-04" },
    readBack: async (_page, ctx) =>
      rowOf(
        `SELECT "positionId", "personName", appointment, "startDate", "endDate", "userId" FROM "PositionTerm" WHERE "positionId" = $1`,
        [ctx.positionId],
      ),
  },
  {
    file: "components/regencies/leader-profile.tsx",
    form: "LeaderProfileForm (/regencies/[slug]/leaders/[termId], the holder appointed above)",
    user: COORDINATOR,
    open: async (page, ctx) => {
      ctx.termId ??= await idOf(`SELECT id FROM "PositionTerm" WHERE "positionId" = $1`, [ctx.positionId]);
      await page.goto(`/regencies/pangandaran/leaders/${ctx.termId}`);
      return byFields(page, "termId", "background");
    },
  },
  {
    file: "components/regencies/leader-profile.tsx",
    form: "EndTermForm (/regencies/[slug]/leaders/[termId])",
    user: COORDINATOR,
    open: async (page, ctx) => {
      await page.goto(`/regencies/pangandaran/leaders/${ctx.termId}`);
      return byFields(page, "termId", "endDate");
    },
    values: { endDate: "2029-06-30" }, // within the term appointed above
  },
  {
    file: "components/leadership/assess-form.tsx",
    form: "AssessLeaderForm (/regencies/[slug]/leaders/[termId], Malaka's coordinator as a colleague of the Bupati)",
    user: MALAKA,
    open: async (page, ctx) => {
      ctx.malakaBupatiTerm ??= await idOf(
        `SELECT t.id FROM "PositionTerm" t JOIN "Position" p ON p.id = t."positionId" JOIN "Regency" r ON r.id = p."regencyId"
         WHERE r.slug = 'malaka' AND p.kind = 'bupati' AND t."endDate" IS NULL`,
        [],
      );
      await page.goto(`/regencies/malaka/leaders/${ctx.malakaBupatiTerm}`);
      return byFields(page, "termId", "score_mentor");
    },
    values: { kind: "colleague" },
    // another leader's id: refused as not found, every chosen score kept
    error: { name: "termId", value: randomUUID() },
    // the scores are never shown back (a colleague's own included): read from the stored row
    readBack: async (_page, ctx) =>
      rowOf(
        `SELECT a.period, a.kind::text AS kind, a.scores[1] AS score_mentor, a.scores[2] AS score_facilitator,
                a.scores[3] AS score_innovator, a.scores[4] AS score_broker, a.scores[5] AS score_producer,
                a.scores[6] AS score_director, a.scores[7] AS score_coordinator, a.scores[8] AS score_monitor
         FROM "LeadershipAssessment" a JOIN "User" u ON u.id::text = a."raterKey"
         WHERE a."termId" = $1 AND u.email = $2 ORDER BY a."updatedAt" DESC LIMIT 1`,
        [ctx.malakaBupatiTerm, MALAKA],
      ),
  },
  {
    file: "components/leadership/team-form.tsx",
    form: "AddTeamPositionForm (/culture/leadership, Malaka's coordinator; put back afterwards)",
    user: MALAKA,
    open: async (page) => {
      await page.goto("/culture/leadership?regency=malaka");
      return byFields(page, "positionId", "member");
    },
    error: { name: "member", value: "perhaps" },
    readBack: async () =>
      rowOf(
        `SELECT p.id AS "positionId" FROM "Position" p JOIN "Regency" r ON r.id = p."regencyId"
         WHERE r.slug = 'malaka' AND p."inLeadershipTeam" ORDER BY p."updatedAt" DESC LIMIT 1`,
        [],
      ),
    cleanup: async () => {
      await sql(
        `UPDATE "Position" SET "inLeadershipTeam" = false, version = version + 1
         WHERE "regencyId" = (SELECT id FROM "Regency" WHERE slug = 'malaka') AND "inLeadershipTeam"`,
      );
    },
  },
  {
    file: "components/regencies/leadership-forms.tsx",
    form: "SetCoordinatorForm (/regencies/[slug]/leadership, Malaka's own coordinator; put back afterwards)",
    user: MALAKA,
    open: async (page, ctx) => {
      ctx.malakaId ??= await idOf(`SELECT id FROM "Regency" WHERE slug = 'malaka'`, []);
      // the coordinator position as it was (the Sekda in the seed)
      ctx.coordinatorsBefore ??= JSON.stringify(
        (await sql(`SELECT id FROM "Position" WHERE "regencyId" = $1 AND "isCoordinator"`, [ctx.malakaId])).map(
          (r) => r.id,
        ),
      );
      // the refusal: a position the form offers (first in the list) is gone when the form is sent
      await sql(
        `INSERT INTO "Position" (id, "regencyId", kind, title, "sortOrder", "updatedAt") VALUES ($1, $2, 'wakil_bupati', $3, 0, now())`,
        [GONE_POSITION, ctx.malakaId, `${RUN} jabatan yang dihapus`],
      );
      await page.goto("/regencies/malaka/leadership");
      const form = coordinatorForm(page);
      await expect(form.locator(`option[value="${GONE_POSITION}"]`)).toHaveCount(1);
      await sql(`DELETE FROM "Position" WHERE id = $1`, [GONE_POSITION]);
      return form;
    },
    error: { name: "positionId", value: GONE_POSITION }, // not found
    readBack: async (page) => {
      await page.goto("/regencies/malaka/leadership");
      return coordinatorForm(page);
    },
    // Malaka's coordinator position is read by its notices and its approver (when none is named)
    cleanup: async (ctx) => {
      await sql(`DELETE FROM "Position" WHERE id = $1`, [GONE_POSITION]);
      if (!ctx.coordinatorsBefore) return;
      await sql(
        `UPDATE "Position" SET "isCoordinator" = id = ANY($2::uuid[]), version = version + 1, "updatedAt" = now()
         WHERE "regencyId" = $1 AND "isCoordinator" <> (id = ANY($2::uuid[]))`,
        [ctx.malakaId, JSON.parse(ctx.coordinatorsBefore)],
      );
    },
  },
  {
    file: "components/culture/profile-forms.tsx",
    form: "GapThresholdForm (/culture, Malaka's own coordinator; put back afterwards)",
    user: MALAKA,
    open: async (page) => {
      await page.goto("/culture");
      return byField(page, "cultureGapThreshold");
    },
    values: { cultureGapThreshold: "12" },
    error: { name: "cultureGapThreshold", value: "0" },
    // Malaka's threshold decides which of its gaps propose an initiative
    cleanup: async () => {
      await sql(`UPDATE "Regency" SET "cultureGapThreshold" = 10 WHERE slug = 'malaka'`);
    },
  },
  {
    file: "components/regencies/regency-profile.tsx",
    form: "RegencyProfileForm (/regencies/[slug], Malaka's own coordinator)",
    user: MALAKA,
    open: async (page) => {
      await page.goto("/regencies/malaka");
      return byFields(page, "version", "capital");
    },
    values: {
      formationDate: "2013-01-14",
      figuresAsOf: "2025-12-31",
      areaKm2: "1160.63",
      population: "194567",
      districts: "17",
    },
    error: { name: "capital", value: "x".repeat(121) },
  },
  {
    file: "app/(portal)/admin/users/page.tsx",
    form: "create a user (/admin/users)",
    user: "admin@mekar.test",
    open: async (page) => {
      await page.goto("/admin/users");
      return byFields(page, "email", "isAdmin");
    },
    values: { password: "Sweep-Password-2027!" },
    readBack: async (page, ctx, text) => {
      const row = await rowOf(
        `SELECT u.id, u.name, u.email, u."isAdmin", m."regencyId", m.role FROM "User" u LEFT JOIN "Membership" m ON m."userId" = u.id WHERE u.name = $1`,
        [text("name")],
      );
      ctx.userId = String(row.id);
      delete row.id;
      return row;
    },
  },
  {
    file: "app/(portal)/admin/users/[id]/page.tsx",
    form: "set a membership (/admin/users/[id])",
    user: "admin@mekar.test",
    open: async (page, ctx) => {
      await page.goto(`/admin/users/${ctx.userId}`);
      return byFields(page, "regencyId", "role");
    },
    error: { name: "userId", value: "00000000-0000-4000-8000-000000000000" }, // not found
    readBack: async (_page, ctx) =>
      rowOf(`SELECT "regencyId", role FROM "Membership" WHERE "userId" = $1 ORDER BY "createdAt" DESC LIMIT 1`, [
        ctx.userId,
      ]),
  },
  {
    file: "components/notifications/channel-settings.tsx",
    form: "channels and digest time (/account, Malaka's coordinator)",
    user: MALAKA,
    open: async (page) => {
      await page.goto("/account");
      return byFields(page, "digestTime");
    },
    // the refusal this form gives: WhatsApp ticked with no verified number; the user unticks it
    keep: ["whatsappEnabled"],
    error: { name: "whatsappEnabled", value: "on" },
  },
  {
    file: "components/notifications/channel-settings.tsx",
    form: "send a code to a phone (/account, a WhatsApp gateway in Malaka)",
    user: MALAKA,
    open: async (page) => {
      // a gateway no one answers: the code message waits in the outbox
      await sql(
        `INSERT INTO "WhatsAppGateway" ("regencyId", url, token, template, "updatedAt")
         SELECT id, 'http://127.0.0.1:9/sapuan', 'sapuan', '{{text}}', now() FROM "Regency" WHERE slug = 'malaka' ON CONFLICT DO NOTHING`,
      );
      await page.goto("/account");
      return byFields(page, "phone");
    },
    // kept as +62…: read back as typed (0…)
    readBack: async () =>
      rowOf(
        `SELECT '0' || substr("pendingPhone", 4) AS phone FROM "NotificationPreference" WHERE "userId" = (SELECT id FROM "User" WHERE email = $1)`,
        [MALAKA],
      ),
  },
];

const NOTHING = "nothing a user enters: hidden ids and a button, so nothing to keep";
const SECRET = "only passwords or codes, which are never echoed back (by design) and must be typed again";
/** Forms with nothing a user enters, or that cannot keep what was entered (by design). */
const EXEMPT: { file: string; form: string; reason: string }[] = [
  { file: "components/culture/survey-forms.tsx", form: "CloseSurveyButton", reason: NOTHING },
  { file: "app/(portal)/account/confirm/page.tsx", form: "confirm identity", reason: SECRET },
  { file: "app/(portal)/account/page.tsx", form: "change own password", reason: SECRET },
  {
    file: "components/regencies/logo-form.tsx",
    form: "set the regency's emblem",
    reason: "only a file, which a page cannot fill in again; print.spec.ts uploads one and refuses an SVG",
  },
  { file: "components/regencies/logo-form.tsx", form: "remove the emblem", reason: NOTHING },
  {
    file: "components/culture/profile-forms.tsx",
    form: "propose a change initiative from a culture gap",
    reason: NOTHING,
  },
  { file: "app/(portal)/account/page.tsx", form: "turn off the second factor", reason: SECRET },
  { file: "app/(portal)/account/page.tsx", form: "end a session", reason: NOTHING },
  { file: "app/(portal)/account/page.tsx", form: "end other sessions", reason: NOTHING },
  { file: "app/(portal)/admin/users/[id]/page.tsx", form: "remove a membership", reason: NOTHING },
  { file: "app/(portal)/admin/users/[id]/page.tsx", form: "reset the password", reason: SECRET },
  { file: "app/(portal)/admin/users/[id]/page.tsx", form: "reset the second factor", reason: NOTHING },
  { file: "app/(portal)/admin/users/[id]/page.tsx", form: "disable / enable", reason: NOTHING },
  { file: "components/leadership/team-form.tsx", form: "RemoveTeamPositionForm", reason: NOTHING },
  { file: "components/iso/assessment-forms.tsx", form: "SubmitAssessmentForm", reason: NOTHING },
  { file: "components/iso/assessment-forms.tsx", form: "RaiseFromRatingForm", reason: NOTHING },
  { file: "components/iso/audit-forms.tsx", form: "RaiseFromFindingForm", reason: NOTHING },
  { file: "components/iso/audit-forms.tsx", form: "CompleteAuditForm", reason: NOTHING },
  { file: "components/iso/change-forms.tsx", form: "AdvanceChangeForm", reason: NOTHING },
  { file: "components/iso/document-forms.tsx", form: "SubmitVersionForm", reason: NOTHING },
  {
    file: "components/iso/evidence-files.tsx",
    form: "attach evidence",
    reason: "only a file, which no browser lets a page fill in again after a round trip",
  },
  { file: "components/iso/nc-detail-forms.tsx", form: "NcWorkflow: start", reason: NOTHING },
  { file: "components/iso/nc-detail-forms.tsx", form: "NcWorkflow: request verification", reason: NOTHING },
  { file: "components/iso/review-forms.tsx", form: "CompleteReviewActionForm", reason: NOTHING },
  { file: "components/iso/review-forms.tsx", form: "ApproveReviewForm", reason: NOTHING },
  { file: "components/notifications/notification-list.tsx", form: "MarkAllReadForm", reason: NOTHING },
  { file: "components/notifications/notification-list.tsx", form: "mark one read", reason: NOTHING },
  { file: "components/notifications/notification-list.tsx", form: "mark one unread", reason: NOTHING },
  {
    file: "components/publications/image-panel.tsx",
    form: "set the image",
    reason: "a file with its alt text: the file cannot be filled in again by a page (the alt text is a TextField)",
  },
  { file: "components/publications/image-panel.tsx", form: "remove the image", reason: NOTHING },
  { file: "components/publications/narrative-forms.tsx", form: "RetireNarrativeMessageForm", reason: NOTHING },
  { file: "components/aspirations/aspiration-forms.tsx", form: "CloseForm", reason: NOTHING },
  { file: "components/aspirations/settings-forms.tsx", form: "delete a reply template", reason: NOTHING },
  { file: "components/publications/piece-forms.tsx", form: "SubmitPieceForm", reason: NOTHING },
  { file: "components/notifications/channel-settings.tsx", form: "remove the phone", reason: NOTHING },
  { file: "components/notifications/channel-settings.tsx", form: "confirm the phone's code", reason: SECRET },
  {
    file: "components/regencies/whatsapp-gateway-form.tsx",
    form: "WhatsApp gateway",
    reason:
      "its token is never echoed back (by design, a secret); sending a message to a test receiver is in whatsapp.spec.ts",
  },
  { file: "components/workshops/control-buttons.tsx", form: "ActionButton", reason: NOTHING },
  { file: "components/regencies/potential-forms.tsx", form: "ManagePotentialForms: unlink an issue", reason: NOTHING },
  {
    file: "components/regencies/potential-forms.tsx",
    form: "ManagePotentialForms: unlink a follow-up",
    reason: NOTHING,
  },
  {
    file: "components/workshops/activity-timer.tsx",
    form: "start a countdown (/workshops/[id], an open activity)",
    reason:
      "a duration picked from a list (or minutes) on the open activity, not reset after sending; starting it is the journey in workshop-tools.spec.ts",
  },
  {
    file: "components/imports/import-form.tsx",
    form: "confirm an import",
    reason:
      "nothing a user enters: the checked rows of the preview in hidden fields and a button (the preview form keeps pasted text itself)",
  },
];

// ---------------------------------------------------------------------------------------------
// The form, as the user sees it

type Field = {
  key: string;
  tag: string;
  type: string;
  name: string;
  value: string;
  checked: boolean;
  required: boolean;
  maxLength: number;
  min: string;
  max: string;
  options: string[];
};

/** Every field a user fills (not hidden, file, password or buttons), marked so it can be found again. */
async function fieldsOf(form: Locator): Promise<Field[]> {
  return form.evaluate((f: HTMLFormElement) => {
    for (let d = f.closest("details"); d; d = d.parentElement?.closest("details") ?? null) d.open = true;
    const out: Field[] = [];
    let n = 0;
    for (const e of Array.from(f.elements) as (HTMLInputElement & HTMLSelectElement)[]) {
      const type = e.tagName === "INPUT" ? e.type : e.tagName.toLowerCase();
      if (
        !e.name ||
        e.disabled ||
        ["hidden", "file", "password", "submit", "button", "reset", "image", "fieldset"].includes(type)
      )
        continue;
      const key = String(n++);
      e.dataset.sweep = key;
      out.push({
        key,
        tag: e.tagName,
        type,
        name: e.name,
        value: e.value,
        checked: !!e.checked,
        required: e.required,
        maxLength: e.tagName === "SELECT" ? -1 : e.maxLength,
        min: e.getAttribute("min") ?? "",
        max: e.getAttribute("max") ?? "",
        options: e.tagName === "SELECT" ? Array.from(e.options).map((o) => o.value) : [],
      });
    }
    return out;
  });
}

/** What the form shows: one line per field, in order ("name=value", "name[value]=on|off"). */
async function shown(form: Locator): Promise<string[]> {
  return (await fieldsOf(form)).map((f) =>
    f.type === "checkbox" || f.type === "radio"
      ? `${f.name}[${f.value}]=${f.checked ? "on" : "off"}`
      : `${f.name}=${f.value}`,
  );
}

/** What the form would send, by name (for comparing two forms that show one record). */
function sent(lines: string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const l of lines) {
    const box = /^(.+)\[(.*)\]=(on|off)$/.exec(l);
    const [name, value] = box
      ? [box[1], box[3] === "on" ? box[2] : null]
      : [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)];
    const list = out.get(name) ?? [];
    if (value !== null) list.push(value);
    out.set(name, list);
  }
  for (const l of out.values()) l.sort();
  return out;
}

const isLocator = (x: Locator | Stored): x is Locator => typeof (x as Locator).evaluate === "function";

/** A stored row as the form would send it: dates as yyyy-mm-dd, booleans as a ticked "on", lists sorted. */
function asSent(row: Stored): Map<string, string[]> {
  const one = (v: unknown): string[] =>
    v === null || v === undefined || v === false
      ? []
      : v === true
        ? ["on"]
        : v instanceof Date
          ? [v.toISOString().slice(0, 10)]
          : Array.isArray(v)
            ? v.flatMap(one).sort()
            : [String(v)];
  const out = new Map<string, string[]>();
  for (const [k, v] of Object.entries(row)) out.set(k, one(v));
  return out;
}

/** A valid value unlike the current one, by the field's type. */
function valueFor(f: Field, s: Swept): string {
  const tag = `${RUN}${SWEPT.indexOf(s)}`;
  if (s.values?.[f.name] !== undefined) return s.values[f.name];
  const n = (x: string, d: number) => (x === "" ? d : Number(x));
  switch (f.type) {
    case "email":
      return `${tag.toLowerCase()}.${f.name.toLowerCase()}@example.test`;
    case "url":
      return `https://example.test/${tag}/${f.name}`;
    case "tel":
      return `0812345${String(SWEPT.indexOf(s)).padStart(5, "0")}`;
    case "number": {
      const lo = n(f.min, 0);
      const hi = n(f.max, lo + 100);
      const v = hi - 1 >= lo && String(hi - 1) !== f.value ? hi - 1 : String(lo) !== f.value ? lo : hi;
      return String(v);
    }
    case "date":
      return "2027-03-17";
    case "datetime-local":
      return "2027-03-17T09:30";
    case "time":
      return "09:30";
    case "month":
      return "2027-03";
    default: {
      const v = `${tag} ${f.name} ${f.tag === "TEXTAREA" ? "teks panjang" : "isi"}`;
      return f.maxLength > 0 ? v.slice(0, f.maxLength) : v;
    }
  }
}

/** Fills every field: a later option in each select, each checkbox toggled, a value in each text field. */
async function fillAll(form: Locator, s: Swept): Promise<Map<string, string>> {
  const planned = new Map<string, string>(); // key → the valid value typed
  // a checkbox list ("issueIds[]") offers every record of the regency, more than a form takes
  // (the demo data grows as tests run): the last few of each list are toggled, as a user would —
  // the oldest, seeded records, not the newest that other tests make (and merge or reject) meanwhile
  const fields = await fieldsOf(form);
  const groupSize = new Map<string, number>();
  for (const f of fields)
    if (f.type === "checkbox" && f.name.endsWith("[]")) groupSize.set(f.name, (groupSize.get(f.name) ?? 0) + 1);
  const groupToggles = new Map<string, number>();
  for (const f of fields) {
    if (s.keep?.includes(f.name)) continue;
    const el = form.locator(`[data-sweep="${f.key}"]`);
    if (f.type === "checkbox" && f.name.endsWith("[]")) {
      const n = groupToggles.get(f.name) ?? 0;
      groupToggles.set(f.name, n + 1);
      if (n >= groupSize.get(f.name)! - 3) await el.setChecked(!f.checked);
    } else if (f.type === "checkbox") await el.setChecked(!f.checked);
    else if (f.type === "radio") {
      if (!f.checked) await el.check(); // the last unchecked one of a group wins
    } else if (f.tag === "SELECT") {
      const choices = f.options.filter((o) => o !== "" && o !== f.value);
      expect(choices, `${s.form}: ${f.name} has another option`).not.toHaveLength(0);
      await el.selectOption(s.values?.[f.name] ?? choices[choices.length - 1]);
    } else {
      const v = valueFor(f, s);
      expect(v, `${s.form}: ${f.name} gets a value unlike its default`).not.toBe(f.value);
      await el.fill(v);
      planned.set(f.key, v);
    }
  }
  return planned;
}

/** Sends the form. Passwords are never echoed back (by design), so they are typed again each time. */
async function submit(page: Page, form: Locator, s: Swept) {
  for (const p of await form.locator('input[type="password"]').all())
    await p.fill(s.values?.[(await p.getAttribute("name")) ?? ""] ?? "Sweep-Password-2027!");
  await form.locator('button[type="submit"]').last().click();
}

// ---------------------------------------------------------------------------------------------

/** Records one form's sweep builds on (an issue, a workshop…): its forms run in order, in one test. */
function chainOf(s: Swept): string {
  const f = s.file;
  if (/components\/issues\//.test(f)) return "issues";
  if (/components\/iso\/nc-/.test(f)) return "iso/nonconformities";
  if (/agency-forms|edit-in-place/.test(f)) return "agencies";
  if (/leadership-forms|leader-profile/.test(f) && s.user === COORDINATOR) return "leadership";
  if (/(components|app\/\(portal\))\/workshops\//.test(f)) return "workshops";
  if (/admin\/users/.test(f)) return "users";
  // both save Malaka's Regency row (one version): one after the other
  if (/regency-profile|culture\/profile-forms/.test(f) && s.user === MALAKA) return "malaka-regency";
  return f;
}

const session = (user: DemoUser) =>
  (JSON.parse(readFileSync(storageStateFor(user), "utf8")) as { cookies: Parameters<BrowserContext["addCookies"]>[0] })
    .cookies;

async function sweep(page: Page, s: Swept, ctx: Ctx) {
  // the saved session of the setup project (each form's open goes to its own page: no dashboard first)
  if (ctx.signedIn !== s.user) await page.context().addCookies(session(s.user));
  ctx.signedIn = s.user;
  const opened = await s.open(page, ctx);
  await expect(opened).toHaveCount(1);
  // pinned: a tampered hidden field (the error) must not lose the form
  await opened.evaluate((f: HTMLFormElement) => (f.dataset.swept = "1"));
  const form = page.locator('form[data-swept="1"]');
  const fields = await fieldsOf(form);
  const planned = await fillAll(form, s);
  await s.afterFill?.(form, ctx);

  // the server refuses one field: the browser's own checks are taken off
  const bad =
    s.error ??
    (() => {
      const text = fields.filter((f) => planned.has(f.key));
      const req = text.find((f) => f.required);
      if (req) return { name: req.name, value: "" };
      const long = text.find((f) => f.maxLength > 0);
      if (long) return { name: long.name, value: "x".repeat(long.maxLength + 1) };
      throw new Error(`${s.form}: say which field to make invalid (error)`);
    })();
  const badEl = form.locator(`[name="${bad.name}"]`).first();
  const kind = await badEl.evaluate((e: HTMLInputElement) =>
    e.type === "hidden" || e.type === "checkbox" ? e.type : e.tagName,
  );
  // a checkbox's error value is "on" (ticked) or "off"
  const fixed = kind === "checkbox" ? ((await badEl.isChecked()) ? "on" : "off") : await badEl.inputValue();
  const put = async (v: string) => {
    if (kind === "hidden") await badEl.evaluate((e: HTMLInputElement, x) => (e.value = x), v);
    else if (kind === "checkbox") await badEl.setChecked(v === "on");
    else if (kind === "SELECT") await badEl.selectOption(v);
    else await badEl.fill(v);
  };
  await form.evaluate((f: HTMLFormElement) => {
    for (const e of Array.from(f.querySelectorAll("[required],[maxlength],[minlength],[min],[max],[pattern]")))
      for (const a of ["required", "maxlength", "minlength", "min", "max", "pattern"]) e.removeAttribute(a);
  });
  await put(bad.value);
  const entered = await shown(form);
  await submit(page, form, s);
  await expect(form.locator('[data-state="error"]')).toBeVisible();
  expect(await shown(form), `${s.form}: every field as entered after the error`).toEqual(entered);

  // fixed, saved, read back
  await put(fixed);
  const saved = await shown(form);
  const before = page.url();
  await submit(page, form, s);
  // saved: the page moved on, or the form says so, or (a one-time step) it is gone
  await expect
    .poll(
      async () =>
        page.url() !== before ||
        (await form.locator('[data-state="success"]').count()) > 0 ||
        (await form.count()) === 0,
    )
    .toBe(true);
  const text: Text = (name) => valueFor({ name, tag: "INPUT", type: "text", maxLength: -1 } as Field, s);
  let back: Locator | Stored;
  if (s.readBack) back = await s.readBack(page, ctx, text);
  else {
    await page.reload();
    back = await s.open(page, ctx);
  }
  const wanted = sent(saved);
  let stored: Map<string, string[]>;
  if (isLocator(back)) {
    await expect(back).toHaveCount(1);
    stored = sent(await shown(back));
  } else stored = asSent(back);
  for (const k of s.unread ?? []) wanted.delete(k);
  const common = [...wanted.keys()].filter((k) => stored.has(k));
  const unreadable = [...wanted.keys()].filter((k) => !stored.has(k));
  expect(unreadable, `${s.form}: every field read back (or listed in unread)`).toEqual([]);
  expect(common.length, `${s.form}: the read-back form shows the saved fields`).toBeGreaterThan(0);
  expect(
    Object.fromEntries(common.map((k) => [k, stored.get(k)])),
    `${s.form}: the stored record has every chosen value`,
  ).toEqual(Object.fromEntries(common.map((k) => [k, wanted.get(k)])));
}

// chains run side by side (each with its own records); the forms of a chain in order
test.describe("every form keeps every value after an error and saves exactly that", () => {
  test.describe.configure({ mode: "parallel" });
  const chains = new Map<string, Swept[]>();
  for (const s of SWEPT) chains.set(chainOf(s), [...(chains.get(chainOf(s)) ?? []), s]);
  for (const [chain, forms] of chains)
    test(chain, async ({ page }) => {
      page.on("dialog", (d) => void d.accept());
      const ctx: Ctx = {};
      for (const s of forms)
        await test.step(`${s.form} (${s.user})`, async () => {
          try {
            await sweep(page, s, ctx);
          } finally {
            await s.cleanup?.(ctx);
          }
        });
    });
});

test("every form is swept or exempt with a reason", () => {
  // UploadActionForm renders an ActionForm: its forms are counted where they are used
  const files = sourceFiles().filter(
    (f) => /^(app|components)\/.*\.tsx$/.test(f) && f !== "components/forms/upload-action-form.tsx",
  );
  const counts = new Map<string, number>();
  for (const f of files) {
    const n = (readFileSync(f, "utf8").match(/<(Upload)?ActionForm\b/g) ?? []).length;
    if (n) counts.set(f, n);
  }
  const listed = new Map<string, number>();
  for (const e of [...SWEPT, ...EXEMPT]) listed.set(e.file, (listed.get(e.file) ?? 0) + 1);
  for (const e of EXEMPT) expect(e.reason.length, `${e.file} ${e.form}: a reason`).toBeGreaterThan(10);
  const problems = [...new Set([...counts.keys(), ...listed.keys()])]
    .filter((f) => (counts.get(f) ?? 0) !== (listed.get(f) ?? 0))
    .map((f) => `${f}: ${counts.get(f) ?? 0} <ActionForm>, ${listed.get(f) ?? 0} in SWEPT/EXEMPT`);
  expect(problems, "add each form to SWEPT (or EXEMPT with a reason)").toEqual([]);
});
