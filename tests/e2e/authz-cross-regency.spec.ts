import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Browser, type BrowserContext } from "@playwright/test";
import pg from "pg";
import { objectStore } from "../../lib/files/storage";
import { routeHandlers, sourceFiles } from "../helpers/server-actions";
import { E2E_DATA_DIR, withE2eDb } from "../helpers/e2e-db";
import { signedInAs, storageStateFor } from "../helpers/sessions";

// Cross-regency isolation, through the running app: officials of Kabupaten Pangandaran ask for
// Kabupaten Malaka's records by id, by slug, through a query string and through the regency
// switcher's cookie, and must get 404 (or nothing of Malaka in a list). Every check has a positive
// control on Pangandaran's own record, so a broken URL cannot pass as "refused". Every dynamic
// page and every route handler must appear below, either in a table or in an exemption with its
// reason: a new one fails this file until it is added.

// the store the e2e server keeps files in: its data folder, or the bucket the run was given (MEKAR_S3_*)
const uploads = () => objectStore({ ...process.env, MEKAR_DATA_DIR: E2E_DATA_DIR });
const REGENCY_COOKIE = "mekar-regency";
const USERS = { coordinator: "koordinator@mekar.test", official: "pejabat@mekar.test" } as const;
type Role = keyof typeof USERS;
const ROLES = Object.keys(USERS) as Role[];

/** One record of each kind, for each of the two regencies: its id and a text only it shows. */
type Rec = { id: string; marker: string };
type Side = {
  regencyId: string;
  slug: string;
  profile: Rec;
  agency: Rec;
  milestone: Rec;
  obligation: Rec;
  potential: Rec;
  leader: Rec;
  user: Rec;
  issue: Rec;
  privateIssueNumber: number | null;
  publicIssue: { number: number; title: string } | null;
  nc: Rec;
  audit: Rec;
  assessment: Rec;
  assessmentIds: string[];
  document: Rec;
  change: Rec;
  review: Rec;
  file: Rec;
  publication: Rec;
  publicationSlug: string;
  image: Rec;
  publishedPiece: { slug: string; title: string } | null;
  draftPieceSlug: string | null;
  workshop: Rec;
  activity: Rec;
  survey: Rec;
  /** a citizen's aspiration (marker: its text), its tracking code, and its photo (marker: the bytes) */
  aspiration: Rec;
  aspirationCode: string;
  aspirationPhoto: Rec;
};
type Fixtures = { p: Side; m: Side; malakaMarkers: string[] };

let fx: Fixtures;
const cleanup: { sql: string; args: unknown[] }[] = [];
const files: string[] = [];

async function one<T = Record<string, unknown>>(c: pg.Client, sql: string, args: unknown[]): Promise<T> {
  const r = await c.query(sql, args);
  if (!r.rows[0]) throw new Error(`no row for ${sql} ${JSON.stringify(args)}`);
  return r.rows[0] as T;
}

/** Inserts a row this file owns (removed again after the run) and returns its id. */
async function insert(c: pg.Client, table: string, row: Record<string, unknown>): Promise<string> {
  const id = randomUUID();
  const cols = ["id", ...Object.keys(row)];
  const vals = [id, ...Object.values(row)];
  await c.query(
    `INSERT INTO "${table}" (${cols.map((k) => `"${k}"`).join(", ")}) VALUES (${vals.map((_, i) => `$${i + 1}`).join(", ")})`,
    vals,
  );
  cleanup.unshift({ sql: `DELETE FROM "${table}" WHERE id = $1`, args: [id] });
  return id;
}

/** A stored upload (evidence, image) with a content only this file knows. */
async function storeUpload(ext: string, content: string): Promise<{ storageKey: string; bytes: number }> {
  const storageKey = `${randomUUID()}${ext}`;
  await uploads().put(storageKey, Buffer.from(content));
  files.push(storageKey);
  return { storageKey, bytes: Buffer.byteLength(content) };
}

