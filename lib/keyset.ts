import { z } from "zod";
import { instantOrNull } from "./days";

/**
 * A list's "next page" cursor, "<time><sep><id>" (the last row's sort time and id), read from a
 * URL a hand may have edited: null unless the time is an instant within 1900–2200 (lib/days.ts;
 * year 0000 makes Postgres fail) and the id a UUID (another string fails the uuid column). A list
 * given null starts at its beginning.
 */
export function keysetCursor(after: string | undefined, sep: string): { at: Date; id: string } | null {
  const i = after?.indexOf(sep) ?? -1;
  if (!after || i < 0) return null;
  const at = instantOrNull(after.slice(0, i));
  const id = after.slice(i + sep.length);
  return at && z.uuid().safeParse(id).success ? { at, id } : null;
}
