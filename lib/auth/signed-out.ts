/**
 * Set by the logout for one minute: the next response the browser gets (the login page it lands
 * on, with or without JavaScript) carries Clear-Site-Data from proxy.ts, which empties the phone's
 * caches and storage: the service worker's offline copies and its queued notes (issue 17).
 */
export const SIGNED_OUT_COOKIE = "mekar-signed-out";
export const CLEAR_SITE_DATA = '"cache", "storage"';
