import { ReauthLink } from "@/components/auth/reauth-link";
import type { FormState } from "@/lib/action-state";

/** role=status (polite) for success, a labelled region for errors: not role=alert, which Next's route announcer already uses. */
export function FormMessage({ state }: { state: FormState }) {
  if (state.status === "idle" || !state.message) return null;
  const ok = state.status === "success";
  return (
    <p
      role="status"
      aria-live="polite"
      data-state={state.status}
      className={`rounded-md px-3 py-2 text-sm ${ok ? "bg-emerald-50 text-emerald-900" : "bg-red-50 text-red-800"}`}
    >
      {state.message}
      {state.data?.reauth === true && <ReauthLink />}
    </p>
  );
}
