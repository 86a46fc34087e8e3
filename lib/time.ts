/** One day in milliseconds (for date arithmetic on whole days; calendar days in a time zone are lib/i18n's job). */
export const DAY_MS = 86_400_000;
