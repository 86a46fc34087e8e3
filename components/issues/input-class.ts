// The form input look of components/forms, for plain server-rendered GET forms (filters).
export const inputClassStatic =
  "block w-full max-w-full min-w-0 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm focus:border-emerald-600 focus:outline-2 focus:outline-emerald-600";

/** A select that sizes to its options (up to 28rem) and never grows past its container (a
 * long issue title must not widen the page on a phone): put it in a `filterFieldClass` wrapper. */
export const filterSelectClass =
  "w-full max-w-full min-w-0 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";
export const filterFieldClass = "min-w-0 max-w-md";
