import type { Role } from "./permissions";

export type ActorMembership = {
  regencyId: string;
  regencyName: string;
  regencySlug: string;
  /** The regency's IANA zone: its records' dates and times are shown in it. */
  regencyTimeZone: string;
  role: Role;
};

/** The signed-in user as the code sees it. ip/userAgent feed the audit trail. */
export type Actor = {
  id: string;
  name: string;
  email: string;
  isAdmin: boolean;
  memberships: ActorMembership[];
  ip?: string | null;
  userAgent?: string | null;
  /** The server-side session (lib/auth/sessions.ts) and when it last checked a password or code. */
  sessionId?: string;
  verifiedAt?: Date | null;
};
