import { headers } from "next/headers";
import { NONCE_HEADER } from "@/lib/security/csp";

// The sign-in pages come without the framework runtime (scripts/lib/lean-html.ts, SIGN_IN_PATHS),
// so their forms post as plain HTML and React's pending state never shows. This inline script
// (kept by the front server) does what SubmitButton does there: the button says the form's
// data-pending-label, and another click within 10 s of the post is ignored (after that it posts
// again: on a weak link the first may have been lost). Where React runs the page (after a post,
// or a client navigation), it leaves the form to React.
const SCRIPT = `document.addEventListener("submit",function(e){var f=e.target;if(self.__next_f||!(f instanceof HTMLFormElement)||!f.hasAttribute("data-pending-label"))return;if(Date.now()-(+f.dataset.sentAt||0)<1e4){e.preventDefault();return}f.dataset.sentAt=Date.now();var b=f.querySelector('button[type="submit"]');if(b){b.dataset.label=b.dataset.label||b.textContent;b.textContent=f.getAttribute("data-pending-label");b.setAttribute("aria-disabled","true")}});addEventListener("pageshow",function(e){if(!e.persisted)return;document.querySelectorAll("form[data-sent-at]").forEach(function(f){delete f.dataset.sentAt;var b=f.querySelector('button[type="submit"]');if(b&&b.dataset.label){b.textContent=b.dataset.label;b.setAttribute("aria-disabled","false")}})});`;

/** Pending label and one post per click for the sign-in forms when they run without React. */
export async function SignInFormGuard() {
  const nonce = (await headers()).get(NONCE_HEADER) ?? undefined;
  return <script nonce={nonce} data-mekar-keep="" dangerouslySetInnerHTML={{ __html: SCRIPT }} />;
}
