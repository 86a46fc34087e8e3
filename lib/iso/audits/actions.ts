"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/action-state";
import { addFinding, completeAudit, createAudit, raiseFromFinding } from "./mutations";
import { addFindingSchema, completeAuditSchema, createAuditSchema, raiseFromFindingSchema } from "./schemas";

export const createAuditAction = formAction(
  createAuditSchema,
  async (actor, input) => {
    const { id } = await createAudit(actor, input);
    revalidatePath("/iso/audits");
    redirect(`/iso/audits/${id}`);
  },
  "iso.manage",
);

export const addFindingAction = formAction(
  addFindingSchema,
  async (actor, input, { t }) => {
    await addFinding(actor, input);
    revalidatePath(`/iso/audits/${input.auditId}`);
    return { status: "success", message: t("iso.audit.findingAdded") };
  },
  "iso.manage",
);

export const completeAuditAction = formAction(
  completeAuditSchema,
  async (actor, input, { t }) => {
    await completeAudit(actor, input);
    revalidatePath(`/iso/audits/${input.id}`);
    return { status: "success", message: t("iso.audit.completedMessage") };
  },
  "iso.manage",
);

export const raiseFromFindingAction = formAction(
  raiseFromFindingSchema.extend({ auditId: completeAuditSchema.shape.id }),
  async (actor, input, { t }) => {
    const { id } = await raiseFromFinding(actor, input);
    revalidatePath(`/iso/audits/${input.auditId}`);
    if (input.target === "nonconformity") redirect(`/iso/nonconformities/${id}`);
    return { status: "success", message: t("iso.audit.issueRaised") };
  },
  "iso.manage",
);
