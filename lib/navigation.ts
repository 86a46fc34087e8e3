import type { Actor } from "@/lib/auth/actor";
import { can, type Permission } from "@/lib/auth/permissions";
import type { Translate } from "@/lib/i18n/translate";

// The portal's sections, in order. A link shows when the actor holds its permission in the
// active regency; it only hides the link, every page still checks on its own.
const SECTIONS: { href: string; key: string; permission: Permission | "admin" }[] = [
  { href: "/dashboard", key: "nav.dashboard", permission: "workspace.read" },
  { href: "/regencies", key: "nav.regencies", permission: "regency.read" },
  { href: "/issues", key: "nav.issues", permission: "issues.read" },
  { href: "/aspirations", key: "nav.aspirations", permission: "aspirations.read" },
  { href: "/iso", key: "nav.iso", permission: "iso.read" },
  { href: "/culture", key: "nav.culture", permission: "culture.read" },
  { href: "/publications", key: "nav.publications", permission: "publications.read" },
  { href: "/workshops", key: "nav.workshops", permission: "workshops.read" },
  { href: "/overview", key: "nav.overview", permission: "dashboard.read" },
  { href: "/audit", key: "nav.audit", permission: "audit.read" },
  { href: "/admin/users", key: "nav.users", permission: "admin" },
];

export function portalNav(actor: Actor, regencyId: string | null, t: Translate) {
  return SECTIONS.filter((s) =>
    s.permission === "admin"
      ? actor.isAdmin
      : actor.isAdmin || (regencyId !== null && can(actor, s.permission, regencyId)),
  ).map((s) => ({
    href: s.href,
    label: t(s.key),
  }));
}
