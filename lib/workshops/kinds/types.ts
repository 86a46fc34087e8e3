import type { ReactNode } from "react";
import type { CultureProfile } from "@/lib/culture/profile";
import type { Tx } from "@/lib/db";
import type { Translate } from "@/lib/i18n/translate";
import type { SafeHtml } from "../participant/html";

// What every activity kind provides. A kind is one file in this folder plus its messages
// (workshops.kinds.<kind> and whatever its renderers say). Kind files are isomorphic: the
// presenter (a client component) renders results with the same module the server tallies with.

/** An activity as far as its kind cares. */
export type KindActivity = { id: string; options: string[]; scaleMin: number; scaleMax: number };

/** One row of an aggregate ranking (Borda count). */
export type RankRow = { option: number; points: number; meanRank: number; spread: number };

export type ActivityResults = {
  total: number;
  /** poll: per option; scale: per value from scaleMin to scaleMax */
  counts?: number[];
  words?: [string, number][];
  questions?: { id: string; text: string; upvotes: number; answered: boolean }[];
  /** open answers, newest first (staff screens only) */
  answers?: { id: string; text: string }[];
  /** ranking: options by Borda points, best first */
  ranking?: RankRow[];
  /** culture: the group's profile (null below the anonymity threshold `min`, lib/culture/profile.ts) */
  culture?: { profile: CultureProfile | null; min: number };
};

/** What a participant sent, after the submission schema. */
export type AnswerInput = {
  choices?: number[];
  ranks?: number[];
  scale?: number;
  text?: string;
  /** culture: 24 points "now" and 24 "preferred" */
  now?: number[];
  preferred?: number[];
};
/** What is stored in WorkshopEntry (choices, scale, text). */
export type StoredAnswer = { choices: number[]; scale: number | null; text: string };

export type SqlClient = Pick<Tx, "$queryRaw">;

/** What the participant page knows about the current activity. */
export type ParticipantActivity = KindActivity & {
  kind: string;
  title: string;
  prompt: string;
  allowChange: boolean;
  open: boolean;
  resultsVisible: boolean;
  /** quiz: the correct options, only once the activity is closed (null before: never sent early) */
  correct?: number[] | null;
  /** the facilitator's countdown: when the activity closes by itself */
  timerEndsAt?: Date | null;
  /** quiz: more than one option is correct (participants pick several; which ones stays hidden) */
  multipleAnswers?: boolean;
};

export type ParticipantView = {
  t: Translate;
  code: string;
  activity: ParticipantActivity;
  /** the participant's one answer (one-answer kinds) and their texts (many-answer kinds) */
  mine: { vote: { choices: number[]; scale: number | null } | null; texts: string[] };
  results: ActivityResults | null;
  upvoted: string[];
  /** the activity is open and the session not locked */
  accepting: boolean;
  /** the submit form of this activity around `inner` */
  form: (inner: SafeHtml, label: string) => SafeHtml;
  /** what a refused plain form sent, to show again (culture: "now" and "preferred") */
  typed?: Record<string, string[]>;
};

export type ResultsProps = {
  /** correct: a quiz's correct options, passed only where they may be seen (staff, or after closing) */
  activity: { options: string[]; scaleMin: number; scaleMax: number; correct?: number[] | null };
  results: ActivityResults;
  t: Translate;
  large: boolean;
};

export type ActivityKindSpec = {
  /**
   * "one": one answer per participant (slot "vote"), replaced only when the facilitator allows
   * changes; "many": every answer keyed by the client's id (a resend counts once).
   */
  answers: "one" | "many";
  /** answers are texts: listed in the summary, and each can become a development issue */
  texts: boolean;
  /** answers are anonymous: never listed or exported per participant, only the aggregate */
  anonymous?: boolean;
  /** participants see the results without the facilitator showing them (the Q&A list) */
  alwaysPublic: boolean;
  /** the live event its new results go out as ("qna": the participant script reloads the list) */
  event: "results" | "qna";
  /** how many answers one participant may send (many-answer kinds) */
  maxAnswers?: number;
  /** a translation key when the activity's settings do not fit the kind */
  configError?: (c: {
    options: string[];
    scaleMin: number;
    scaleMax: number;
    correctOptions?: number[];
  }) => { path: "options" | "scaleMax" | "correctOptions"; message: string } | null;
  /** turns a submission into what is stored, or throws AppError INVALID with a message for the participant */
  parseAnswer: (a: KindActivity, input: AnswerInput) => StoredAnswer;
  tally: (client: SqlClient, a: KindActivity) => Promise<ActivityResults>;
  /** what participants may receive of the results: their page and the live events (default: all of it) */
  participantResults?: (r: ActivityResults) => ActivityResults;
  /** the participant's part of the page (escaped HTML, works without JavaScript) */
  participant: (v: ParticipantView) => SafeHtml;
  /** results on the presenter screen, the activity page and the printable summary */
  Results: (p: ResultsProps) => ReactNode;
  /** one entry's answer in the CSV export and the moderation table */
  describe: (a: KindActivity, e: StoredAnswer) => string;
};
