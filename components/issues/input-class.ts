// The form input look of components/forms, for plain server-rendered GET forms (filters).
export const inputClassStatic =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm focus:border-emerald-600 focus:outline-2 focus:outline-emerald-600";
