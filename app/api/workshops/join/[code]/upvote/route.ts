import { connection } from "next/server";
import { AppError } from "@/lib/errors";
import { upvoteEntry } from "@/lib/workshops/participant/participant";
import { participantPost } from "@/lib/workshops/participant/post";
import { upvoteSchema } from "@/lib/workshops/schemas";

type Ctx = { params: Promise<{ code: string }> };

// An upvote on a Q&A question.
export async function POST(request: Request, { params }: Ctx) {
  await connection();
  return participantPost(request, (await params).code, async ({ p }, body) => {
    const parsed = upvoteSchema.safeParse(body);
    if (!parsed.success) throw new AppError("INVALID");
    return upvoteEntry(p, parsed.data.entryId);
  });
}
