"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/action-state";
import { createAssessment, raiseFromRating, saveRatings, submitAssessment, verifyAssessment } from "./mutations";
import {
  createAssessmentSchema,
  raiseFromRatingSchema,
  saveRatingsSchema,
  transitionAssessmentSchema,
  verifyAssessmentSchema,
} from "./schemas";

export const createAssessmentAction = formAction(
  createAssessmentSchema,
  async (actor, input) => {
    const { id } = await createAssessment(actor, input);
    revalidatePath("/iso/assessments");
    redirect(`/iso/assessments/${id}`);
  },
  "iso.manage",
);

export const saveRatingsAction = formAction(
  saveRatingsSchema,
  async (actor, input, { t }) => {
    await saveRatings(actor, input);
    revalidatePath(`/iso/assessments/${input.id}`);
    return { status: "success", message: t("iso.assessment.saved") };
  },
  "iso.manage",
);

export const submitAssessmentAction = formAction(
  transitionAssessmentSchema,
  async (actor, input, { t }) => {
    await submitAssessment(actor, input);
    revalidatePath(`/iso/assessments/${input.id}`);
    return { status: "success", message: t("iso.assessment.submittedMessage") };
  },
  "iso.manage",
);

export const verifyAssessmentAction = formAction(
  verifyAssessmentSchema,
  async (actor, input, { t }) => {
    await verifyAssessment(actor, input);
    revalidatePath(`/iso/assessments/${input.id}`);
    return {
      status: "success",
      message: t(input.decision === "verified" ? "iso.assessment.verifiedMessage" : "iso.assessment.disputedMessage"),
    };
  },
  "iso.verify",
);

export const raiseFromRatingAction = formAction(
  raiseFromRatingSchema.extend({ assessmentId: transitionAssessmentSchema.shape.id }),
  async (actor, input, { t }) => {
    const { id } = await raiseFromRating(actor, input);
    revalidatePath(`/iso/assessments/${input.assessmentId}`);
    if (input.target === "nonconformity") redirect(`/iso/nonconformities/${id}`);
    if (input.target === "change") {
      revalidatePath("/iso/changes");
      redirect(`/iso/changes/${id}`);
    }
    return { status: "success", message: t("iso.assessment.issueRaised") };
  },
  "iso.manage",
);
