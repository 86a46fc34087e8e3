import { describe, expect, it } from "vitest";
import { shortName, splitAcademicTitles } from "./names";

describe("names with academic titles", () => {
  it("keeps gelar depan and belakang apart from the name", () => {
    expect(splitAcademicTitles("Ir. Kusdiana, M.T.")).toEqual({ before: "Ir.", name: "Kusdiana", after: "M.T." });
    expect(splitAcademicTitles("Dr. H. Asep Saepudin, S.Sos., M.Si.")).toEqual({
      before: "Dr. H.",
      name: "Asep Saepudin",
      after: "S.Sos., M.Si.",
    });
    expect(splitAcademicTitles("Dewi Lestari")).toEqual({ before: "", name: "Dewi Lestari", after: "" });
  });

  it("calls someone by a name, never by a title", () => {
    expect(shortName("Ir. Kusdiana, M.T.")).toBe("Kusdiana");
    expect(shortName("Dr. Asep Saepudin")).toBe("Asep");
    expect(shortName("Rahmat Hidayat")).toBe("Rahmat");
  });
});
