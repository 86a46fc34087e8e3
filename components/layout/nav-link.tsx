"use client";
import { usePathname } from "next/navigation";
import Link from "@/components/ui/link";

export function NavLink({ href, label }: { href: string; label: string }) {
  const path = usePathname();
  const active = path === href || path.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      // the phone's ☰ menu (a <details>) closes on a choice: the shell stays on screen across
      // in-app navigations, and an open menu would cover the page that arrives
      onClick={(e) => e.currentTarget.closest("details")?.removeAttribute("open")}
      className={`block rounded-md px-3 py-2 text-sm font-medium ${active ? "bg-emerald-50 text-emerald-900" : "text-slate-700 hover:bg-slate-100"}`}
    >
      {label}
    </Link>
  );
}
