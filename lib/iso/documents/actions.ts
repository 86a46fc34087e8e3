"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/action-state";
import { createDocument, editDraft, makeEffective, reviewVersion, startNewVersion, submitForReview } from "./mutations";
import {
  createDocumentSchema,
  editDraftSchema,
  makeEffectiveSchema,
  newVersionSchema,
  reviewVersionSchema,
  versionTransitionSchema,
} from "./schemas";
import { z } from "zod";

const withDoc = { documentId: z.uuid() };

export const createDocumentAction = formAction(
  createDocumentSchema,
  async (actor, input) => {
    const { id } = await createDocument(actor, input);
    revalidatePath("/iso/documents");
    redirect(`/iso/documents/${id}`);
  },
  "iso.manage",
);

export const editDraftAction = formAction(
  editDraftSchema.extend(withDoc),
  async (actor, input, { t }) => {
    await editDraft(actor, input);
    revalidatePath(`/iso/documents/${input.documentId}`);
    return { status: "success", message: t("common.saved") };
  },
  "iso.manage",
);

export const submitForReviewAction = formAction(
  versionTransitionSchema.extend(withDoc),
  async (actor, input, { t }) => {
    await submitForReview(actor, input);
    revalidatePath(`/iso/documents/${input.documentId}`);
    return { status: "success", message: t("iso.doc.submittedMessage") };
  },
  "iso.manage",
);

export const reviewVersionAction = formAction(
  reviewVersionSchema.and(z.object(withDoc)),
  async (actor, input, { t }) => {
    await reviewVersion(actor, input);
    revalidatePath(`/iso/documents/${input.documentId}`);
    return {
      status: "success",
      message: t(input.decision === "approve" ? "iso.doc.approvedMessage" : "iso.doc.returnedMessage"),
    };
  },
  "iso.approve",
);

export const makeEffectiveAction = formAction(
  makeEffectiveSchema.extend(withDoc),
  async (actor, input, { t }) => {
    await makeEffective(actor, input);
    revalidatePath(`/iso/documents/${input.documentId}`);
    return { status: "success", message: t("iso.doc.effectiveMessage") };
  },
  "iso.approve",
);

export const startNewVersionAction = formAction(
  newVersionSchema,
  async (actor, input, { t }) => {
    await startNewVersion(actor, input);
    revalidatePath(`/iso/documents/${input.documentId}`);
    return { status: "success", message: t("iso.doc.versionStarted") };
  },
  "iso.manage",
);
