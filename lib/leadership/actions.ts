"use server";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/action-state";
import { appointHolder, createPosition, endTerm, setCoordinatorPosition, updateLeaderProfile } from "./mutations";
import {
  appointHolderSchema,
  createPositionSchema,
  endTermSchema,
  setCoordinatorSchema,
  updateLeaderProfileSchema,
} from "./schemas";

export const createPositionAction = formAction(
  createPositionSchema,
  async (actor, input, { t }) => {
    await createPosition(actor, input);
    revalidatePath("/regencies", "layout");
    return { status: "success", message: t("leadership.positionCreated") };
  },
  "leadership.manage",
);

export const appointHolderAction = formAction(
  appointHolderSchema,
  async (actor, input, { t }) => {
    await appointHolder(actor, input);
    revalidatePath("/regencies", "layout");
    return { status: "success", message: t("leadership.appointed", { name: input.personName }) };
  },
  "leadership.manage",
);

export const endTermAction = formAction(
  endTermSchema,
  async (actor, input, { t }) => {
    await endTerm(actor, input);
    revalidatePath("/regencies", "layout");
    return { status: "success", message: t("leadership.termEnded") };
  },
  "leadership.manage",
);

export const setCoordinatorAction = formAction(
  setCoordinatorSchema,
  async (actor, input, { t }) => {
    await setCoordinatorPosition(actor, input);
    revalidatePath("/regencies", "layout");
    return { status: "success", message: t("leadership.coordinatorSet") };
  },
  "leadership.manage",
);

export const updateLeaderProfileAction = formAction(
  updateLeaderProfileSchema,
  async (actor, input, { t }) => {
    await updateLeaderProfile(actor, input);
    revalidatePath("/regencies", "layout");
    return { status: "success", message: t("leadership.profileSaved") };
  },
  "leadership.manage",
);
