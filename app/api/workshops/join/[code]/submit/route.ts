import { connection } from "next/server";
import { AppError } from "@/lib/errors";
import { submitEntry } from "@/lib/workshops/participant/participant";
import { participantPost } from "@/lib/workshops/participant/post";
import { submissionSchema } from "@/lib/workshops/schemas";

/** a refused culture split comes back to the plain form as it was typed */
const CULTURE_FIELDS = ["now", "preferred"];

type Ctx = { params: Promise<{ code: string }> };

// A participant's vote, ranking, word, answer or question: JSON from the script, or a plain form post.
export async function POST(request: Request, { params }: Ctx) {
  await connection();
  return participantPost(
    request,
    (await params).code,
    async ({ p }, body) => {
      const parsed = submissionSchema.safeParse(body);
      if (!parsed.success) throw new AppError("INVALID", "workshops.join.invalidChoice");
      return submitEntry(p, parsed.data);
    },
    CULTURE_FIELDS,
  );
}
