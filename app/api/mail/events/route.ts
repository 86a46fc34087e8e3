import { mailEventPost } from "@/lib/followers/http";

// The mail provider's webhook for bounces and complaints ({"type": "bounce"|"complaint", "email"}),
// authenticated by MAIL_WEBHOOK_SECRET as a bearer token: the address stops receiving followers' mail.
export async function POST(request: Request) {
  return mailEventPost(request);
}
