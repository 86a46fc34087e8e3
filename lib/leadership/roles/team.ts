import type { Prisma } from "@/lib/generated/prisma/client";

/** Positions always in the leadership team whose configuration is measured. */
export const DEFAULT_TEAM_KINDS = ["bupati", "wakil_bupati", "sekda", "kepala_bappeda", "ketua_dprd"] as const;

export const isDefaultTeamKind = (kind: string) => (DEFAULT_TEAM_KINDS as readonly string[]).includes(kind);

/** The leadership team's positions: the default kinds, and those the coordinator added. */
export const teamPositionWhere = (regencyId: string): Prisma.PositionWhereInput => ({
  regencyId,
  OR: [{ kind: { in: [...DEFAULT_TEAM_KINDS] } }, { inLeadershipTeam: true }],
});
