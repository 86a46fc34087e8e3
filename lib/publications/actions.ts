"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/action-state";
import { assertRecentlyAuthenticated } from "@/lib/auth/reauth";
import {
  approvePublication,
  createPublication,
  removePublicationImage,
  sendBackPublication,
  setApproverPosition,
  setPublicationImage,
  submitPublication,
  updatePublication,
  withdrawPublication,
} from "./mutations";
import {
  approvePublicationSchema,
  createPublicationSchema,
  publicationRefSchema,
  sendBackPublicationSchema,
  setApproverSchema,
  setPublicationImageSchema,
  updatePublicationSchema,
  withdrawPublicationSchema,
} from "./schemas";

export const createPublicationAction = formAction(
  createPublicationSchema,
  async (actor, input) => {
    const { id } = await createPublication(actor, input);
    revalidatePath("/publications");
    redirect(`/publications/${id}`);
  },
  "publications.write",
);

export const updatePublicationAction = formAction(
  updatePublicationSchema,
  async (actor, input, { t }) => {
    await updatePublication(actor, input);
    revalidatePath(`/publications/${input.id}`);
    return { status: "success", message: t("publications.saved") };
  },
  "publications.write",
);

export const submitPublicationAction = formAction(
  publicationRefSchema,
  async (actor, input, { t }) => {
    await submitPublication(actor, input);
    revalidatePath(`/publications/${input.id}`);
    return { status: "success", message: t("publications.submitted") };
  },
  "publications.write",
);

// Approving is open at the gate to any reader: the regency may name a position held by an
// official as approver; approvePublication() decides (mayApprove, never the writer).
export const approvePublicationAction = formAction(
  approvePublicationSchema,
  async (actor, input, { t }) => {
    assertRecentlyAuthenticated(actor); // approving publishes: password or code in the last 10 minutes
    await approvePublication(actor, input);
    revalidatePath(`/publications/${input.id}`);
    return { status: "success", message: t("publications.approved") };
  },
  "publications.read",
);

export const sendBackPublicationAction = formAction(
  sendBackPublicationSchema,
  async (actor, input, { t }) => {
    await sendBackPublication(actor, input);
    revalidatePath(`/publications/${input.id}`);
    return { status: "success", message: t("publications.sentBack") };
  },
  "publications.read",
);

export const withdrawPublicationAction = formAction(
  withdrawPublicationSchema,
  async (actor, input, { t }) => {
    await withdrawPublication(actor, input);
    revalidatePath(`/publications/${input.id}`);
    return { status: "success", message: t("publications.withdrawn") };
  },
  "publications.read",
);

export const setApproverAction = formAction(
  setApproverSchema,
  async (actor, input, { t }) => {
    assertRecentlyAuthenticated(actor); // it hands out the right to publish
    await setApproverPosition(actor, input);
    revalidatePath("/publications/review");
    return { status: "success", message: t("common.saved") };
  },
  "publications.approve",
);

export const setPublicationImageAction = formAction(
  setPublicationImageSchema,
  async (actor, input, { t }) => {
    await setPublicationImage(actor, input);
    revalidatePath(`/publications/${input.id}`);
    return { status: "success", message: t("publications.image.saved") };
  },
  "publications.write",
);

export const removePublicationImageAction = formAction(
  publicationRefSchema,
  async (actor, input, { t }) => {
    await removePublicationImage(actor, input);
    revalidatePath(`/publications/${input.id}`);
    return { status: "success", message: t("publications.image.removed") };
  },
  "publications.write",
);
