import type { Metadata } from "next";
import { notFound } from "next/navigation";
import QRCode from "qrcode";
import { PresenterView } from "@/components/workshops/presenter-view";
import { requireActor } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { getLiveView } from "@/lib/workshops/queries";
import { publicOrigin } from "@/lib/http/public-origin";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("workshops.present.title") };
}

// For the projector: the current activity with live results, the QR code and the join code.
export default async function PresentPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const view = await getLiveView(actor, (await params).id);
  if (!view) notFound();
  const joinUrl = `${await publicOrigin()}/join/${view.workshop.code}`;
  // an SVG the library draws from our own URL: nothing a participant typed
  const qrSvg = await QRCode.toString(joinUrl, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return <PresenterView workshopId={view.workshop.id} initial={view} qrSvg={qrSvg} joinUrl={joinUrl} />;
}
