import { z } from "zod";
import { calendarDay } from "@/lib/calendar-day";
import { WorkshopActivityKind } from "@/lib/generated/prisma/enums";
import { idempotencyKeySchema } from "@/lib/idempotency";
import { wallClockInput } from "@/lib/publications/time";
import { activityKind } from "./kinds";
import { cultureSettings } from "./kinds/culture";
import { LIMITS } from "./limits";

const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

/** The kinds (the database enum); what each one does is in ./kinds. */
export const ACTIVITY_KINDS = Object.values(WorkshopActivityKind);
export type ActivityKind = WorkshopActivityKind;
export { LIMITS };

/** "09:00 Pembukaan" per line → [{ time, title }] */
export const agendaText = z
  .string()
  .max(4000)
  .default("")
  .transform((text) =>
    text
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean)
      .map((l) => {
        const m = /^(\d{1,2}[.:]\d{2})\s*[-–]?\s*(.*)$/.exec(l);
        return m ? { time: m[1].replace(".", ":"), title: m[2].slice(0, 200) } : { time: "", title: l.slice(0, 200) };
      })
      .slice(0, 40),
  );

/** "Judul | https://…" per line → [{ title, url }]; only http(s) links are kept. */
export const materialsText = z
  .string()
  .max(4000)
  .default("")
  .transform((text, ctx) =>
    text
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean)
      .slice(0, 30)
      .map((l) => {
        const [title, url = ""] = l.split("|").map((s) => s.trim());
        if (url && !/^https?:\/\/\S+$/i.test(url))
          ctx.addIssue({ code: "custom", message: "workshops.errors.materialUrl" });
        return { title: title.slice(0, 200), url };
      }),
  );

/** The form's datetime-local value is the regency's wall clock, as the form shows it: the
 * mutation reads it in the regency's zone (atZone), not the server's, so a save that changes
 * nothing moves nothing. A full ISO time with its zone is taken as it is. */
const wallClock = z.union([z.date(), z.string().trim()]).transform((v, ctx) => {
  const d = wallClockInput(v);
  if (!d) {
    ctx.addIssue({ code: "custom", message: "publications.errors.badDateTime" });
    return z.NEVER;
  }
  return d;
});

const workshopFields = {
  title: z.string().trim().min(3).max(200),
  description: z.string().trim().max(4000).default(""),
  venue: z.string().trim().max(200).default(""),
  startsAt: wallClock,
  askIdentity: checkbox.default(false),
  agenda: agendaText,
  materials: materialsText,
};

export const createWorkshopSchema = z.object({
  idempotencyKey: idempotencyKeySchema,
  regencyId: z.uuid(),
  ...workshopFields,
});
export const updateWorkshopSchema = z.object({
  workshopId: z.uuid(),
  version: z.coerce.number().int(),
  ...workshopFields,
});

const optionsText = z
  .string()
  .max(4000)
  .default("")
  .transform((t) =>
    t
      .split(/\r?\n/)
      .map((l) => l.trim().slice(0, 120))
      .filter(Boolean)
      .slice(0, 12),
  );

/** Quiz: the correct options as the facilitator numbers them ("2" or "1, 3") → indexes from 0. */
const correctOptionsText = z
  .string()
  .max(100)
  .default("")
  .transform((t, ctx) => {
    const parts = t.split(/[\s,;]+/).filter(Boolean);
    if (parts.some((p) => !/^\d{1,2}$/.test(p))) {
      ctx.addIssue({ code: "custom", message: "workshops.errors.quizCorrect" });
      return z.NEVER;
    }
    return [...new Set(parts.map((p) => Number(p) - 1))].sort((a, b) => a - b);
  });

/** Ranking: the regency's issues picked as its options (repeated checkbox values). */
const issueIdList = z.preprocess(
  (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v.filter((x) => x !== "") : [v]),
  z.array(z.uuid()).max(12),
);

export const activityFields = z.object({
  kind: z.enum(WorkshopActivityKind),
  title: z.string().trim().min(2).max(200),
  prompt: z.string().trim().max(1000).default(""),
  options: optionsText,
  scaleMin: z.coerce.number().int().min(0).max(10).default(1),
  scaleMax: z.coerce.number().int().min(1).max(10).default(5),
  allowChange: checkbox.default(false),
  moderated: checkbox.default(false),
  correctOptions: correctOptionsText,
  issueIds: issueIdList,
  sector: z.string().trim().max(80).default(""),
});

function checkActivity<T extends z.infer<typeof activityFields>>(v: T, ctx: z.RefinementCtx) {
  // a ranking of issues: its options are the picked issues (their titles, read by the mutation)
  const options = v.kind === "ranking" && v.issueIds.length ? v.issueIds : v.options;
  const error = activityKind(v.kind).configError?.({ ...v, options });
  if (error) ctx.addIssue({ code: "custom", path: [error.path], message: error.message });
}

/** A culture activity has no options; its scaleMax holds the instrument version (kinds/culture.tsx). */
function settleActivity<T extends z.infer<typeof activityFields>>(v: T): T {
  return v.kind === "culture" ? cultureSettings(v) : v;
}

export const createActivitySchema = activityFields
  .extend({ idempotencyKey: idempotencyKeySchema, workshopId: z.uuid() })
  .transform(settleActivity)
  .superRefine(checkActivity);
export const updateActivitySchema = activityFields
  .extend({ activityId: z.uuid(), version: z.coerce.number().int() })
  .transform(settleActivity)
  .superRefine(checkActivity);

