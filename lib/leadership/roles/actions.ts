"use server";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/action-state";
import { assessLeader, setLeadershipTeam } from "./mutations";
import { assessLeaderSchema, setLeadershipTeamSchema } from "./schemas";

export const assessLeaderAction = formAction(
  assessLeaderSchema,
  async (actor, input, { t }) => {
    const saved = await assessLeader(actor, input);
    revalidatePath("/regencies", "layout");
    revalidatePath("/culture/leadership");
    return {
      status: "success",
      message: t(saved.version > 1 ? "leadership.roles.assess.replaced" : "leadership.roles.assess.saved", {
        period: input.period,
      }),
    };
  },
  "leadership.assess",
);

export const setLeadershipTeamAction = formAction(
  setLeadershipTeamSchema,
  async (actor, input, { t }) => {
    await setLeadershipTeam(actor, input);
    revalidatePath("/culture/leadership");
    return {
      status: "success",
      message: t(input.member ? "leadership.roles.team.added" : "leadership.roles.team.removed"),
    };
  },
  "leadership.manage",
);