async function loadSide(c: pg.Client, slug: "pangandaran" | "malaka", tag: string): Promise<Side> {
  const regency = await one<{ id: string; capital: string }>(c, `SELECT id, capital FROM "Regency" WHERE slug = $1`, [
    slug,
  ]);
  const rid = regency.id;
  const coordinatorEmail = slug === "malaka" ? "koordinator.malaka@mekar.test" : USERS.coordinator;
  const author = await one<{ id: string; name: string }>(c, `SELECT id, name FROM "User" WHERE email = $1`, [
    coordinatorEmail,
  ]);
  const rec = (r: { id: string; marker: string }): Rec => ({ id: r.id, marker: r.marker });
  const first = (table: string, marker: string, extra = "") =>
    one<{ id: string; marker: string }>(
      c,
      `SELECT id, ${marker} AS marker FROM "${table}" WHERE "regencyId" = $1 ${extra} ORDER BY "createdAt", id LIMIT 1`,
      [rid],
    ).then(rec);

  const issue = await one<{ id: string; marker: string; number: number }>(
    c,
    `SELECT id, title AS marker, number FROM "Issue" WHERE "regencyId" = $1 AND triage = 'accepted' AND stage <> 'closed' ORDER BY number LIMIT 1`,
    [rid],
  );
  const privateIssue = (
    await c.query(`SELECT number FROM "Issue" WHERE "regencyId" = $1 AND "isPublic" = false ORDER BY number LIMIT 1`, [
      rid,
    ])
  ).rows[0];
  const publicIssue = (
    await c.query(
      `SELECT number, title FROM "Issue" WHERE "regencyId" = $1 AND "isPublic" AND triage = 'accepted' ORDER BY number LIMIT 1`,
      [rid],
    )
  ).rows[0];
  const nc = await one<{ id: string; marker: string }>(
    c,
    `SELECT id, title AS marker FROM "IsoNonconformity" WHERE "regencyId" = $1 ORDER BY number LIMIT 1`,
    [rid],
  );
  const assessments = (
    await c.query(
      `SELECT a.id, a.period, u.name FROM "IsoAssessment" a LEFT JOIN "User" u ON u.id = a."assessorId" WHERE a."regencyId" = $1 ORDER BY a.period`,
      [rid],
    )
  ).rows as { id: string; period: string; name: string }[];
  if (!assessments.length) throw new Error(`no ISO assessment in ${slug}`);
  // Pangandaran's page is known by its period in the heading; Malaka's by its assessor's name.
  const assessment: Rec = {
    id: assessments.at(-1)!.id,
    marker: slug === "malaka" ? assessments.at(-1)!.name : `· ${assessments.at(-1)!.period}`,
  };

  // Records the demo seed gives only to Pangandaran: Malaka gets its own, made here.
  const ensure = async (table: string, make: () => Promise<string>) => {
    const found = (
      await c.query(`SELECT id, title FROM "${table}" WHERE "regencyId" = $1 ORDER BY "createdAt" LIMIT 1`, [rid])
    ).rows[0] as { id: string; title: string } | undefined;
    if (found) return { id: found.id, marker: found.title };
    const id = await make();
    return { id, marker: (await one<{ title: string }>(c, `SELECT title FROM "${table}" WHERE id = $1`, [id])).title };
  };
  const document = await ensure("IsoDocument", async () => {
    const id = await insert(c, "IsoDocument", {
      regencyId: rid,
      number: `SOP-XREG-${tag}`,
      title: `SOP pengarsipan surat dinas ${slug} ${tag}`,
      type: "procedure",
      createdById: author.id,
    });
    await c.query(
      `INSERT INTO "IsoDocumentVersion" (id, "documentId", "versionNo", content, "authorId") VALUES ($1, $2, 1, '## Tujuan\nArsip tertib.', $3)`,
      [randomUUID(), id, author.id],
    );
    return id;
  });
  const change = await ensure("IsoChangeInitiative", () =>
    insert(c, "IsoChangeInitiative", {
      regencyId: rid,
      title: `Digitalisasi layanan adminduk ${slug} ${tag}`,
      purpose: "Layanan daring",
      createdById: author.id,
      updatedAt: new Date(),
    }),
  );
  const review = await ensure("IsoManagementReview", () =>
    insert(c, "IsoManagementReview", {
      regencyId: rid,
      title: `Tinjauan manajemen ${slug} ${tag}`,
      meetingDate: new Date(),
      createdById: author.id,
    }),
  );

  const fileContent = `bukti ${slug} ${tag}`;
  const ev = await storeUpload(".txt", fileContent);
  const fileId = await insert(c, "IsoEvidenceFile", {
    regencyId: rid,
    recordType: "nonconformity",
    recordId: nc.id,
    storageKey: ev.storageKey,
    fileName: `bukti-${slug}.txt`,
    contentType: "text/plain",
    sizeBytes: ev.bytes,
    sha256: "0".repeat(64),
    uploadedById: author.id,
  });

  const publication = await one<{ id: string; marker: string; slug: string }>(
    c,
    `SELECT id, title AS marker, slug FROM "Publication" WHERE "regencyId" = $1 ORDER BY "createdAt" LIMIT 1`,
    [rid],
  );
  const imageContent = `gambar ${slug} ${tag}`;
  const img = await storeUpload(".png", imageContent);
  const imageId = await insert(c, "PublicationImage", {
    publicationId: publication.id,
    storageKey: img.storageKey,
    fileName: `foto-${slug}.png`,
    contentType: "image/png",
    sizeBytes: img.bytes,
    sha256: "0".repeat(64),
    uploadedById: author.id,
  });
  const published = (
    await c.query(
      `SELECT p.slug, v.title FROM "Publication" p JOIN "PublicationVersion" v ON v."publicationId" = p.id
     WHERE p."regencyId" = $1 AND p."firstPublishAt" <= now() AND p."withdrawnAt" IS NULL AND v."publishAt" <= now() ORDER BY p."firstPublishAt", v.number DESC LIMIT 1`,
      [rid],
    )
  ).rows[0] as { slug: string; title: string } | undefined;
  const draft = (
    await c.query(
      `SELECT slug FROM "Publication" WHERE "regencyId" = $1 AND "firstPublishAt" IS NULL ORDER BY "createdAt" LIMIT 1`,
      [rid],
    )
  ).rows[0] as { slug: string } | undefined;

  // a workshop with activities (the regency's desk seeds sessions without any)
  const workshop = await first(
    "Workshop",
    "title",
    `AND EXISTS (SELECT 1 FROM "WorkshopActivity" a WHERE a."workshopId" = "Workshop".id)`,
  );
  const activity = await one<{ id: string; marker: string }>(
    c,
    `SELECT id, title AS marker FROM "WorkshopActivity" WHERE "workshopId" = $1 ORDER BY position, "createdAt" LIMIT 1`,
    [workshop.id],
  );
  const survey = await first("CultureSurvey", "title");
  const photoContent = `foto warga ${slug} ${tag}`;
  const photo = await storeUpload(".jpg", photoContent);
  const aspirationText = `Aspirasi uji ${slug} ${tag}`;
  const aspirationCode = `${slug === "malaka" ? "MMMM" : "PPPP"}-${tag
    .replace(/[^A-Z2-9]/gi, "")
    .toUpperCase()
    .replace(/[01ILOU]/g, "Z")
    .padEnd(4, "Z")
    .slice(0, 4)}-AAAA`;
  // forwarded to Bappeda, where Pangandaran's official holds a position: both roles see their own
  const bappeda = await one<{ id: string }>(
    c,
    `SELECT id FROM "Agency" WHERE "regencyId" = $1 AND "shortName" = 'Bappeda'`,
    [rid],
  );
  const aspirationId = await insert(c, "Aspiration", {
    regencyId: rid,
    status: "forwarded",
    forwardedAgencyId: bappeda.id,
    code: aspirationCode,
    category: "pengaduan",
    text: aspirationText,
    senderName: `Pengirim ${slug} ${tag}`,
    photoStorageKey: photo.storageKey,
    photoSizeBytes: photo.bytes,
    senderHash: `uji-${tag}-${slug}`,
    dueAt: new Date(Date.now() + 5 * 86_400_000),
    escalateAt: new Date(Date.now() + 10 * 86_400_000),
    updatedAt: new Date(),
  });
  const leader = await one<{ id: string; marker: string }>(
    c,
    `SELECT t.id, t."personName" AS marker FROM "PositionTerm" t JOIN "Position" p ON p.id = t."positionId" WHERE p."regencyId" = $1 ORDER BY t."startDate", t.id LIMIT 1`,
    [rid],
  );

  return {
    regencyId: rid,
    slug,
    profile: { id: slug, marker: regency.capital },
    // an agency (OPD) whose name no other regency uses, so finding it proves where it came from
    agency: await one<{ id: string; marker: string }>(
      c,
      `SELECT id, name AS marker FROM "Agency" a WHERE "regencyId" = $1 AND NOT EXISTS (SELECT 1 FROM "Agency" o WHERE o.name = a.name AND o."regencyId" <> $1) ORDER BY name LIMIT 1`,
      [rid],
    ),
    milestone: await first("RegencyMilestone", "title"),
    obligation: await first("MinistryObligation", "title"),
    potential: await first("RegionalPotential", "title"),
    leader,
    user: { id: author.id, marker: author.name },
    issue: { id: issue.id, marker: issue.marker },
    privateIssueNumber: privateIssue?.number ?? null,
    publicIssue: publicIssue ?? null,
    nc,
    audit: await first("IsoAudit", "title"),
    assessment,
    assessmentIds: assessments.map((a) => a.id),
    document,
    change,
    review,
    file: { id: fileId, marker: fileContent },
    publication: { id: publication.id, marker: publication.marker },
    publicationSlug: publication.slug,
    image: { id: imageId, marker: imageContent },
    publishedPiece: published ?? null,
    draftPieceSlug: draft?.slug ?? null,
    workshop,
    activity,
    survey,
    aspiration: { id: aspirationId, marker: aspirationText },
    aspirationCode,
    aspirationPhoto: { id: aspirationId, marker: photoContent },
  };
}

