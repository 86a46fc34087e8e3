"use client";
import Link from "@/components/ui/link";
import { usePathname, useSearchParams } from "next/navigation";
import { CONFIRM_PATH } from "@/lib/auth/reauth";
import { useT } from "@/lib/i18n/client";

/** Shown under a form refused for want of a recent re-authentication: confirm, then come back here. */
export function ReauthLink() {
  const t = useT();
  const pathname = usePathname();
  const query = useSearchParams().toString();
  const back = query ? `${pathname}?${query}` : pathname;
  return (
    <Link href={`${CONFIRM_PATH}?next=${encodeURIComponent(back)}`} className="ml-1 font-medium underline">
      {t("auth.reauth.link")}
    </Link>
  );
}
