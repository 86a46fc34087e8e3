import { followPost } from "@/lib/followers/http";

type Ctx = { params: Promise<{ regencySlug: string }> };

// The follow form of a public page (plain HTML, no JavaScript): 303 to the status page.
export async function POST(request: Request, { params }: Ctx) {
  return followPost(request, (await params).regencySlug);
}