/** Every private record title of Malaka: none may show on a Pangandaran official's screen (a title
 * Pangandaran has too, like a template both regencies were given, marks nothing). */
async function malakaMarkers(c: pg.Client, regencyId: string, ownRegencyId: string): Promise<string[]> {
  const titles = async (id: string) => (await recordTitles(c, id)).filter((t) => t && t.length >= 8);
  const own = new Set(await titles(ownRegencyId));
  return (await titles(regencyId)).filter((t) => !own.has(t));
}

async function recordTitles(c: pg.Client, regencyId: string): Promise<string[]> {
  const r = await c.query(
    `SELECT title AS t FROM "Issue" WHERE "regencyId" = $1
     UNION SELECT title FROM "IsoNonconformity" WHERE "regencyId" = $1
     UNION SELECT title FROM "IsoAudit" WHERE "regencyId" = $1
     UNION SELECT title FROM "IsoDocument" WHERE "regencyId" = $1
     UNION SELECT title FROM "IsoChangeInitiative" WHERE "regencyId" = $1
     UNION SELECT title FROM "IsoManagementReview" WHERE "regencyId" = $1
     UNION SELECT title FROM "Publication" WHERE "regencyId" = $1
     UNION SELECT title FROM "Workshop" WHERE "regencyId" = $1
     UNION SELECT title FROM "WorkshopActivity" WHERE "regencyId" = $1
     UNION SELECT title FROM "RegencyMilestone" WHERE "regencyId" = $1
     UNION SELECT title FROM "MinistryObligation" WHERE "regencyId" = $1
     UNION SELECT title FROM "RegionalPotential" WHERE "regencyId" = $1
     UNION SELECT headline FROM "MediaCoverage" WHERE "regencyId" = $1
     UNION SELECT name FROM "Stakeholder" WHERE "regencyId" = $1
     UNION SELECT name FROM "ExpertContact" WHERE "regencyId" = $1
     UNION SELECT text FROM "Aspiration" WHERE "regencyId" = $1
     UNION SELECT t."personName" FROM "PositionTerm" t JOIN "Position" p ON p.id = t."positionId" WHERE p."regencyId" = $1
     UNION SELECT u.name FROM "User" u WHERE NOT u."isAdmin" AND EXISTS (SELECT 1 FROM "Membership" mb WHERE mb."userId" = u.id AND mb."regencyId" = $1)
       AND NOT EXISTS (SELECT 1 FROM "Membership" mb WHERE mb."userId" = u.id AND mb."regencyId" <> $1)`,
    [regencyId],
  );
  return (r.rows as { t: string }[]).map((x) => x.t);
}

test.beforeAll(async () => {
  const tag = String(Date.now());
  fx = await withE2eDb(async (c) => {
    const p = await loadSide(c, "pangandaran", tag);
    const m = await loadSide(c, "malaka", tag);
    return { p, m, malakaMarkers: await malakaMarkers(c, m.regencyId, p.regencyId) };
  });
});

test.afterAll(async () => {
  await withE2eDb(async (c) => {
    for (const { sql, args } of cleanup) await c.query(sql, args);
  });
  for (const key of files) await uploads().delete(key);
});

// Every test gets a fresh browser context with the role's saved session (closed again after the test).
const openContexts: BrowserContext[] = [];
async function session(browser: Browser, role: Role): Promise<BrowserContext> {
  const ctx = await browser.newContext({ storageState: storageStateFor(USERS[role]) });
  openContexts.push(ctx);
  return ctx;
}
test.afterEach(async () => {
  for (const ctx of openContexts.splice(0)) await ctx.close();
});

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };
const decodeEntities = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) =>
    e[0] === "#"
      ? String.fromCodePoint(e[1].toLowerCase() === "x" ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
      : (ENTITIES[e.toLowerCase()] ?? all),
  );

/**
 * A page as a browser gets it (redirects followed) without rendering it: everything the server
 * sent, entities decoded (so a leak anywhere in the HTML or its React payload counts, not only
 * what is painted), and the text of <main>. Much lighter than a browser page. (A page that calls
 * notFound() streams its not-found UI in the React payload, not as HTML: look for its title anywhere.)
 */
async function fetchPage(ctx: BrowserContext, url: string) {
  const res = await probe(ctx, url, "GET", "follow");
  const html = decodeEntities(res.body);
  const tagless = (s: string) => s.replace(/<[^>]*>/g, "").trim();
  const main = tagless(/<main\b[^>]*>([\s\S]*?)<\/main>/i.exec(html)?.[1] ?? "");
  // the not-found page's heading, as HTML or as the h1 element of the React payload
  const heading =
    /<h1\b[^>]*>Halaman tidak ditemukan<\/h1>/.test(res.body) ||
    /\\"h1\\",null,\{[^}]*\\"children\\":\\"Halaman tidak ditemukan\\"/.test(res.body);
  return { status: res.status, html, main, heading };
}

const routePattern = (file: string) =>
  "/" +
  path
    .dirname(file)
    .split("/")
    .slice(1)
    .filter((s) => !/^\(.*\)$/.test(s))
    .join("/");

// ---------------------------------------------------------------------------------------------
// 1. Pages with a dynamic segment

type PageCase = {
  /** Malaka's record (and mixed URLs: Pangandaran's parent, Malaka's child). */
  refused: (f: Fixtures) => { url: string; marker: string }[];
  /** Pangandaran's equivalent, answered 200 with its marker, for these roles (default: both). */
  control: (f: Fixtures) => { url: string; marker: string };
  controlRoles?: Role[];
  /** Who answers the control instead when neither Pangandaran role may open the page at all. */
  controlUser?: string;
};
const page1 = (base: string, pick: (s: Side) => Rec): PageCase => ({
  refused: (f) => [{ url: `${base}/${pick(f.m).id}`, marker: pick(f.m).marker }],
  control: (f) => ({ url: `${base}/${pick(f.p).id}`, marker: pick(f.p).marker }),
});
const withSuffix = (c: PageCase, suffix: string): PageCase => ({
  ...c,
  refused: (f) => c.refused(f).map((r) => ({ ...r, url: r.url + suffix })),
  control: (f) => ({ ...c.control(f), url: c.control(f).url + suffix }),
});
const regencyPage = (suffix: string, pick: (s: Side) => Rec): PageCase => ({
  refused: (f) => [{ url: `/regencies/malaka${suffix}`, marker: pick(f.m).marker }],
  control: (f) => ({ url: `/regencies/pangandaran${suffix}`, marker: pick(f.p).marker }),
});

