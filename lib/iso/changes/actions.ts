"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/action-state";
import { proposeFromGapSchema } from "@/lib/culture/profiles/schemas";
import { proposeChangeFromGap } from "./culture-gap";
import { advanceChange, createChange, decideAct, savePhaseNotes } from "./mutations";
import { actDecisionSchema, advanceChangeSchema, createChangeSchema, savePhaseNotesSchema } from "./schemas";

export const createChangeAction = formAction(
  createChangeSchema,
  async (actor, input) => {
    const { id } = await createChange(actor, input);
    revalidatePath("/iso/changes");
    redirect(`/iso/changes/${id}`);
  },
  "iso.manage",
);

export const savePhaseNotesAction = formAction(
  savePhaseNotesSchema,
  async (actor, input, { t }) => {
    await savePhaseNotes(actor, input);
    revalidatePath(`/iso/changes/${input.id}`);
    return { status: "success", message: t("common.saved") };
  },
  "iso.manage",
);

export const advanceChangeAction = formAction(
  advanceChangeSchema,
  async (actor, input, { t }) => {
    await advanceChange(actor, input);
    revalidatePath(`/iso/changes/${input.id}`);
    return { status: "success", message: t("iso.change.advanced") };
  },
  "iso.manage",
);

export const decideActAction = formAction(
  actDecisionSchema,
  async (actor, input, { t }) => {
    await decideAct(actor, input);
    revalidatePath(`/iso/changes/${input.id}`);
    return {
      status: "success",
      message: t(input.decision === "standardize" ? "iso.change.standardizedMessage" : "iso.change.nextCycleMessage"),
    };
  },
  "iso.manage",
);

/** From a culture gap above the threshold (the /culture pages): a change initiative and a quality objective. */
export const proposeFromCultureGapAction = formAction(
  proposeFromGapSchema,
  async (actor, input, { t }) => {
    const ids = await proposeChangeFromGap(actor, input);
    revalidatePath("/culture", "layout");
    revalidatePath("/iso/changes");
    revalidatePath("/iso/objectives");
    return { status: "success", message: t("culture.profiles.propose.done"), data: ids };
  },
  "culture.manage",
);
