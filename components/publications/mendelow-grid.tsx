import { Badge } from "@/components/ui/badge";
import type { Translate } from "@/lib/i18n/translate";
import type { Quadrant } from "@/lib/stakeholders/schemas";

type Item = {
  id: string;
  name: string;
  organisation: string;
  power: number;
  interest: number;
  stance: "supportive" | "neutral" | "opposed";
  quadrant: Quadrant;
};

// Rows top to bottom: high power, then low power; columns: low interest, then high interest.
const LAYOUT: Quadrant[] = ["keep_satisfied", "manage_closely", "monitor", "keep_informed"];
const BG: Record<Quadrant, string> = {
  manage_closely: "bg-red-50",
  keep_satisfied: "bg-amber-50",
  keep_informed: "bg-sky-50",
  monitor: "bg-slate-50",
};
const STANCE_TONE = { supportive: "green", neutral: "slate", opposed: "red" } as const;

/** Mendelow's power × interest matrix as a plain 2 × 2 grid of named stakeholders. */
export function MendelowGrid({ items, t }: { items: Item[]; t: Translate }) {
  return (
    <div className="grid grid-cols-[1.5rem_1fr] gap-1">
      <div className="flex items-center justify-center">
        <span className="-rotate-90 whitespace-nowrap text-xs font-semibold text-slate-700">
          {t("stakeholders.powerAxis")} →
        </span>
      </div>
      <div className="grid grid-cols-1 gap-1 sm:grid-cols-2">
        {LAYOUT.map((q) => {
          const inQ = items.filter((i) => i.quadrant === q);
          return (
            <section
              key={q}
              aria-label={t(`stakeholders.quadrants.${q}`)}
              className={`min-h-32 rounded-md border border-slate-200 p-3 ${BG[q]}`}
            >
              <h3 className="text-sm font-semibold text-slate-900">
                {t(`stakeholders.quadrants.${q}`)} <span className="font-normal text-slate-600">({inQ.length})</span>
              </h3>
              <ul className="mt-2 space-y-1 text-sm">
                {inQ.map((i) => (
                  <li key={i.id} className="flex flex-wrap items-center gap-1">
                    <span className="text-slate-900">{i.name}</span>
                    {i.organisation && <span className="text-xs text-slate-600">({i.organisation})</span>}
                    <span className="text-xs text-slate-600">
                      P{i.power}/K{i.interest}
                    </span>
                    <Badge tone={STANCE_TONE[i.stance]}>{t(`stakeholders.stances.${i.stance}`)}</Badge>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
      <div />
      <p className="text-center text-xs font-semibold text-slate-700">{t("stakeholders.interestAxis")} →</p>
    </div>
  );
}
