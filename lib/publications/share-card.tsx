import "server-only";
import { ImageResponse } from "next/og";
import { readStoredFile } from "@/lib/files/store";
import { SHARE_CARD } from "./share-metadata";

// The share card of a public page that has no photo of its own: the title, the regency's name and
// emblem, in Mekar's colours, drawn on the server (satori with the font Next ships: no network).

export type CardRegency = {
  name: string;
  province: string;
  logoStorageKey: string | null;
  logoContentType: string | null;
};

async function emblem(r: CardRegency | null): Promise<string | null> {
  if (!r?.logoStorageKey || !r.logoContentType) return null;
  try {
    const bytes = await readStoredFile(r.logoStorageKey);
    return `data:${r.logoContentType};base64,${bytes.toString("base64")}`;
  } catch {
    return null; // a missing file leaves the card without the emblem, never without a card
  }
}

/** A 1200×630 PNG; long titles are cut, so the card always fits. */
export async function shareCard(o: { kicker: string; title: string; regency: CardRegency | null; footer: string }) {
  const logo = await emblem(o.regency);
  const title = o.title.length > 140 ? `${o.title.slice(0, 137)}…` : o.title;
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: 64,
        background: "linear-gradient(135deg, #064e3b 0%, #047857 60%, #10b981 100%)",
        color: "white",
      }}
    >
      <div style={{ display: "flex", alignItems: "center", gap: 24 }}>
        {logo ? (
          <img src={logo} width={96} height={96} alt="" style={{ borderRadius: 12, background: "white" }} />
        ) : (
          <div
            style={{
              width: 96,
              height: 96,
              borderRadius: 48,
              background: "white",
              color: "#047857",
              display: "flex",
              alignItems: "center",
              justifyContent: "center",
              fontSize: 56,
            }}
          >
            M
          </div>
        )}
        <div style={{ display: "flex", flexDirection: "column" }}>
          <div style={{ fontSize: 34 }}>{o.regency?.name ?? "Mekar"}</div>
          <div style={{ fontSize: 24, opacity: 0.85 }}>{o.regency?.province ?? o.kicker}</div>
        </div>
      </div>
      <div style={{ display: "flex", flexDirection: "column", gap: 12 }}>
        {o.regency && <div style={{ fontSize: 26, opacity: 0.85 }}>{o.kicker}</div>}
        <div style={{ fontSize: title.length > 70 ? 50 : 64, lineHeight: 1.15 }}>{title}</div>
      </div>
      <div style={{ fontSize: 24, opacity: 0.85 }}>{o.footer}</div>
    </div>,
    { ...SHARE_CARD, headers: { "Cache-Control": "public, max-age=3600" } },
  );
}