const PAGES: Record<string, PageCase> = {
  "/admin/users/[id]": { ...page1("/admin/users", (s) => s.user), controlUser: "admin@mekar.test" },
  "/issues/[id]": page1("/issues", (s) => s.issue),
  "/issues/[id]/edit": {
    ...withSuffix(
      page1("/issues", (s) => s.issue),
      "/edit",
    ),
    controlRoles: ["coordinator"],
  },
  // an agency's culture profile: the agency's name is its marker (a name only that regency uses)
  "/culture/agencies/[id]": page1("/culture/agencies", (s) => s.agency),
  "/iso/assessments/[id]": page1("/iso/assessments", (s) => s.assessment),
  "/iso/assessments/[id]/print": withSuffix(
    page1("/iso/assessments", (s) => s.assessment),
    "/print",
  ),
  "/iso/audits/[id]": page1("/iso/audits", (s) => s.audit),
  "/iso/audits/[id]/print": withSuffix(
    page1("/iso/audits", (s) => s.audit),
    "/print",
  ),
  "/iso/changes/[id]": page1("/iso/changes", (s) => s.change),
  "/iso/changes/[id]/print": withSuffix(
    page1("/iso/changes", (s) => s.change),
    "/print",
  ),
  "/iso/documents/[id]": page1("/iso/documents", (s) => s.document),
  "/iso/documents/[id]/print": withSuffix(
    page1("/iso/documents", (s) => s.document),
    "/print",
  ),
  "/iso/nonconformities/[id]": page1("/iso/nonconformities", (s) => s.nc),
  "/iso/nonconformities/[id]/print": withSuffix(
    page1("/iso/nonconformities", (s) => s.nc),
    "/print",
  ),
  "/iso/reviews/[id]": page1("/iso/reviews", (s) => s.review),
  "/iso/reviews/[id]/print": withSuffix(
    page1("/iso/reviews", (s) => s.review),
    "/print",
  ),
  "/publications/[id]": page1("/publications", (s) => s.publication),
  // (forwarded to Bappeda: Pangandaran's official, its head, sees it too)
  "/aspirations/[id]": page1("/aspirations", (s) => s.aspiration),
  // a tracking code opens its own aspiration on its own regency's page only
  "/r/[regencySlug]/aspirasi/[code]": {
    refused: (f) => [{ url: `/r/pangandaran/aspirasi/${f.m.aspirationCode}`, marker: f.m.aspiration.marker }],
    control: (f) => ({ url: `/r/pangandaran/aspirasi/${f.p.aspirationCode}`, marker: f.p.aspiration.marker }),
  },
  "/regencies/[slug]": regencyPage("", (s) => s.profile),
  "/regencies/[slug]/agencies": regencyPage("/agencies", (s) => s.agency),
  "/regencies/[slug]/milestones": regencyPage("/milestones", (s) => s.milestone),
  "/regencies/[slug]/obligations": regencyPage("/obligations", (s) => s.obligation),
  "/regencies/[slug]/potentials": regencyPage("/potentials", (s) => s.potential),
  "/regencies/[slug]/leadership": regencyPage("/leadership", (s) => s.leader),
  "/regencies/[slug]/leaders/[termId]": {
    refused: (f) => [
      { url: `/regencies/malaka/leaders/${f.m.leader.id}`, marker: f.m.leader.marker },
      { url: `/regencies/pangandaran/leaders/${f.m.leader.id}`, marker: f.m.leader.marker },
    ],
    control: (f) => ({ url: `/regencies/pangandaran/leaders/${f.p.leader.id}`, marker: f.p.leader.marker }),
  },
  "/culture/surveys/[id]": page1("/culture/surveys", (s) => s.survey),
  "/workshops/[id]": page1("/workshops", (s) => s.workshop),
  "/workshops/[id]/attendance": withSuffix(
    page1("/workshops", (s) => s.workshop),
    "/attendance",
  ),
  "/workshops/[id]/present": withSuffix(
    page1("/workshops", (s) => s.workshop),
    "/present",
  ),
  "/workshops/[id]/summary": withSuffix(
    page1("/workshops", (s) => s.workshop),
    "/summary",
  ),
  "/workshops/[id]/activities/[activityId]": {
    refused: (f) => [
      { url: `/workshops/${f.m.workshop.id}/activities/${f.m.activity.id}`, marker: f.m.activity.marker },
      { url: `/workshops/${f.p.workshop.id}/activities/${f.m.activity.id}`, marker: f.m.activity.marker },
    ],
    control: (f) => ({
      url: `/workshops/${f.p.workshop.id}/activities/${f.p.activity.id}`,
      marker: f.p.activity.marker,
    }),
  },
  // Public pages: the public (and so any official) sees published content only, never a record
  // Malaka keeps private: a non-public issue or an unpublished piece answers 404.
  "/r/[regencySlug]/isu/[issueId]": {
    refused: (f) =>
      f.m.privateIssueNumber === null ? [] : [{ url: `/r/malaka/isu/${f.m.privateIssueNumber}`, marker: "" }],
    control: (f) => ({
      url: `/r/pangandaran/isu/${f.p.publicIssue?.number}`,
      marker: f.p.publicIssue?.title ?? "(no public issue)",
    }),
  },
  "/r/[regencySlug]/[pieceSlug]": {
    refused: (f) => [{ url: `/r/malaka/${f.m.draftPieceSlug}`, marker: "" }],
    control: (f) => ({
      url: `/r/pangandaran/${f.p.publishedPiece?.slug}`,
      marker: f.p.publishedPiece?.title ?? "(no published piece)",
    }),
  },
};

// Dynamic pages that show no regency-private record by design.
const PAGE_EXEMPT: Record<string, string> = {
  "/r/[regencySlug]":
    "the regency's public page, open to everyone by design (public issues, published pieces): checked below to carry no private record",
  "/r/[regencySlug]/ikuti/status":
    "where the follow form and mail links land: a fixed sentence per status and a link back, no record",
  "/r/[regencySlug]/aspirasi":
    "the public aspiration form: shows no record (a sealed ?f= state holds only what the sender typed, an hour at most; ?kode= redirects to the status page, checked above)",
  "/import/[kind]":
    "[kind] names a kind of data (issues, stakeholders…), not a record: the import goes into the active regency, and the mutation checks the permission in the regency the form names (lib/imports/import.test.ts: a Pangandaran coordinator cannot import into Malaka)",
};

const dynamicPages = () =>
  sourceFiles()
    .filter((f) => /^app\/.*page\.tsx$/.test(f) && f.includes("["))
    .map(routePattern);

test("every dynamic page is in the cross-regency table or exempt with a reason", () => {
  const missing = dynamicPages().filter((p) => !(p in PAGES) && !(p in PAGE_EXEMPT));
  expect(missing, "add these pages to PAGES (Malaka's record must answer 404) or PAGE_EXEMPT").toEqual([]);
  const stale = [...Object.keys(PAGES), ...Object.keys(PAGE_EXEMPT)].filter((p) => !dynamicPages().includes(p));
  expect(stale, "table entries for pages that no longer exist").toEqual([]);
});

