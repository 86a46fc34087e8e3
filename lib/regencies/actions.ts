"use server";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/action-state";
import { importRegenciesAnswer } from "./import-answer";
import {
  createMilestone,
  createObligation,
  createPotential,
  linkPotentialIssue,
  updateMilestone,
  updateObligation,
  updateObligationStatus,
  updatePotentialStatus,
  updateRegencyProfile,
  removeRegencyLogo,
  setRegencyLogo,
} from "./mutations";
import { linkPotentialFollowUp, unlinkPotentialFollowUp, unlinkPotentialIssue } from "./potential-links";
import {
  createMilestoneSchema,
  createObligationSchema,
  createPotentialSchema,
  importRegenciesSchema,
  linkPotentialIssueSchema,
  linkPotentialFollowUpSchema,
  updateMilestoneSchema,
  updateObligationSchema,
  updateObligationStatusSchema,
  updatePotentialStatusSchema,
  updateRegencyProfileSchema,
  removeRegencyLogoSchema,
  setRegencyLogoSchema,
} from "./schemas";

export const updateRegencyProfileAction = formAction(
  updateRegencyProfileSchema,
  async (actor, input, { t }) => {
    await updateRegencyProfile(actor, input);
    revalidatePath("/regencies", "layout");
    return { status: "success", message: t("regencies.profile.saved") };
  },
  "regency.manage",
);

export const setRegencyLogoAction = formAction(
  setRegencyLogoSchema,
  async (actor, input, { t }) => {
    await setRegencyLogo(actor, input);
    revalidatePath("/regencies", "layout");
    return { status: "success", message: t("regencies.logo.saved") };
  },
  "regency.manage",
);

export const removeRegencyLogoAction = formAction(
  removeRegencyLogoSchema,
  async (actor, input, { t }) => {
    await removeRegencyLogo(actor, input);
    revalidatePath("/regencies", "layout");
    return { status: "success", message: t("regencies.logo.removed") };
  },
  "regency.manage",
);

export const createMilestoneAction = formAction(
  createMilestoneSchema,
  async (actor, input, { t }) => {
    await createMilestone(actor, input);
    revalidatePath("/regencies", "layout");
    return { status: "success", message: t("regencies.milestones.created") };
  },
  "regency.manage",
);

export const updateMilestoneAction = formAction(
  updateMilestoneSchema,
  async (actor, input, { t }) => {
    await updateMilestone(actor, input);
    revalidatePath("/regencies", "layout");
    return { status: "success", message: t("regencies.milestones.updated") };
  },
  "regency.manage",
);

export const createObligationAction = formAction(
  createObligationSchema,
  async (actor, input, { t }) => {
    await createObligation(actor, input);
    revalidatePath("/regencies", "layout");
    return { status: "success", message: t("regencies.obligations.created") };
  },
  "regency.manage",
);

export const updateObligationAction = formAction(
  updateObligationSchema,
  async (actor, input, { t }) => {
    await updateObligation(actor, input);
    revalidatePath("/regencies", "layout");
    return { status: "success", message: t("regencies.obligations.updated") };
  },
  "regency.manage",
);

export const updateObligationStatusAction = formAction(
  updateObligationStatusSchema,
  async (actor, input, { t }) => {
    await updateObligationStatus(actor, input);
    revalidatePath("/regencies", "layout");
    return { status: "success", message: t("regencies.obligations.statusSaved") };
  },
  "regency.manage",
);

export const createPotentialAction = formAction(
  createPotentialSchema,
  async (actor, input, { t }) => {
    await createPotential(actor, input);
    revalidatePath("/regencies", "layout");
    return { status: "success", message: t("regencies.potentials.created") };
  },
  "regency.manage",
);

export const updatePotentialStatusAction = formAction(
  updatePotentialStatusSchema,
  async (actor, input, { t }) => {
    await updatePotentialStatus(actor, input);
    revalidatePath("/regencies", "layout");
    return { status: "success", message: t("regencies.potentials.statusSaved") };
  },
  "regency.manage",
);

export const linkPotentialIssueAction = formAction(
  linkPotentialIssueSchema,
  async (actor, input, { t }) => {
    await linkPotentialIssue(actor, input);
    revalidatePath("/regencies", "layout");
    return { status: "success", message: t("regencies.potentials.linked") };
  },
  "regency.manage",
);

export const unlinkPotentialIssueAction = formAction(
  linkPotentialIssueSchema,
  async (actor, input, { t }) => {
    await unlinkPotentialIssue(actor, input);
    revalidatePath("/regencies", "layout");
    return { status: "success", message: t("regencies.potentials.unlinked") };
  },
  "regency.manage",
);

export const linkPotentialFollowUpAction = formAction(
  linkPotentialFollowUpSchema,
  async (actor, input, { t }) => {
    await linkPotentialFollowUp(actor, input);
    revalidatePath("/regencies", "layout");
    return { status: "success", message: t("regencies.potentials.followUpLinked") };
  },
  "regency.manage",
);

export const unlinkPotentialFollowUpAction = formAction(
  linkPotentialFollowUpSchema,
  async (actor, input, { t }) => {
    await unlinkPotentialFollowUp(actor, input);
    revalidatePath("/regencies", "layout");
    return { status: "success", message: t("regencies.potentials.unlinked") };
  },
  "regency.manage",
);

/** The import's outcome: a summary, or each bad row with its line (nothing imported then). */
export const importRegenciesAction = formAction(
  importRegenciesSchema,
  (actor, input, { t }) => importRegenciesAnswer(actor, input.file, t),
  "admin",
);
