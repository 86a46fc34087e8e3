import { createHash, randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { errorState } from "@/lib/action-state";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { readStoredFile } from "@/lib/files/store";
import { loadMessages } from "@/lib/i18n/messages";
import { createTranslator } from "@/lib/i18n/translate";
import { actorFor, auditSince, DEMO, lastAuditSeq, regencyId } from "@/tests/helpers/actors";
import {
  approvePublication,
  createPublication,
  removePublicationImage,
  setPublicationImage,
  submitPublication,
  updatePublication,
  withdrawPublication,
} from "./mutations";
import { getPublicImage, getPublicPiece } from "./public-queries";
import { getPublicationImageForMember } from "./queries";
import { setPublicationImageSchema } from "./schemas";

let humas: Actor, coordinator: Actor, official: Actor, malaka: Actor, pangandaran: string;

beforeAll(async () => {
  process.env.MEKAR_UPLOAD_DIR = mkdtempSync(path.join(os.tmpdir(), "mekar-publication-images-"));
  [humas, coordinator, official, malaka] = await Promise.all([
    actorFor(DEMO.humas),
    actorFor(DEMO.coordinator),
    actorFor(DEMO.official),
    actorFor(DEMO.malakaCoordinator),
  ]);
  pangandaran = await regencyId("pangandaran");
});

// A real picture (images are decoded and encoded again on upload); its colour differs per tag.
const pictures = new Map<string, Buffer>();
beforeAll(async () => {
  for (const [i, tag] of ["satu", "x", "v1", "v2"].entries())
    pictures.set(
      tag,
      await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 40 * i, g: 120, b: 90 } } })
        .png()
        .toBuffer(),
    );
});
const png = (tag: string) => new File([new Uint8Array(pictures.get(tag)!)], `foto-${tag}.png`, { type: "image/png" });

