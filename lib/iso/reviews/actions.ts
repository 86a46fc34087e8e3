"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/action-state";
import { addReviewAction, approveReview, completeReviewAction, createReview, updateReview } from "./mutations";
import {
  addReviewActionSchema,
  approveReviewSchema,
  completeReviewActionSchema,
  createReviewSchema,
  updateReviewSchema,
} from "./schemas";

export const createReviewAction = formAction(
  createReviewSchema,
  async (actor, input) => {
    const { id } = await createReview(actor, input);
    revalidatePath("/iso/reviews");
    redirect(`/iso/reviews/${id}`);
  },
  "iso.manage",
);

export const updateReviewAction = formAction(
  updateReviewSchema,
  async (actor, input, { t }) => {
    await updateReview(actor, input);
    revalidatePath(`/iso/reviews/${input.id}`);
    return { status: "success", message: t("common.saved") };
  },
  "iso.manage",
);

export const addReviewActionAction = formAction(
  addReviewActionSchema,
  async (actor, input, { t }) => {
    await addReviewAction(actor, input);
    revalidatePath(`/iso/reviews/${input.reviewId}`);
    return { status: "success", message: t("iso.review.actionAdded") };
  },
  "iso.manage",
);

export const completeReviewActionAction = formAction(
  completeReviewActionSchema,
  async (actor, input, { t }) => {
    await completeReviewAction(actor, input);
    revalidatePath(`/iso/reviews/${input.reviewId}`);
    return { status: "success", message: t("iso.review.actionDone") };
  },
  "iso.manage",
);

export const approveReviewAction = formAction(
  approveReviewSchema,
  async (actor, input, { t }) => {
    await approveReview(actor, input);
    revalidatePath(`/iso/reviews/${input.id}`);
    return { status: "success", message: t("iso.review.approvedMessage") };
  },
  "iso.approve",
);
