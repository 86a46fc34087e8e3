import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { sourceFiles } from "../tests/helpers/server-actions";
import { auditFilterSchema } from "./audit/schemas";
import { calendarDay, calendarDayDate, optionalCalendarDayDate } from "./calendar-day";
import { instantOrNull, isCalendarDay, isCalendarMonth } from "./days";
import { reportMonthSchema } from "./issues/schemas";
import { createSurveySchema } from "./culture/surveys/schemas";
import { createCoverageSchema } from "./media/schemas";
import { parseZonedDateTime, wallClockInput } from "./publications/time";

// The days an outsider typed into the portal (issue 17's review): year 0000 answered 500 on the
// issue, risk and media forms and the audit trail (Postgres has no year 0); 2026-02-30 and year
// 0000 were stored as 2 March and 1900 on the survey and media forms; 2026-13-45 answered 500.
const IMPOSSIBLE = [
  "0000-01-01",
  "2026-02-30",
  "2026-13-45",
  "2025-02-29",
  "1899-12-31",
  "2201-01-01",
  "2026-1-5",
  "1",
  "26-12-05",
  " ",
];

describe("a calendar day", () => {
  it("is a day that exists, in the years 1900–2200", () => {
    for (const day of ["2026-12-05", "2024-02-29", "1900-01-01", "2200-12-31", "2027-04-30"])
      expect(isCalendarDay(day), day).toBe(true);
    for (const day of IMPOSSIBLE) expect(isCalendarDay(day), day).toBe(false);
  });

  it("and a month (the monthly report's ?month=) likewise: year 0000 answered 500", () => {
    for (const month of ["2026-12", "1900-01", "2200-12"]) expect(isCalendarMonth(month), month).toBe(true);
    for (const month of ["0000-01", "2026-13", "2026-00", "2026-1", "1899-12"])
      expect(isCalendarMonth(month), month).toBe(false);
    expect(reportMonthSchema.parse({ month: "0000-01" }).month).toBeUndefined();
    expect(reportMonthSchema.parse({ month: "2026-11" }).month).toBe("2026-11");
  });

  it("and an instant in a list's cursor: year 0000 answered 500 on the issue list and the notifications", () => {
    expect(instantOrNull("2026-12-05T01:30:00.000Z")).toEqual(new Date("2026-12-05T01:30:00.000Z"));
    for (const s of ["0000-01-01T00:00:00.000Z", "", "abc", "1e300", "+275760-09-13T00:00:00.000Z"])
      expect(instantOrNull(s), s).toBeNull();
  });

  it("is refused with the date message when it does not exist, and with the form's own message when empty", () => {
    const schema = calendarDayDate("iso.errors.dateRequired");
    for (const day of IMPOSSIBLE.filter((d) => d.trim())) {
      const r = schema.safeParse(day);
      expect(r.success, day).toBe(false);
      expect(r.error?.issues[0].message, day).toBe("common.validation.date");
    }
    expect(schema.safeParse("").error?.issues[0].message).toBe("iso.errors.dateRequired");
    expect(schema.parse("2027-03-17")).toEqual(new Date("2027-03-17T00:00:00Z"));
    expect(calendarDay().parse(" 2027-03-17 ")).toBe("2027-03-17");
    expect(optionalCalendarDayDate.parse("")).toBeNull();
    expect(optionalCalendarDayDate.parse(undefined)).toBeNull();
    expect(z.object({ due: optionalCalendarDayDate }).parse({})).toEqual({ due: null }); // a field left out
    expect(optionalCalendarDayDate.safeParse("0000-01-01").success).toBe(false);
  });

  it("is checked by the forms the review broke: media, survey, and the audit trail's filter drops it", () => {
    const media = createCoverageSchema.shape.publishedOn;
    for (const day of ["2026-02-30", "1", "0000-01-01"]) expect(media.safeParse(day).success, day).toBe(false);
    const survey = (opensOn: string, closesOn: string) =>
      createSurveySchema.safeParse({
        idempotencyKey: "k".repeat(32),
        regencyId: "00000000-0000-4000-8000-000000000000",
        period: 2026,
        title: "Survei budaya",
        opensOn,
        closesOn,
      });
    expect(survey("2026-13-45", "2026-13-46").success).toBe(false);
    expect(survey("0000-01-01", "0000-01-05").success).toBe(false);
    expect(survey("2026-02-30", "2026-03-31").success).toBe(false);
    expect(auditFilterSchema.parse({ from: "0000-01-01", to: "2026-02-30" })).not.toHaveProperty("from", "0000-01-01");
    const filter = auditFilterSchema.parse({ from: "0000-01-01", to: "2026-02-30" });
    expect(filter.from ?? null).toBeNull();
    expect(filter.to ?? null).toBeNull();
  });

  it("is checked in a wall-clock time too (datetime-local), and in an instant sent whole", () => {
    for (const v of [
      "0000-01-01T09:30",
      "2026-02-30T09:30",
      "2026-13-45T09:30",
      "2026-12-05T24:00",
      "2026-12-05T09:60",
    ]) {
      expect(parseZonedDateTime(v, "Asia/Jakarta"), v).toBeNull();
      expect(wallClockInput(v), v).toBeNull();
    }
    expect(parseZonedDateTime("2026-12-05T09:30", "Asia/Makassar")).toEqual(new Date("2026-12-05T01:30:00Z"));
    expect(wallClockInput("0000-01-01T00:00:00Z")).toBeNull();
    expect(wallClockInput("2026-12-05T01:30:00Z")).toEqual(new Date("2026-12-05T01:30:00Z"));
  });
});

// Guard: a schema that reads a day itself (z.iso.date, z.coerce.date, its own regex) takes year
// 0000 or 30 February again. Days go through lib/calendar-day.ts.
describe("every day a form sends", () => {
  it("goes through lib/calendar-day.ts", () => {
    const raw = /z\.iso\.date\(|z\.coerce\.date\(|\.regex\(\/\^\\d\{4\}-\\d\{2\}-\\d\{2\}\$\//;
    const offenders = sourceFiles()
      .filter((f) => /^(lib|app|components)\/.*\.tsx?$/.test(f) && !/\.test\.tsx?$|^lib\/generated\//.test(f))
      .filter((f) => raw.test(readFileSync(f, "utf8")));
    expect(offenders).toEqual([]);
    // the guard would see them
    for (const line of [
      "d: z.iso.date(),",
      "d: z.coerce.date(),",
      String.raw`d: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "x"),`,
    ])
      expect(raw.test(line), line).toBe(true);
  });
});
