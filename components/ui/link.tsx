"use client";
import { useRouter } from "next/navigation";
import { useEffect, useTransition, type ComponentProps, type MouseEvent } from "react";
import { navigationStarted } from "./navigation-status";

type Props = Omit<ComponentProps<"a">, "href"> & {
  href: string;
  replace?: boolean;
  /** false: keep the scroll position (next/link's `scroll`) */
  scroll?: boolean;
};

/**
 * The portal's in-app link: next/link's soft navigation (router.push in a transition) without its
 * prefetching and its 3.4 KB (brotli) of client code. Prefetching every link in view costs a phone
 * on a 400 kbit/s link a request per link while the page is still loading, and the portal's pages
 * are dynamic, so a click waits for the server either way. While the navigation is pending the link
 * says so (aria-busy) and the shell's NavigationStatus shows the bar and "Memuat…". Without script
 * it is a plain link. Modified clicks, other targets, downloads and other origins are the browser's.
 */
export default function Link({ href, replace, scroll, onClick, ...rest }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  useEffect(() => (pending ? navigationStarted() : undefined), [pending]);

  function click(e: MouseEvent<HTMLAnchorElement>) {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const a = e.currentTarget;
    if ((a.target && a.target !== "_self") || a.hasAttribute("download")) return;
    const url = new URL(a.href);
    if (url.origin !== location.origin) return;
    // a jump to an anchor of this same page stays the browser's
    if (url.hash && url.pathname === location.pathname && url.search === location.search) return;
    e.preventDefault();
    startTransition(() => (replace ? router.replace : router.push)(href, { scroll }));
  }

  return <a {...rest} href={href} onClick={click} aria-busy={pending || undefined} />;
}