for (const role of ROLES) {
  for (const [pattern, c] of Object.entries(PAGES)) {
    test(`${role} of Pangandaran: ${pattern} refuses Malaka's record`, async ({ browser }) => {
      const ctx = await session(browser, role);
      const refused = c.refused(fx);
      expect(refused.length, `no Malaka record to try on ${pattern}`).toBeGreaterThan(0);
      for (const r of refused) {
        const res = await fetchPage(ctx, r.url);
        expect(res.status, `${r.url} as ${role}`).toBe(404);
        expect(res.heading, `${r.url} answers with the not-found page`).toBe(true);
        if (r.marker) expect(res.html, `${r.url} leaks "${r.marker}"`).not.toContain(r.marker);
        for (const m of fx.malakaMarkers) expect(res.html, `${r.url} carries Malaka's "${m}"`).not.toContain(m);
      }
      const ctl = c.control(fx);
      if (c.controlUser) return; // checked in its own test below
      const res = await fetchPage(ctx, ctl.url);
      if ((c.controlRoles ?? ROLES).includes(role)) {
        expect(res.status, `control ${ctl.url} as ${role}`).toBe(200);
        if (ctl.marker) expect(res.main, `control ${ctl.url} shows its record`).toContain(ctl.marker);
      } else {
        expect(res.status, `${ctl.url} is not for ${role} either`).toBe(404);
      }
    });
  }
}

for (const [pattern, c] of Object.entries(PAGES).filter(([, c]) => c.controlUser)) {
  test(`control for ${pattern}: ${c.controlUser} opens the page`, async ({ page }) => {
    await signedInAs(page, c.controlUser!);
    const r = c.refused(fx)[0];
    const res = await page.goto(r.url);
    expect(res?.status()).toBe(200);
    await expect(page.locator("main").first()).toContainText(r.marker);
  });
}

test("the ISO comparison refuses an assessment of another regency in its query string", async ({ browser }) => {
  const page = await (await session(browser, "coordinator")).newPage();
  try {
    const [a, b] = fx.p.assessmentIds;
    expect(fx.p.assessmentIds.length).toBeGreaterThanOrEqual(2);
    expect((await page.goto(`/iso/assessments/compare?a=${a}&b=${b}`))?.status()).toBe(200);
    expect((await page.goto(`/iso/assessments/compare?a=${a}&b=${fx.m.assessment.id}`))?.status()).toBe(404);
    expect(
      (await page.goto(`/iso/assessments/compare?a=${fx.m.assessment.id}&b=${fx.m.assessment.id}`))?.status(),
    ).toBe(404);
  } finally {
    await page.close();
  }
});

// Pages that take a record id in their query string (edit forms, filters): Malaka's ids there
// must show nothing of Malaka (the page answers for the active regency, or 404).
for (const role of ROLES) {
  test(`${role} of Pangandaran: query strings naming Malaka's records show nothing of Malaka`, async ({ browser }) => {
    test.slow(); // a long walk: three times the default limit
    const ids = await withE2eDb(async (c) => {
      const pick = async (sql: string) =>
        ((await c.query(sql, [fx.m.regencyId])).rows[0] as { id: string } | undefined)?.id ?? randomUUID();
      return {
        agency: await pick(`SELECT id FROM "Agency" WHERE "regencyId" = $1 LIMIT 1`),
        position: await pick(`SELECT id FROM "Position" WHERE "regencyId" = $1 LIMIT 1`),
        coverage: await pick(`SELECT id FROM "MediaCoverage" WHERE "regencyId" = $1 LIMIT 1`),
        stakeholder: await pick(`SELECT id FROM "Stakeholder" WHERE "regencyId" = $1 LIMIT 1`),
        expert: await pick(`SELECT id FROM "ExpertContact" WHERE "regencyId" = $1 LIMIT 1`),
      };
    });
    const urls = [
      `/audit?regencyId=${fx.m.regencyId}`,
      `/audit?record=${fx.m.issue.id}`,
      `/audit/export?regencyId=${fx.m.regencyId}&format=csv`,
      `/audit/export?record=${fx.m.issue.id}&format=csv`,
      `/audit/print?record=${fx.m.issue.id}`,
      `/issues?agency=${ids.agency}&position=${ids.position}`,
      `/publications/media?edit=${ids.coverage}&issueId=${fx.m.issue.id}`,
      `/publications/stakeholders?edit=${ids.stakeholder}&issueId=${fx.m.issue.id}`,
      `/publications/network?edit=${ids.expert}`,
      `/regencies/pangandaran/leadership?position=${ids.position}`,
    ];
    const ctx = await session(browser, role);
    for (const url of urls) {
      const res = await fetchPage(ctx, url);
      expect([200, 403, 404], `${url} answered ${res.status}`).toContain(res.status);
      for (const m of fx.malakaMarkers) expect(res.html, `${url} carries Malaka's "${m}"`).not.toContain(m);
    }
  });
}

// ---------------------------------------------------------------------------------------------
// 2. Route handlers

type Probe = { status: number; type: string; body: string };
/** A request with the session's cookies; a stream is cut after its first bytes. */
async function probe(
  ctx: BrowserContext,
  url: string,
  method = "GET",
  redirect: RequestRedirect = "manual",
): Promise<Probe> {
  const base = test.info().project.use.baseURL!;
  const cookie = (await ctx.cookies(base)).map((c) => `${c.name}=${c.value}`).join("; ");
  const abort = new AbortController();
  const res = await fetch(new URL(url, base), {
    method,
    headers: { cookie, origin: base },
    redirect,
    signal: abort.signal,
  });
  const type = res.headers.get("content-type") ?? "";
  let body = "";
  if (type.includes("text/event-stream")) {
    const reader = res.body!.getReader();
    const first = await reader.read();
    body = new TextDecoder().decode(first.value ?? new Uint8Array());
    abort.abort();
  } else {
    body = await res.text();
  }
  return { status: res.status, type, body };
}

type RouteCase = {
  refused: (f: Fixtures) => string[];
  control: (f: Fixtures) => { url: string; type: RegExp; contains?: string };
  /** For handlers with POST/PUT/PATCH/DELETE: a query whose result must not change. */
  unchanged?: (f: Fixtures) => { sql: string; args: unknown[] };
};
const REFUSED = [403, 404];

