import type { Prisma } from "@/lib/generated/prisma/client";

// "Something works on this potential": an open issue (proposed or accepted, not closed) or an
// open rencana tindak lanjut (planned or in progress) is linked to it. A potential with neither
// is one nothing works on yet; the register counts and filters those, in SQL (NOT EXISTS).

export const OPEN_ISSUE: Prisma.IssueWhereInput = {
  triage: { in: ["pending", "accepted"] },
  stage: { not: "closed" },
};
export const OPEN_FOLLOW_UP_STATUSES = ["planned", "in_progress"] as const;

export const NOTHING_WORKS_ON_IT: Prisma.RegionalPotentialWhereInput = {
  issueLinks: { none: { issue: OPEN_ISSUE } },
  followUpLinks: { none: { followUp: { status: { in: [...OPEN_FOLLOW_UP_STATUSES] } } } },
};