export const activityRefSchema = z.object({ activityId: z.uuid() });
export const deleteActivitySchema = z.object({ activityId: z.uuid(), version: z.coerce.number().int() });
export const moveActivitySchema = z.object({ activityId: z.uuid(), direction: z.enum(["up", "down"]) });
export const useTemplateSchema = z.object({
  idempotencyKey: idempotencyKeySchema,
  workshopId: z.uuid(),
  templateId: z.uuid(),
});
export const setActivityStateSchema = z.object({ activityId: z.uuid(), state: z.enum(["draft", "open", "closed"]) });
export const setResultsVisibleSchema = z.object({
  activityId: z.uuid(),
  visible: z.enum(["true", "false"]).transform((v) => v === "true"),
});
export const setLockedSchema = z.object({
  workshopId: z.uuid(),
  locked: z.enum(["true", "false"]).transform((v) => v === "true"),
});
export const moderateEntrySchema = z.object({
  entryId: z.uuid(),
  op: z.enum(["approve", "hide", "unhide", "answered"]),
});
export const startTimerSchema = z
  .object({
    activityId: z.uuid(),
    /** a preset in seconds, or "custom" with `minutes` */
    preset: z.enum(["30", "60", "120", "180", "300", "custom"]),
    minutes: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().min(1).max(120).optional()),
  })
  .refine((v) => v.preset !== "custom" || v.minutes !== undefined, {
    path: ["minutes"],
    message: "workshops.timer.customMissing",
  });
export const stopTimerSchema = z.object({ activityId: z.uuid() });
export const setLeaderboardSchema = z.object({
  workshopId: z.uuid(),
  shown: z.enum(["true", "false"]).transform((v) => v === "true"),
});
export const applyVerdictSchema = z.object({ activityId: z.uuid() });
export const removeParticipantEntriesSchema = z.object({ participantId: z.uuid() });
export const ISSUE_CATEGORIES = [
  "assets_p3d",
  "boundaries",
  "capital",
  "civil_servants",
  "finance",
  "infrastructure",
  "basic_services",
  "economy_potential",
  "governance",
  "social_cultural",
] as const;
export const entryToIssueSchema = z.object({
  idempotencyKey: idempotencyKeySchema,
  entryId: z.uuid(),
  title: z.string().trim().min(3).max(200),
  category: z.enum(ISSUE_CATEGORIES),
});

/** Kinds whose answers name a potential: words of a word cloud, open answers (not questions to a speaker). */
export function yieldsPotentials(kind: string): boolean {
  return kind === "word_cloud" || kind === "open_question";
}

/** Chosen answers of one activity turned into regional potentials of one sector (lib/workshops/to-potential.ts). */
export const entriesToPotentialsSchema = z.object({
  idempotencyKey: idempotencyKeySchema,
  activityId: z.uuid(),
  entryIds: z.array(z.uuid()).min(1, "workshops.potentials.chooseOne").max(200),
  sector: z.string().trim().min(2).max(80),
});

// Participant side (route handlers; no account)
export const joinCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{6}$/);
export const joinIdentitySchema = z.object({
  name: z.string().trim().min(2).max(LIMITS.name),
  institution: z.string().trim().min(2).max(LIMITS.institution),
  position: z.string().trim().max(LIMITS.position).default(""),
});
export const submissionSchema = z.object({
  activityId: z.uuid(),
  /** the client's id for this submission: a resent offline submission counts once */
  clientId: z.uuid(),
  choices: z.array(z.coerce.number().int().min(0).max(11)).max(12).optional(),
  /** ranking: the rank given to each option, in option order ("" from an unset select is 0: refused by the kind) */
  ranks: z.array(z.coerce.number().int().min(0).max(12)).max(12).optional(),
  scale: z.coerce.number().int().min(0).max(10).optional(),
  text: z.string().trim().max(LIMITS.answer).optional(),
  /** culture: 24 points each ("" from an empty field is 0; the sums are checked by the kind) */
  now: z.array(z.coerce.number().int().min(0).max(100)).max(24).optional(),
  preferred: z.array(z.coerce.number().int().min(0).max(100)).max(24).optional(),
});
export const upvoteSchema = z.object({ entryId: z.uuid() });

export type CreateWorkshopInput = z.output<typeof createWorkshopSchema>;
export type UpdateWorkshopInput = z.output<typeof updateWorkshopSchema>;
// the sector is optional for callers (tests, other code paths): none is ""
export type CreateActivityInput = Omit<z.output<typeof createActivitySchema>, "sector"> & { sector?: string };
export type UpdateActivityInput = Omit<z.output<typeof updateActivitySchema>, "sector"> & { sector?: string };
export type SubmissionInput = z.output<typeof submissionSchema>;

// Sessions: a date and a start and end time on the regency's wall clock (its zone, read by the mutation)
const wallTime = z.string().regex(/^\d{2}:\d{2}$/, "common.validation.format");
export const addSessionSchema = z
  .object({
    idempotencyKey: idempotencyKeySchema,
    workshopId: z.uuid(),
    date: calendarDay(),
    startTime: wallTime,
    endTime: wallTime,
    venue: z.string().trim().max(200).default(""),
  })
  .refine((v) => v.endTime > v.startTime, { path: ["endTime"], message: "workshops.errors.sessionEnd" });
export type AddSessionInput = z.output<typeof addSessionSchema>;
export const sessionRefSchema = z.object({ sessionId: z.uuid() });
