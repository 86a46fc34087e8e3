/**
 * Indonesian officials write their academic titles around the name: gelar depan before it
 * ("Ir.", "Dr.", "Drs.", "H."), gelar belakang after a comma ("M.T.", "S.Sos., M.Si."). A
 * title is not a name: the account chip greets "Kusdiana", not "Ir.".
 */
export function splitAcademicTitles(full: string): { before: string; name: string; after: string } {
  const [main, ...rest] = full.split(",");
  const words = main.trim().split(/\s+/).filter(Boolean);
  let i = 0;
  while (i < words.length - 1 && /^[A-Za-z]{1,4}\.$/.test(words[i])) i++;
  return {
    before: words.slice(0, i).join(" "),
    name: words.slice(i).join(" "),
    after: rest
      .map((s) => s.trim())
      .filter(Boolean)
      .join(", "),
  };
}

/** The name to call someone by in short (the account chip). */
export const shortName = (full: string) => splitAcademicTitles(full).name.split(" ")[0] || full;
