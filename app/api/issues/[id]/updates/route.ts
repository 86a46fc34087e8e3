import { postQueuedNote } from "@/lib/issues/queued-note";

type Ctx = { params: Promise<{ id: string }> };

// A progress note queued on the phone while offline, sent when the link returns.
export async function POST(request: Request, { params }: Ctx) {
  return postQueuedNote(request, (await params).id);
}
