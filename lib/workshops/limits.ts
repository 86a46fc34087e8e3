/** Limits on what a participant can send (also enforced in the HTML with maxlength). */
export const LIMITS = {
  name: 80,
  institution: 120,
  position: 80,
  word: 40,
  answer: 500,
  question: 300,
  perMinute: 20,
} as const;
