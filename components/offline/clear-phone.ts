// Logout on this phone: the service worker's copies of portal pages, its build files, the queued
// notes and the worker itself go, before the server's answer arrives. The answer's follow-up
// carries Clear-Site-Data as well (proxy.ts, lib/auth/signed-out.ts), which also covers a phone
// without JavaScript; public/sw.js drops the same when a page lands on /login or another user signs in.

export function isLogoutSubmit(event: SubmitEvent): boolean {
  return event.target instanceof HTMLFormElement && event.target.hasAttribute("data-logout");
}

export async function clearPhone(): Promise<void> {
  const jobs: Promise<unknown>[] = [];
  if ("caches" in window)
    jobs.push(
      caches
        .keys()
        .then((keys) => Promise.all(keys.filter((k) => k.startsWith("mekar-")).map((k) => caches.delete(k)))),
    );
  if (typeof indexedDB !== "undefined")
    jobs.push(
      new Promise((done) => {
        const req = indexedDB.deleteDatabase("mekar-offline");
        req.onsuccess = req.onerror = req.onblocked = done;
      }),
    );
  if ("serviceWorker" in navigator)
    jobs.push(navigator.serviceWorker.getRegistrations().then((all) => Promise.all(all.map((r) => r.unregister()))));
  await Promise.allSettled(jobs);
}
