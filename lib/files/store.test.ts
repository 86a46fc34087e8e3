import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { fileResponse, MAX_FILE_BYTES, storeFile } from "./store";

let root: string;
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), "mekar-store-"));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const mode = (p: string) => statSync(p).mode & 0o777;

describe("storeFile", () => {
  it("writes uploads readable by the app's own user only (0600 in a 0700 folder)", async () => {
    const dir = path.join(root, "fresh", "uploads");
    process.env.MEKAR_UPLOAD_DIR = dir;
    const stored = await storeFile(new File(["%PDF-1.4 bukti"], "bukti.pdf", { type: "application/pdf" }));
    expect(mode(dir)).toBe(0o700);
    expect(mode(path.join(dir, stored.storageKey))).toBe(0o600);
  });

  it("tightens an upload folder an earlier release left world-readable", async () => {
    const dir = path.join(root, "old-uploads");
    mkdirSync(dir, { mode: 0o755 });
    process.env.MEKAR_UPLOAD_DIR = dir;
    await storeFile(new File(["a,b\n1,2\n"], "data.csv", { type: "text/csv" }));
    expect(mode(dir)).toBe(0o700);
  });

  it("accepts exactly the documented maximum and refuses one byte more as a field error", async () => {
    process.env.MEKAR_UPLOAD_DIR = path.join(root, "max");
    const max = await storeFile(
      new File([new Uint8Array(MAX_FILE_BYTES).fill(0x61)], "max.txt", { type: "text/plain" }),
    );
    expect(max.sizeBytes).toBe(MAX_FILE_BYTES);
    const over = storeFile(
      new File([new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61)], "over.txt", { type: "text/plain" }),
    );
    await expect(over).rejects.toBeInstanceOf(AppError);
    await expect(over).rejects.toMatchObject({ fieldErrors: { file: ["files.errors.tooLarge"] } });
  });

  const PDF = "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
  const EXE = Uint8Array.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff]);
  const refusal = (key: string) => ({ fieldErrors: { file: [key] } });

  it("checks the bytes against the declared type before storing anything", async () => {
    const dir = path.join(root, "sniff");
    mkdirSync(dir);
    process.env.MEKAR_UPLOAD_DIR = dir;
    const mismatch = refusal("files.errors.contentMismatch");
    const notText = refusal("files.errors.notText");
    await expect(storeFile(new File([EXE], "laporan-bpk.exe", { type: "application/pdf" }))).rejects.toMatchObject(
      mismatch,
    );
    await expect(storeFile(new File([EXE], "foto.png", { type: "image/png" }))).rejects.toMatchObject(mismatch);
    await expect(storeFile(new File([PDF], "foto.jpg", { type: "image/jpeg" }))).rejects.toMatchObject(mismatch);
    await expect(storeFile(new File([PDF], "data.xlsx", { type: ALLOWED_XLSX }))).rejects.toMatchObject(mismatch);
    await expect(storeFile(new File([EXE], "data.csv", { type: "text/csv" }))).rejects.toMatchObject(notText);
    await expect(storeFile(new File(["a,b\n1,\u0000\u0001"], "data.csv", { type: "text/csv" }))).rejects.toMatchObject(
      notText,
    );
    await expect(
      storeFile(new File([Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x41])], "c.txt", { type: "text/plain" })),
    ).rejects.toMatchObject(notText);
    await expect(
      storeFile(new File([Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0x41])], "c.txt", { type: "text/plain" })),
    ).rejects.toMatchObject(notText);
    // nothing was written for any of them
    expect(readdirSync(dir, { recursive: true })).toEqual([]);
  });

  it("accepts genuine files: PDF, PNG, DOCX (ZIP), and text in UTF-8, windows-1252 or UTF-16 with its BOM", async () => {
    process.env.MEKAR_UPLOAD_DIR = path.join(root, "genuine");
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
    const docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    await expect(storeFile(new File([PDF], "laporan.pdf", { type: "application/pdf" }))).resolves.toMatchObject({
      fileName: "laporan.pdf",
    });
    await expect(storeFile(new File([png], "foto.png", { type: "image/png" }))).resolves.toMatchObject({
      fileName: "foto.png",
    });
    await expect(storeFile(new File([zip], "notulen.docx", { type: docx }))).resolves.toMatchObject({
      fileName: "notulen.docx",
    });
    const cp1252 = Buffer.from("nama;jabatan\r\nDr. José Ramírez;Kepala\r\n", "latin1");
    await expect(storeFile(new File([cp1252], "a.csv", { type: "text/csv" }))).resolves.toMatchObject({
      fileName: "a.csv",
    });
    const utf16 = Buffer.from("\uFEFFnama\tkota\r\nJosé\tCiamis\r\n", "utf16le");
    await expect(storeFile(new File([utf16], "b.txt", { type: "text/plain" }))).resolves.toMatchObject({
      fileName: "b.txt",
    });
  });

  it("names the stored file after its type, so a download never ends in .exe", async () => {
    process.env.MEKAR_UPLOAD_DIR = path.join(root, "names");
    const pdf = (name: string) => storeFile(new File([PDF], name, { type: "application/pdf" }));
    expect((await pdf("laporan-bpk.exe")).fileName).toBe("laporan-bpk.pdf");
    expect((await pdf("Laporan v1.2")).fileName).toBe("Laporan v1.2.pdf");
    expect((await pdf("C:\\Users\\bpk\\LAPORAN.PDF")).fileName).toBe("LAPORAN.PDF");
    const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
    expect((await storeFile(new File([jpeg], "foto.jpeg", { type: "image/jpeg" }))).fileName).toBe("foto.jpeg");
    // a row stored before this check keeps its name in the database, but downloads with the type's extension
    const res = fileResponse(Buffer.from(PDF), { fileName: "laporan-bpk.exe", contentType: "application/pdf" });
    expect(res.headers.get("Content-Disposition")).toBe('attachment; filename="laporan-bpk.pdf"');
  });
});

const ALLOWED_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
