/** Which regency the actor works in (lib/auth/active-regency.ts reads it; the switcher and proxy.ts set it). */
export const REGENCY_COOKIE = "mekar-regency";
export const REGENCY_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

/** What a link's `?regency=` may carry: a slug ("malaka") or a Kemendagri code ("53.21"). */
export const REGENCY_REF = /^([a-z0-9-]{1,80}|\d{2}\.\d{2})$/;
