import type { ReactNode } from "react";
import { buttonClass } from "@/components/ui/button";
import { formatDateLong } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { pdfAvailable } from "@/lib/print/chromium";
import type { Letterhead } from "@/lib/print/letterhead";
import { officialPageCss } from "@/lib/print/page-css";
import { pdfHref } from "@/lib/print/paths";
import { formatNip } from "@/lib/users/nip";
import { PrintButton } from "./print-button";

/** One person in the signature block: "Mengetahui," / "Yang membuat,", the position, name and NIP. */
export type Signatory = { caption: string; position?: string | null; name?: string | null; nip?: string | null };

/**
 * A record printed as a naskah dinas of its regency (lib/print/page-css.ts for the page layout):
 * the kop (emblem, PEMERINTAH KABUPATEN …, issuing unit, address, a double rule), the title in bold
 * capitals with its number, the body, the place and date, and the signature block. Every page
 * carries the record's reference and "Halaman x dari y" in its bottom margin. On screen: the
 * print and "Unduh PDF" buttons and a way back, none of which print.
 */
export function OfficialDocument({
  letterhead,
  title,
  number,
  reference,
  subject,
  date,
  signatories,
  path,
  backHref,
  toolbar,
  note,
  t,
  locale,
  children,
}: {
  letterhead: Letterhead;
  /** "KETIDAKSESUAIAN", "DAFTAR HADIR": shown in capitals */
  title: string;
  /** the record's own number ("KTS-3/2026"), shown as "Nomor: …" */
  number?: string | null;
  /** what identifies the record on every page; the number when it has one */
  reference: string;
  subject?: ReactNode;
  /** the date of the document (the place and date line) */
  date: Date;
  signatories: Signatory[];
  /** this view's own path with its query, for "Unduh PDF" (lib/print/paths.ts) */
  path: string;
  backHref?: string;
  toolbar?: ReactNode;
  /** small print after the body ("Dicetak … oleh …") */
  note?: string;
  t: Translate;
  locale: Locale;
  children: ReactNode;
}) {
  const css = officialPageCss({ recordNumber: number || reference, pageTemplate: t("print.pageOf") });
  const dateLong = formatDateLong(date, locale, letterhead.timeZone);
  const pdf = pdfAvailable() ? pdfHref(path) : null;
  return (
    <>
      {/* the rules are built from escaped strings (cssString): nothing in a record can end the element */}
      <style dangerouslySetInnerHTML={{ __html: css }} />
      <div data-no-print className="mb-4 flex flex-wrap items-center gap-2">
        <PrintButton label={t("common.print")} />
        {pdf && (
          <a href={pdf} download className={buttonClass("secondary")}>
            {t("print.downloadPdf")}
          </a>
        )}
        {toolbar}
        {backHref && (
          <a href={backHref} className={buttonClass("ghost")}>
            {t("common.back")}
          </a>
        )}
      </div>
      <article
        className="naskah mx-auto max-w-4xl overflow-x-auto rounded-lg border border-slate-200 bg-white p-4 font-[Arial,'Liberation_Sans',Helvetica,sans-serif] text-[12pt] leading-snug break-words text-black shadow-sm sm:p-10 print:overflow-visible"
        data-reference={number || reference}
        // a wide table may scroll sideways on a phone: focusable so a keyboard can scroll it
        tabIndex={0}
        aria-label={title}
      >
        <Kop letterhead={letterhead} t={t} />
        <header className="mt-5 mb-5 text-center">
          <h1 className="text-[12pt] font-bold tracking-wide uppercase">{title}</h1>
          {number && <p>{t("print.number", { number })}</p>}
          {subject && <div className="mt-1">{subject}</div>}
        </header>
        <div className="naskah-body text-[11pt]">{children}</div>
        <SignatureBlock place={letterhead.name} date={dateLong} signatories={signatories} nipLabel={t("print.nip")} />
        {note && <p className="mt-8 text-[8pt] text-slate-600">{note}</p>}
      </article>
    </>
  );
}

/** The letterhead: emblem at the left, the government and unit centred, the address, a thick-thin rule. */
function Kop({ letterhead: l, t }: { letterhead: Letterhead; t: Translate }) {
  const contacts = [
    l.phone && t("print.phone", { phone: l.phone }),
    l.email && t("print.email", { email: l.email }),
    l.website,
  ].filter(Boolean);
  return (
    <div className="print-avoid-break">
      <div className="flex items-center gap-4">
        <div className="flex h-[2.6cm] w-[2.2cm] shrink-0 items-center justify-center">
          {l.logoUrl ? (
            <img src={l.logoUrl} alt={t("print.emblem", { name: l.name })} className="max-h-full max-w-full" />
          ) : (
            <NeutralMark label={t("print.neutralMark")} />
          )}
        </div>
        <div className="flex-1 text-center leading-tight">
          <p className="text-[14pt] font-bold uppercase">{t(`print.government.${l.kind}`, { name: l.name })}</p>
          {l.unit && <p className="text-[16pt] font-bold uppercase">{l.unit}</p>}
          {l.address && <p className="mt-1 text-[10pt]">{l.address}</p>}
          {contacts.length > 0 && <p className="text-[10pt]">{contacts.join(" · ")}</p>}
        </div>
      </div>
      {/* the kop's double rule: a thick line over a thin one */}
      <div style={{ borderTop: "3px solid #000", marginTop: "6px" }} />
      <div style={{ borderTop: "1px solid #000", marginTop: "2px" }} />
    </div>
  );
}

/** A plain shield with a star: stands where the regency has not uploaded its emblem. */
function NeutralMark({ label }: { label: string }) {
  return (
    <svg viewBox="0 0 60 72" role="img" aria-label={label} className="h-full w-full">
      <path
        d="M30 2 L56 12 V36 C56 52 44 63 30 70 C16 63 4 52 4 36 V12 Z"
        fill="none"
        stroke="#000"
        strokeWidth="2.5"
      />
      <path
        d="M30 20 L34.1 31.3 L46 31.6 L36.6 38.9 L40 50.4 L30 43.6 L20 50.4 L23.4 38.9 L14 31.6 L25.9 31.3 Z"
        fill="none"
        stroke="#000"
        strokeWidth="2"
      />
    </svg>
  );
}

/**
 * "Pangandaran, 3 Desember 2026" above the last signatory (the maker, at the right), "Mengetahui,"
 * at the left; under each: the position, room to sign, the name in bold and underlined, the NIP.
 */
function SignatureBlock({
  place,
  date,
  signatories,
  nipLabel,
}: {
  place: string;
  date: string;
  signatories: Signatory[];
  nipLabel: string;
}) {
  if (signatories.length === 0) return null;
  return (
    <section className="print-avoid-break mt-10 grid grid-cols-2 gap-x-8 gap-y-8 text-[11pt]" data-signatures>
      {signatories.map((s, i) => {
        const last = i === signatories.length - 1;
        return (
          <div key={`${s.caption}-${i}`} className={`text-center ${last && i % 2 === 0 ? "col-start-2" : ""}`}>
            <p className={last ? "" : "invisible"} aria-hidden={!last}>
              {place}, {date}
            </p>
            <p>{s.caption}</p>
            {/* always a line, so the names of both columns stand at the same height */}
            <p>{s.position || "\u00a0"}</p>
            <div className="h-[2.2cm]" />
            <p className="font-bold underline">{s.name || "(.................................)"}</p>
            {s.nip ? (
              <p>
                {nipLabel} {formatNip(s.nip)}
              </p>
            ) : (
              <p>{nipLabel} ..................................</p>
            )}
          </div>
        );
      })}
    </section>
  );
}