const ROUTES: Record<string, RouteCase> = {
  "/aspirations/[id]/photo": {
    refused: (f) => [`/aspirations/${f.m.aspirationPhoto.id}/photo`],
    control: (f) => ({
      url: `/aspirations/${f.p.aspirationPhoto.id}/photo`,
      type: /image\/jpeg/,
      contains: f.p.aspirationPhoto.marker,
    }),
  },
  "/api/iso/files/[id]": {
    refused: (f) => [`/api/iso/files/${f.m.file.id}`],
    control: (f) => ({ url: `/api/iso/files/${f.p.file.id}`, type: /text\/plain/, contains: f.p.file.marker }),
  },
  "/api/workshops/[id]/live": {
    refused: (f) => [`/api/workshops/${f.m.workshop.id}/live`],
    control: (f) => ({ url: `/api/workshops/${f.p.workshop.id}/live`, type: /json/, contains: f.p.workshop.marker }),
  },
  "/api/workshops/[id]/stream": {
    refused: (f) => [`/api/workshops/${f.m.workshop.id}/stream`],
    control: (f) => ({ url: `/api/workshops/${f.p.workshop.id}/stream`, type: /text\/event-stream/ }),
  },
  "/api/workshops/[id]/attendance": {
    refused: (f) => [`/api/workshops/${f.m.workshop.id}/attendance`],
    control: (f) => ({ url: `/api/workshops/${f.p.workshop.id}/attendance`, type: /text\/csv/ }),
  },
  "/api/workshops/[id]/activities/[activityId]": {
    refused: (f) => [
      `/api/workshops/${f.m.workshop.id}/activities/${f.m.activity.id}`,
      `/api/workshops/${f.p.workshop.id}/activities/${f.m.activity.id}`,
    ],
    control: (f) => ({ url: `/api/workshops/${f.p.workshop.id}/activities/${f.p.activity.id}`, type: /text\/csv/ }),
  },
  "/api/print/pdf": {
    // the PDF is the print view opened with the requester's cookies: Malaka's KTS is not found for them
    refused: (f) => [`/api/print/pdf?path=${encodeURIComponent(`/iso/nonconformities/${f.m.nc.id}/print`)}`],
    control: (f) => ({
      url: `/api/print/pdf?path=${encodeURIComponent(`/iso/nonconformities/${f.p.nc.id}/print`)}`,
      type: /application\/pdf/,
    }),
  },
  "/r/[regencySlug]/[pieceSlug]/card.png": {
    // the share card draws a piece's title: an unpublished piece has none to share
    refused: (f) => [`/r/malaka/${f.m.draftPieceSlug}/card.png`],
    control: (f) => ({ url: `/r/pangandaran/${f.p.publishedPiece?.slug}/card.png`, type: /image\/png/ }),
  },
  "/r/[regencySlug]/isu/[issueId]/card.png": {
    refused: (f) => (f.m.privateIssueNumber === null ? [] : [`/r/malaka/isu/${f.m.privateIssueNumber}/card.png`]),
    control: (f) => ({ url: `/r/pangandaran/isu/${f.p.publicIssue?.number}/card.png`, type: /image\/png/ }),
  },
  "/r/[regencySlug]/isu/[issueId]/feed.xml": {
    // a public issue's own feed: a private issue has none
    refused: (f) => (f.m.privateIssueNumber === null ? [] : [`/r/malaka/isu/${f.m.privateIssueNumber}/feed.xml`]),
    control: (f) => ({
      url: `/r/pangandaran/isu/${f.p.publicIssue?.number}/feed.xml`,
      type: /application\/atom\+xml/,
      contains: f.p.publicIssue?.title,
    }),
  },
  "/r/[regencySlug]/[pieceSlug]/image/[imageId]": {
    refused: (f) => [
      `/r/malaka/${f.m.publicationSlug}/image/${f.m.image.id}`,
      `/r/pangandaran/${f.p.publicationSlug}/image/${f.m.image.id}`,
    ],
    control: (f) => ({
      url: `/r/pangandaran/${f.p.publicationSlug}/image/${f.p.image.id}`,
      type: /image\/png/,
      contains: f.p.image.marker,
    }),
  },
};

// Route handlers checked elsewhere in this file, or with no regency-private data.
const ROUTE_EXEMPT: Record<string, string> = {
  "/r/[regencySlug]/aspirasi/kirim":
    "the public aspiration post (no account): creates a received aspiration in the regency its URL names and reads nothing back but its new code; tests/e2e/aspirations.spec.ts and lib/aspirations/aspirations.test.ts",
  "/audit/export":
    "filters by query string only, inside the reader's own regencies: Malaka's regency and records in its query are checked below with the other query strings",
  "/issues/export":
    "takes no regency or record from the URL: it exports the active regency; checked with a forged regency cookie and query below",
  "/publications/stakeholders/export":
    "takes no regency from the URL: it exports the active regency's stakeholders (listStakeholders checks the reader), as /issues/export",
  "/r/[regencySlug]/feed.xml":
    "public by design (published pieces only); checked below to carry no unpublished Malaka piece",
  "/r/feed.xml": "the national feed, public by design (published pieces only): checked below with the regency's feed",
  "/r/card.png": "the national portal's share card: fixed text, no regency data",
  "/r/[regencySlug]/card.png":
    "a regency's share card: its name, province and emblem, public on its page and printouts by design",
  "/api/auth/[...nextauth]": "next-auth's sign-in endpoints: no regency data",
  "/r/[regencySlug]/share":
    "the regency page's WhatsApp share link: a 303 to wa.me with the regency's public name; tests/e2e/followers.spec.ts checks it goes nowhere else",
  "/r/[regencySlug]/isu/[issueId]/share":
    "a public issue's share link (303 to wa.me, so no 200 control): tests/e2e/followers.spec.ts checks Malaka's private issue answers 404",
  "/r/[regencySlug]/[pieceSlug]/share":
    "a published piece's share link (303 to wa.me): findPublicTarget resolves published pieces only (lib/followers/followers.test.ts)",
  "/r/[regencySlug]/ikuti":
    "the public follow form (no account): answers only a status page, and follows only what is public (lib/followers/followers.test.ts: a private issue is not found)",
  "/r/[regencySlug]/ikuti/konfirmasi":
    "the confirmation link: authorized by its random token (stored hashed), shows a fixed sentence only",
  "/r/[regencySlug]/ikuti/berhenti":
    "one-click unsubscribe: authorized by the HMAC key in the mail, shows a fixed sentence only",
  "/api/mail/events":
    "the mail provider's bounce/complaint webhook: authorized by MAIL_WEBHOOK_SECRET, reads and returns nothing",
  "/api/health": "liveness and database check: no regency data",
  "/api/issues/[id]/updates":
    "POST only (a progress note queued offline; no GET for a 200 control): tests/e2e/offline.spec.ts posts one to Malaka's issue as a Pangandaran official and gets 404 with Malaka's timeline unchanged; the mutation is addIssueUpdate's (lib/issues/issues.test.ts)",
  "/api/uploads/[form]":
    "POST only: a form's file sent with upload progress runs that form's own server action (ISO evidence, a publication's image, a regency's emblem, the regency import), each with its access gate and its mutation's check in the record's own regency (tests/helpers/cross-regency-fixtures.ts). tests/e2e/uploads-and-redirects.spec.ts sends evidence to a Malaka ISO record as a Pangandaran official and it is refused, nothing saved",
  "/import/[kind]/template":
    "the empty .xlsx template of an import kind (column names, an example, notes): no regency data",
  "/api/regencies/[id]/logo":
    "the regency's emblem: tests/e2e/print.spec.ts uploads one for Malaka and checks a Pangandaran official gets 404",
  "/budaya/[code]":
    "anonymous culture survey (no account): authorized by the survey's code only; shows its title and form, never a response or a count",
  "/join": "participant code form: finds a workshop by its public code, shows only its title",
  "/join/[code]":
    "participant page: authorized by the workshop code and the participant cookie, every query keyed by that code's workshop",
  "/api/workshops/join/[code]/stream": "participant stream (cookie + code, no account): checked across workshops below",
  "/api/workshops/join/[code]/submit":
    "participant submission (cookie + code, no account): checked across workshops below, Malaka's session unchanged",
  "/api/workshops/join/[code]/upvote":
    "participant upvote (cookie + code, no account): checked across workshops below, Malaka's session unchanged",
};

