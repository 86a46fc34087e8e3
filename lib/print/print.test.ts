import { describe, expect, it } from "vitest";
import { cssString, officialPageCss, pageCounterContent } from "./page-css";
import { isPrintablePath, pdfFileName, pdfHref } from "./paths";

const ID = "0b6f3f0e-6a43-4c1e-9a55-0f2d3c4b5a69";

describe("the views the PDF route may render", () => {
  it.each([
    `/iso/nonconformities/${ID}/print`,
    `/iso/audits/${ID}/print`,
    `/iso/reviews/${ID}/print`,
    `/iso/changes/${ID}/print`,
    `/iso/assessments/${ID}/print`,
    `/iso/documents/${ID}/print`,
    `/iso/documents/${ID}/print?v=3`,
    "/iso/objectives/print",
    "/iso/risks/print",
    `/workshops/${ID}/attendance`,
    `/workshops/${ID}/attendance?session=${ID}`,
    `/workshops/${ID}/summary`,
    "/issues/report",
    "/issues/report?month=2026-12",
  ])("%s is printable", (path) => expect(isPrintablePath(path)).toBe(true));

  it.each([
    "/admin/users",
    "/api/print/pdf?path=/issues/report",
    "//evil.example/iso/risks/print",
    "http://evil.example/iso/risks/print",
    `/iso/nonconformities/${ID}/print/../../../admin`,
    `/workshops/${ID}/attendance?session=${ID}&x=1`,
    "/issues/report?month=2026-13",
    "/iso/risks/print#x",
    `/iso/documents/${ID}/print?v=0`,
  ])("%s is not", (path) => expect(isPrintablePath(path)).toBe(false));

  it("links and names the download", () => {
    expect(pdfHref("/issues/report?month=2026-12")).toBe("/api/print/pdf?path=%2Fissues%2Freport%3Fmonth%3D2026-12");
    expect(pdfFileName("KTS-3/2026")).toBe("KTS-3-2026.pdf");
    expect(pdfFileName('Daftar Hadir · "ABC123" · 3 Desember 2026')).toBe("Daftar-Hadir-ABC123-3-Desember-2026.pdf");
    expect(pdfFileName("///")).toBe("naskah.pdf");
  });
});

describe("the paged-media CSS", () => {
  it("numbers pages from the translated template", () => {
    expect(pageCounterContent("Halaman {page} dari {pages}")).toBe('"Halaman " counter(page) " dari " counter(pages)');
    expect(pageCounterContent("Page {page} of {pages}")).toBe('"Page " counter(page) " of " counter(pages)');
  });

  it("keeps a record's text inside its string: no quote, line break or tag ends it", () => {
    expect(cssString('KTS-1"; } body { display:none')).toBe('"KTS-1\\"; } body { display:none"');
    expect(cssString("a\\b\nc")).toBe('"a\\\\b c"');
    const css = officialPageCss({ recordNumber: "</style><script>x</script>", pageTemplate: "{page}/{pages}" });
    expect(css).not.toContain("</style");
    expect(css).not.toContain("<script");
    expect(css).toContain("size: A4");
    expect(css).toContain("margin: 20mm 20mm 25mm 30mm");
  });
});
