import { confirmGet } from "@/lib/followers/http";

type Ctx = { params: Promise<{ regencySlug: string }> };

// The link of the confirmation mail (double opt-in): 303 to the status page.
export async function GET(request: Request, { params }: Ctx) {
  return confirmGet(request, (await params).regencySlug);
}