const STATE_CHANGING = ["POST", "PUT", "PATCH", "DELETE"] as const;
const methodsOf = (file: string) =>
  (["GET", ...STATE_CHANGING] as const).filter((m) =>
    new RegExp(`export (async function|const) ${m}\\b|export \\{[^}]*\\b${m}\\b`).test(readFileSync(file, "utf8")),
  );

test("every route handler is in the cross-regency table or exempt with a reason", () => {
  const all = routeHandlers().map((r) => r.path);
  expect(
    all.filter((p) => !(p in ROUTES) && !(p in ROUTE_EXEMPT)),
    "add these route handlers to ROUTES or ROUTE_EXEMPT",
  ).toEqual([]);
  expect(
    [...Object.keys(ROUTES), ...Object.keys(ROUTE_EXEMPT)].filter((p) => !all.includes(p)),
    "entries for routes that no longer exist",
  ).toEqual([]);
  for (const r of routeHandlers().filter((r) => r.path in ROUTES)) {
    const writes = methodsOf(r.file).filter((m) => m !== "GET");
    if (writes.length)
      expect(
        ROUTES[r.path].unchanged,
        `${r.path} exports ${writes.join("/")}: give it an unchanged() database check`,
      ).toBeTruthy();
  }
});

for (const role of ROLES) {
  for (const [pattern, c] of Object.entries(ROUTES)) {
    test(`${role} of Pangandaran: route ${pattern} refuses Malaka's record`, async ({ browser }) => {
      const ctx = await session(browser, role);
      const file = routeHandlers().find((r) => r.path === pattern)!.file;
      const before =
        c.unchanged &&
        (await withE2eDb(async (db) =>
          JSON.stringify((await db.query(c.unchanged!(fx).sql, c.unchanged!(fx).args)).rows),
        ));
      for (const url of c.refused(fx)) {
        for (const method of methodsOf(file)) {
          const res = await probe(ctx, url, method);
          expect(REFUSED, `${method} ${url} as ${role} answered ${res.status}`).toContain(res.status);
          for (const m of [...fx.malakaMarkers, fx.m.file.marker, fx.m.image.marker])
            expect(res.body, `${method} ${url} leaks "${m}"`).not.toContain(m);
        }
      }
      if (before !== undefined) {
        const after = await withE2eDb(async (db) =>
          JSON.stringify((await db.query(c.unchanged!(fx).sql, c.unchanged!(fx).args)).rows),
        );
        expect(after, `Malaka's record changed through ${pattern}`).toBe(before);
      }
      const ctl = c.control(fx);
      const res = await probe(ctx, ctl.url);
      expect(res.status, `control ${ctl.url} as ${role}`).toBe(200);
      expect(res.type).toMatch(ctl.type);
      if (ctl.contains) expect(res.body).toContain(ctl.contains);
    });
  }
}

test("the public feed of Malaka carries no unpublished piece; Pangandaran's carries its published one", async ({
  request,
}) => {
  const draft = await withE2eDb((c) =>
    one<{ slug: string; title: string; internalNote: string }>(
      c,
      `SELECT slug, title, "internalNote" FROM "Publication" WHERE "regencyId" = $1 AND "firstPublishAt" IS NULL ORDER BY "createdAt" LIMIT 1`,
      [fx.m.regencyId],
    ),
  );
  for (const feed of ["/r/malaka/feed.xml", "/r/feed.xml"]) {
    const m = await request.get(feed);
    expect(m.status()).toBe(200);
    const body = await m.text();
    for (const secret of [draft.slug, draft.title, draft.internalNote].filter(Boolean))
      expect(body, `${feed} carries "${secret}"`).not.toContain(secret);
  }
  const p = await request.get("/r/pangandaran/feed.xml");
  expect(p.status()).toBe(200);
  expect(await p.text()).toContain(fx.p.publishedPiece!.title);
});

// The public regency page is open by design; it may carry public issues and published pieces,
// never a record the regency keeps private.
test("Malaka's public page shows its public issues and none of its private records", async ({ page }) => {
  const { publicTitle, secrets } = await withE2eDb(async (c) => {
    const pub = (
      await c.query(
        `SELECT title FROM "Issue" WHERE "regencyId" = $1 AND "isPublic" AND triage = 'accepted' ORDER BY number LIMIT 1`,
        [fx.m.regencyId],
      )
    ).rows[0] as { title: string } | undefined;
    const r = await c.query(
      `SELECT title AS t FROM "Issue" WHERE "regencyId" = $1 AND NOT "isPublic"
       UNION SELECT title FROM "IsoNonconformity" WHERE "regencyId" = $1 UNION SELECT title FROM "IsoAudit" WHERE "regencyId" = $1
       UNION SELECT title FROM "IsoDocument" WHERE "regencyId" = $1 UNION SELECT title FROM "IsoChangeInitiative" WHERE "regencyId" = $1
       UNION SELECT title FROM "IsoManagementReview" WHERE "regencyId" = $1
       UNION SELECT title FROM "Publication" WHERE "regencyId" = $1 AND "firstPublishAt" IS NULL
       UNION SELECT "internalNote" FROM "Publication" WHERE "regencyId" = $1
       UNION SELECT name FROM "Stakeholder" WHERE "regencyId" = $1 UNION SELECT name FROM "ExpertContact" WHERE "regencyId" = $1
       UNION SELECT title FROM "Workshop" WHERE "regencyId" = $1`,
      [fx.m.regencyId],
    );
    return {
      publicTitle: pub?.title ?? null,
      secrets: (r.rows as { t: string }[]).map((x) => x.t).filter((t) => t && t.length >= 8),
    };
  });
  expect(secrets.length).toBeGreaterThan(3);
  const res = await page.goto("/r/malaka");
  expect(res?.status()).toBe(200);
  if (publicTitle) await expect(page.locator("body")).toContainText(publicTitle);
  const html = (await res?.text()) ?? "";
  for (const m of secrets) expect(html, `the public page carries "${m}"`).not.toContain(m);
});

