"use server";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/action-state";
import { attachEvidence } from "./mutations";
import { attachEvidenceSchema } from "./schemas";

const PAGES = { nonconformity: "nonconformities", assessment: "assessments", audit: "audits" } as const;

export const attachEvidenceAction = formAction(
  attachEvidenceSchema,
  async (actor, input, { t }) => {
    await attachEvidence(actor, input);
    revalidatePath(`/iso/${PAGES[input.recordType]}/${input.recordId}`);
    return { status: "success", message: t("iso.files.attached") };
  },
  "iso.manage",
);
