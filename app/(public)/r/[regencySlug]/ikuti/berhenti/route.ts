import { unsubscribeRequest } from "@/lib/followers/http";

type Ctx = { params: Promise<{ regencySlug: string }> };

// One-click unsubscribe: the link in every mail (GET) and the mail client's List-Unsubscribe-Post (POST, RFC 8058).
export async function GET(request: Request, { params }: Ctx) {
  return unsubscribeRequest(request, (await params).regencySlug);
}

export async function POST(request: Request, { params }: Ctx) {
  return unsubscribeRequest(request, (await params).regencySlug);
}
