"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/action-state";
import {
  addCorrectiveAction,
  completeCorrectiveAction,
  createNonconformity,
  reopenNonconformity,
  requestVerification,
  startNonconformity,
  updateNonconformity,
  verifyNonconformity,
} from "./mutations";
import {
  addCorrectiveActionSchema,
  completeCorrectiveActionSchema,
  createNonconformitySchema,
  reopenNonconformitySchema,
  transitionNonconformitySchema,
  updateNonconformitySchema,
  verifyNonconformitySchema,
} from "./schemas";

const page = (id: string) => `/iso/nonconformities/${id}`;

export const createNonconformityAction = formAction(
  createNonconformitySchema,
  async (actor, input) => {
    const { id } = await createNonconformity(actor, input);
    revalidatePath("/iso/nonconformities");
    redirect(page(id));
  },
  "iso.manage",
);

export const updateNonconformityAction = formAction(
  updateNonconformitySchema,
  async (actor, input, { t }) => {
    await updateNonconformity(actor, input);
    revalidatePath(page(input.id));
    return { status: "success", message: t("common.saved") };
  },
  "iso.manage",
);

export const addCorrectiveActionAction = formAction(
  addCorrectiveActionSchema,
  async (actor, input, { t }) => {
    await addCorrectiveAction(actor, input);
    revalidatePath(page(input.nonconformityId));
    return { status: "success", message: t("iso.nc.actionAdded") };
  },
  "iso.manage",
);

export const startNonconformityAction = formAction(
  transitionNonconformitySchema,
  async (actor, input, { t }) => {
    await startNonconformity(actor, input);
    revalidatePath(page(input.id));
    return { status: "success", message: t("iso.nc.started") };
  },
  "iso.manage",
);

export const completeCorrectiveActionAction = formAction(
  completeCorrectiveActionSchema.extend({ nonconformityId: transitionNonconformitySchema.shape.id }),
  async (actor, input, { t }) => {
    await completeCorrectiveAction(actor, input);
    revalidatePath(page(input.nonconformityId));
    return { status: "success", message: t("iso.nc.actionDone") };
  },
  "iso.manage",
);

export const requestVerificationAction = formAction(
  transitionNonconformitySchema,
  async (actor, input, { t }) => {
    await requestVerification(actor, input);
    revalidatePath(page(input.id));
    return { status: "success", message: t("iso.nc.verificationRequested") };
  },
  "iso.manage",
);

export const verifyNonconformityAction = formAction(
  verifyNonconformitySchema,
  async (actor, input, { t }) => {
    await verifyNonconformity(actor, input);
    revalidatePath(page(input.id));
    return { status: "success", message: t(input.effective ? "iso.nc.closed" : "iso.nc.notEffective") };
  },
  "iso.verify",
);

export const reopenNonconformityAction = formAction(
  reopenNonconformitySchema,
  async (actor, input, { t }) => {
    await reopenNonconformity(actor, input);
    revalidatePath(page(input.id));
    return { status: "success", message: t("iso.nc.reopened") };
  },
  "iso.manage",
);
