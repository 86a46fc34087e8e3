import type { ReactNode } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, SelectField, TextField } from "@/components/forms/field";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { updateRegencyProfileAction } from "@/lib/regencies/actions";
import { isRegencyZone, REGENCY_ZONES, zoneForRegencyCode, zoneLabel } from "@/lib/regencies/time-zone";
import type { RegencyProfile as Regency } from "@/lib/regencies/queries";

/** "WITA — Waktu Indonesia Tengah (Asia/Makassar)". */
function zoneName(zone: string, t: Translate): string {
  const label = zoneLabel(zone);
  return isRegencyZone(zone) ? `${label} — ${t(`regencies.zones.${label}`)} (${zone})` : zone;
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[10rem_minmax(0,1fr)] gap-2 py-1.5 text-sm">
      <dt className="text-slate-600">{label}</dt>
      {/* a long e-mail or web address wraps instead of widening a phone's page */}
      <dd className="text-slate-900 [overflow-wrap:anywhere]">{children}</dd>
    </div>
  );
}

/** Formation and key figures of the regency, with "—" where unknown. */
export function RegencyProfile({
  regency,
  t,
  locale,
  timeZone,
}: {
  regency: Regency;
  t: Translate;
  locale: Locale;
  timeZone: string;
}) {
  return (
    <dl className="divide-y divide-slate-100">
      <Row label={t("regencies.fields.parent")}>
        {regency.parent ? `${t(`regencyKind.${regency.parent.kind}`)} ${regency.parent.name}` : "—"}
      </Row>
      <Row label={t("regencies.fields.formationLaw")}>{regency.formationLaw ?? "—"}</Row>
      <Row label={t("regencies.fields.formationDate")}>
        {regency.formationDate ? formatDate(regency.formationDate, locale, timeZone) : (regency.formationYear ?? "—")}
      </Row>
      <Row label={t("regencies.fields.capital")}>{regency.capital ?? "—"}</Row>
      <Row label={t("regencies.fields.areaKm2")}>
        {regency.areaKm2 !== null ? `${formatNumber(regency.areaKm2, locale, 2)} km²` : "—"}
      </Row>
      <Row label={t("regencies.fields.population")}>{formatNumber(regency.population, locale)}</Row>
      <Row label={t("regencies.fields.districts")}>{formatNumber(regency.districts, locale)}</Row>
      <Row label={t("regencies.fields.figuresAsOf")}>{regency.figuresAsOf ?? "—"}</Row>
      <Row label={t("regencies.fields.figuresSource")}>{regency.figuresSource ?? "—"}</Row>
      <Row label={t("regencies.fields.address")}>{regency.address ?? "—"}</Row>
      <Row label={t("regencies.fields.phone")}>{regency.phone ?? "—"}</Row>
      <Row label={t("regencies.fields.email")}>{regency.email ?? "—"}</Row>
      <Row label={t("regencies.fields.website")}>{regency.website ?? "—"}</Row>
      <Row label={t("regencies.fields.timeZone")}>{zoneName(regency.timeZone, t)}</Row>
    </dl>
  );
}

export function RegencyProfileForm({
  regency,
  canSetZone,
  t,
}: {
  regency: Regency;
  /** Admins set the zone (by default the province's). */
  canSetZone: boolean;
  t: Translate;
}) {
  return (
    <ActionForm
      action={updateRegencyProfileAction}
      submitLabel={t("common.save")}
      pendingLabel={t("common.saving")}
      resetOnSuccess={false}
      className="grid gap-4 sm:grid-cols-2"
    >
      <HiddenField name="regencyId" value={regency.id} />
      <HiddenField name="version" value={regency.version} />
      <SelectField
        name="status"
        label={t("regencies.fields.status")}
        defaultValue={regency.status}
        options={[
          { value: "persiapan", label: t("regencies.status.persiapan") },
          { value: "definitif", label: t("regencies.status.definitif") },
        ]}
      />
      <TextField name="capital" label={t("regencies.fields.capital")} defaultValue={regency.capital} maxLength={120} />
      <TextField
        name="formationLaw"
        label={t("regencies.fields.formationLaw")}
        defaultValue={regency.formationLaw}
        maxLength={80}
      />
      <TextField
        name="formationDate"
        type="date"
        label={t("regencies.fields.formationDate")}
        defaultValue={regency.formationDate?.toISOString().slice(0, 10)}
      />
      <TextField
        name="areaKm2"
        type="number"
        step="0.001"
        min={0}
        label={t("regencies.fields.areaKm2")}
        defaultValue={regency.areaKm2}
      />
      <TextField
        name="population"
        type="number"
        min={0}
        label={t("regencies.fields.population")}
        defaultValue={regency.population}
      />
      <TextField
        name="districts"
        type="number"
        min={0}
        label={t("regencies.fields.districts")}
        defaultValue={regency.districts}
      />
      <TextField
        name="figuresAsOf"
        label={t("regencies.fields.figuresAsOf")}
        defaultValue={regency.figuresAsOf}
        maxLength={40}
      />
      <TextField
        name="figuresSource"
        label={t("regencies.fields.figuresSource")}
        defaultValue={regency.figuresSource}
        maxLength={300}
        className="sm:col-span-2"
      />
      <TextField
        name="address"
        label={t("regencies.fields.address")}
        defaultValue={regency.address}
        maxLength={300}
        className="sm:col-span-2"
      />
      <TextField name="phone" label={t("regencies.fields.phone")} defaultValue={regency.phone} maxLength={60} />
      <TextField
        name="email"
        type="email"
        label={t("regencies.fields.email")}
        defaultValue={regency.email}
        maxLength={200}
      />
      <TextField name="website" label={t("regencies.fields.website")} defaultValue={regency.website} maxLength={200} />
      {canSetZone && (
        <SelectField
          name="timeZone"
          label={t("regencies.fields.timeZone")}
          hint={t("regencies.zones.hint", { zone: zoneName(zoneForRegencyCode(regency.code), t) })}
          defaultValue={regency.timeZone}
          options={REGENCY_ZONES.map((z) => ({ value: z, label: zoneName(z, t) }))}
        />
      )}
    </ActionForm>
  );
}
