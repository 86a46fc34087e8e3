import { connection } from "next/server";
import { getActor } from "@/lib/auth/session";
import { pdfAvailable } from "@/lib/print/chromium";
import { pdfFileName, pdfQuerySchema } from "@/lib/print/paths";
import { PdfBusyError, PdfNotPrintableError, PdfTimeoutError, renderPdf } from "@/lib/print/pdf";

/**
 * "Unduh PDF": the print view at ?path=… rendered to PDF by Chromium on this server. The page is
 * opened with the requester's own cookies, so it authorizes exactly as in their browser: a view
 * they may not see yields no PDF (404). Only the printable views (lib/print/paths.ts).
 */
export async function GET(request: Request) {
  await connection();
  const actor = await getActor();
  if (!actor) return new Response("Unauthorized", { status: 401 });
  const url = new URL(request.url);
  const query = pdfQuerySchema.safeParse({ path: url.searchParams.get("path") ?? undefined });
  if (!query.success || !pdfAvailable()) return new Response("Not found", { status: 404 });
  try {
    const { pdf, reference } = await renderPdf({
      origin: `http://127.0.0.1:${Number(process.env.PORT) || 3000}`,
      path: query.data.path,
      cookieHeader: request.headers.get("cookie") ?? "",
      forwardedProto: url.protocol.replace(":", ""),
    });
    return new Response(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="${pdfFileName(reference)}"`,
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  } catch (e) {
    if (e instanceof PdfNotPrintableError) return new Response("Not found", { status: 404 });
    if (e instanceof PdfBusyError || e instanceof PdfTimeoutError)
      return new Response("Busy, try again", { status: 503, headers: { "Retry-After": "10" } });
    throw e;
  }
}
