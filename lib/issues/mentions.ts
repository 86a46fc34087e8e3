import type { Tx } from "@/lib/db";

// Officials mention a colleague in a timeline note either by e-mail address, `@nama@pemda.go.id`,
// or by full name in brackets, `@[Nama Lengkap]`. Only members of the regency resolve.

const BY_EMAIL = /(?<![\w@.])@([a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})/gi;
const BY_NAME = /(?<![\w@.])@\[([^\][\n]{2,120})\]/g;

export function parseMentions(body: string): { emails: string[]; names: string[] } {
  const emails = new Set([...body.matchAll(BY_EMAIL)].map((m) => m[1].toLowerCase()));
  const names = new Set([...body.matchAll(BY_NAME)].map((m) => m[1].trim().replace(/\s+/g, " ")).filter(Boolean));
  return { emails: [...emails], names: [...names] };
}

/** Ids of the active members of `regencyId` that `body` mentions (never another regency's users). */
export async function mentionedUserIds(tx: Tx, regencyId: string, body: string): Promise<string[]> {
  const { emails, names } = parseMentions(body);
  if (!emails.length && !names.length) return [];
  const users = await tx.user.findMany({
    where: {
      disabledAt: null,
      memberships: { some: { regencyId } },
      OR: [
        ...(emails.length ? [{ email: { in: emails } }] : []),
        ...names.map((name) => ({ name: { equals: name, mode: "insensitive" as const } })),
      ],
    },
    select: { id: true },
  });
  return users.map((u) => u.id);
}