// Participant routes: no account, a browser cookie and a workshop code. A participant of a
// Pangandaran session must not reach Malaka's session: not by sending Malaka's activity or entry
// id through its own code, nor by using Malaka's code without having joined there.
test("a participant of a Pangandaran workshop cannot write into a Malaka workshop", async ({ playwright }) => {
  const base = test.info().project.use.baseURL!;
  const code = () =>
    Array.from({ length: 6 }, () => "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"[Math.floor(Math.random() * 32)]).join("");
  const made: string[] = [];
  const session = async (c: pg.Client, regencyId: string, title: string) => {
    const w = {
      id: randomUUID(),
      code: code(),
      activity: randomUUID(),
      entry: randomUUID(),
      participant: randomUUID(),
    };
    await c.query(
      `INSERT INTO "Workshop" (id, "regencyId", title, "startsAt", code, "askIdentity", "updatedAt") VALUES ($1, $2, $3, now(), $4, false, now())`,
      [w.id, regencyId, title, w.code],
    );
    made.push(w.id);
    await c.query(
      `INSERT INTO "WorkshopActivity" (id, "regencyId", "workshopId", kind, title, state, moderated, position, "updatedAt") VALUES ($1, $2, $3, 'qna', 'Tanya jawab', 'open', false, 1, now())`,
      [w.activity, regencyId, w.id],
    );
    await c.query(`UPDATE "Workshop" SET "currentActivityId" = $1 WHERE id = $2`, [w.activity, w.id]);
    await c.query(
      `INSERT INTO "WorkshopParticipant" (id, "workshopId", "browserId", name) VALUES ($1, $2, $3, 'Peserta lain')`,
      [w.participant, w.id, randomUUID()],
    );
    await c.query(
      `INSERT INTO "WorkshopEntry" (id, "workshopId", "activityId", "participantId", slot, choices, text, approved, "updatedAt") VALUES ($1, $2, $3, $4, $5, '{}', $6, true, now())`,
      [w.entry, w.id, w.activity, w.participant, randomUUID(), `Pertanyaan ${title}`],
    );
    return w;
  };
  const tag = Date.now();
  const [p, m] = await withE2eDb(async (c) => [
    await session(c, fx.p.regencyId, `Sesi uji Pangandaran ${tag}`),
    await session(c, fx.m.regencyId, `Sesi uji Malaka ${tag}`),
  ]);
  const malakaState = () =>
    withE2eDb(async (c) =>
      JSON.stringify(
        (
          await c.query(
            `SELECT (SELECT count(*) FROM "WorkshopEntry" WHERE "workshopId" = $1) AS entries, (SELECT count(*) FROM "WorkshopParticipant" WHERE "workshopId" = $1) AS participants,
            (SELECT count(*) FROM "WorkshopUpvote" u JOIN "WorkshopEntry" e ON e.id = u."entryId" WHERE e."workshopId" = $1) AS upvotes, (SELECT "upvoteCount" FROM "WorkshopEntry" WHERE id = $2) AS "upvoteCount"`,
            [m.id, m.entry],
          )
        ).rows,
      ),
    );
  const api = await playwright.request.newContext({
    baseURL: base,
    extraHTTPHeaders: { origin: base, accept: "application/json" },
  });
  try {
    expect((await api.get(`/join/${p.code}`)).status()).toBe(200); // joins (no identity asked) and keeps the cookie
    const before = await malakaState();
    const post = (url: string, data: object) => api.post(url, { data, maxRedirects: 0, failOnStatusCode: false });
    const submit = (c: string, activityId: string) =>
      post(`/api/workshops/join/${c}/submit`, {
        activityId,
        clientId: randomUUID(),
        text: "Pertanyaan dari luar sesi",
      });

    // through the own code, with Malaka's ids
    expect([403, 404]).toContain((await submit(p.code, m.activity)).status());
    expect([403, 404]).toContain((await post(`/api/workshops/join/${p.code}/upvote`, { entryId: m.entry })).status());
    // with Malaka's code, never joined there
    expect([401, 403, 404]).toContain((await submit(m.code, m.activity)).status());
    expect([401, 403, 404]).toContain(
      (await post(`/api/workshops/join/${m.code}/upvote`, { entryId: m.entry })).status(),
    );
    expect([401, 403, 404]).toContain(
      (await api.get(`/api/workshops/join/${m.code}/stream`, { failOnStatusCode: false })).status(),
    );
    expect(await malakaState(), "Malaka's workshop changed").toBe(before);

    // controls: the same calls on the own session work
    const ok = await submit(p.code, p.activity);
    expect(ok.status()).toBe(200);
    expect(await ok.json()).toEqual({ status: "saved" });
    const up = await post(`/api/workshops/join/${p.code}/upvote`, { entryId: p.entry });
    expect(up.status()).toBe(200);
    expect(await up.json()).toEqual({ status: "saved" });
  } finally {
    await api.dispose();
    await withE2eDb(async (c) => {
      for (const id of made) await c.query(`DELETE FROM "Workshop" WHERE id = $1`, [id]);
    });
  }
});

// ---------------------------------------------------------------------------------------------
// 3. The regency switcher: a forged cookie naming Malaka changes nothing

const staticPortalPages = () =>
  sourceFiles()
    .filter((f) => /^app\/\(portal\)\/.*page\.tsx$/.test(f) && !f.includes("["))
    .map(routePattern);

for (const role of ROLES) {
  test(`${role} of Pangandaran with the switcher cookie set to Malaka still works in Pangandaran`, async ({
    browser,
  }) => {
    test.slow(); // a long walk: three times the default limit
    const ctx = await browser.newContext();
    try {
      const page = await ctx.newPage();
      await signedInAs(page, USERS[role]);
      const base = test.info().project.use.baseURL!;
      await ctx.addCookies([{ name: REGENCY_COOKIE, value: fx.m.regencyId, url: base }]);

      await page.goto("/dashboard");
      await expect(page.getByRole("banner")).toContainText("Pangandaran");
      await expect(page.getByRole("banner")).not.toContainText("Malaka");

      const issues = await page.goto("/issues?regencyId=" + fx.m.regencyId + "&regency=malaka");
      expect(issues?.status()).toBe(200);
      await expect(page.locator("main").first()).toContainText(fx.p.issue.marker);

      // every page without a dynamic segment: nothing of Malaka on it
      for (const url of staticPortalPages()) {
        const res = await fetchPage(ctx, url);
        expect([200, 403, 404], `${url} answered ${res.status}`).toContain(res.status);
        for (const m of fx.malakaMarkers)
          expect(res.html, `${url} with the Malaka cookie carries "${m}"`).not.toContain(m);
      }

      const csv = await probe(ctx, `/issues/export?regencyId=${fx.m.regencyId}&regency=malaka`);
      expect(csv.status).toBe(200);
      expect(csv.type).toMatch(/text\/csv/);
      expect(csv.body).toContain(fx.p.issue.marker);
      for (const m of fx.malakaMarkers) expect(csv.body, `the export carries Malaka's "${m}"`).not.toContain(m);
    } finally {
      await ctx.close();
    }
  });
}