async function version(id: string) {
  return (await db.publication.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
}

async function newDraft() {
  return createPublication(humas, {
    idempotencyKey: randomUUID(),
    regencyId: pangandaran,
    kind: "press_release",
    title: `Peresmian kantor bupati ${randomUUID().slice(0, 8)}`,
    summary: "Ringkasan",
    body: "Isi siaran.",
    internalNote: "",
    issueIds: [],
    publishAt: null,
  });
}

async function publish(id: string) {
  await submitPublication(humas, { id, version: await version(id) });
  await approvePublication(coordinator, { id, version: await version(id), publishAt: null });
}

describe("a piece's image", () => {
  it("attaching writes one audit row with name/type/size/sha256; a draft's image is for members only", async () => {
    const { id, slug } = await newDraft();
    const file = png("satu");
    const bytes = Buffer.from(await file.arrayBuffer());
    const seq = await lastAuditSeq();
    await setPublicationImage(humas, {
      id,
      version: await version(id),
      file,
      imageAlt: "Bupati meresmikan kantor baru",
    });
    const events = await auditSince(seq);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "publication.image_set", entityId: id });
    const changes = events[0].changes as Record<string, unknown>;
    const piece = await db.publication.findUniqueOrThrow({
      where: { id },
      select: { imageId: true, image: { select: { storageKey: true, width: true, height: true, avif: true } } },
    });
    // kept re-encoded as JPEG (never the bytes as uploaded), at its own size
    const stored = await readStoredFile(piece.image!.storageKey);
    expect(stored.equals(bytes)).toBe(false);
    expect((await sharp(stored).metadata()).format).toBe("jpeg");
    expect(piece.image).toMatchObject({ width: 64, height: 48, avif: true });
    expect(changes).toMatchObject({
      fileName: [null, "foto-satu.png"],
      contentType: [null, "image/jpeg"],
      sizeBytes: [null, stored.length],
      sha256: [null, createHash("sha256").update(stored).digest("hex")],
      imageAlt: [null, "Bupati meresmikan kantor baru"],
    });
    expect(JSON.stringify(changes)).not.toContain(bytes.toString("base64"));
    expect(await getPublicImage("pangandaran", slug, piece.imageId!)).toBeNull();
    expect(await getPublicationImageForMember(humas, "pangandaran", slug, piece.imageId!)).toMatchObject({
      contentType: "image/jpeg",
    });
    expect(await getPublicationImageForMember(malaka, "pangandaran", slug, piece.imageId!)).toBeNull();
  });

  it("a wrong content type is refused with the translated message; no write, no audit", async () => {
    const { id } = await newDraft();
    const seq = await lastAuditSeq();
    const error = await setPublicationImage(humas, {
      id,
      version: await version(id),
      file: new File(["GIF89a"], "animasi.gif", { type: "image/gif" }),
      imageAlt: "Animasi",
    }).catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(errorState(error, createTranslator(loadMessages("id"))).fieldErrors).toEqual({
      file: ["Gambar harus berupa PNG, JPEG atau WebP."],
    });
    expect(await auditSince(seq)).toHaveLength(0);
    expect(await db.publicationImage.count({ where: { publicationId: id } })).toBe(0);
    expect(setPublicationImageSchema.safeParse({ id, version: "1", imageAlt: "" }).error?.issues[0].message).toBe(
      "publications.errors.imageAltRequired",
    );
  });

  it("refuses other regencies, roles without write, stale versions and pieces that are not drafts", async () => {
    const { id } = await newDraft();
    await expect(
      setPublicationImage(malaka, { id, version: await version(id), file: png("x"), imageAlt: "Foto" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      setPublicationImage(official, { id, version: await version(id), file: png("x"), imageAlt: "Foto" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      setPublicationImage(humas, { id, version: (await version(id)) - 1, file: png("x"), imageAlt: "Foto" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await submitPublication(humas, { id, version: await version(id) });
    await expect(
      setPublicationImage(humas, { id, version: await version(id), file: png("x"), imageAlt: "Foto" }),
    ).rejects.toMatchObject({ code: "INVALID", userMessage: "publications.errors.imageDraftOnly" });
  });

  it("is approved with the version: served publicly once published, a correction changes it, older versions keep theirs, withdrawal hides them", async () => {
    const { id, slug } = await newDraft();
    await setPublicationImage(humas, { id, version: await version(id), file: png("v1"), imageAlt: "Foto pertama" });
    const first = (await db.publication.findUniqueOrThrow({ where: { id } })).imageId!;
    await publish(id);
    expect(await getPublicImage("pangandaran", slug, first)).toMatchObject({ contentType: "image/jpeg" });
    expect(await getPublicImage("malaka", slug, first)).toBeNull();
    expect((await getPublicPiece("pangandaran", slug))?.current).toMatchObject({
      imageId: first,
      imageAlt: "Foto pertama",
      image: { width: 64, height: 48, widths: [], avif: true },
    });

    const piece = await db.publication.findUniqueOrThrow({ where: { id } });
    await updatePublication(humas, {
      id,
      version: piece.version,
      kind: piece.kind,
      title: piece.title,
      summary: piece.summary,
      body: piece.body,
      internalNote: "",
      issueIds: [],
      publishAt: null,
      correctionNote: "Foto diganti dengan yang lebih jelas.",
    });
    await setPublicationImage(humas, { id, version: await version(id), file: png("v2"), imageAlt: "Foto kedua" });
    const second = (await db.publication.findUniqueOrThrow({ where: { id } })).imageId!;
    expect(await getPublicImage("pangandaran", slug, second)).toBeNull();
    await publish(id);
    const versions = await db.publicationVersion.findMany({
      where: { publicationId: id },
      orderBy: { number: "asc" },
      select: { imageId: true, imageAlt: true },
    });
    expect(versions).toEqual([
      { imageId: first, imageAlt: "Foto pertama" },
      { imageId: second, imageAlt: "Foto kedua" },
    ]);
    expect(await getPublicImage("pangandaran", slug, second)).not.toBeNull();
    expect(await getPublicImage("pangandaran", slug, first)).not.toBeNull();

    await updatePublication(humas, {
      id,
      version: await version(id),
      kind: piece.kind,
      title: piece.title,
      summary: piece.summary,
      body: piece.body,
      internalNote: "",
      issueIds: [],
      publishAt: null,
      correctionNote: "Foto dihapus.",
    });
    const seq = await lastAuditSeq();
    await removePublicationImage(humas, { id, version: await version(id) });
    expect((await auditSince(seq)).map((e) => e.action)).toEqual(["publication.image_removed"]);
    expect(await getPublicImage("pangandaran", slug, second)).not.toBeNull();

    await withdrawPublication(coordinator, {
      id,
      version: await version(id),
      reason: "Ditarik untuk diperiksa ulang.",
    });
    expect(await getPublicImage("pangandaran", slug, first)).toBeNull();
    expect(await getPublicImage("pangandaran", slug, second)).toBeNull();
  });
});
