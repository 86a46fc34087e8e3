// Messages are nested JSON objects; a key is "file.path.to.leaf". Values interpolate {name}.
export type Messages = { [key: string]: string | Messages };
export type TranslateValues = Record<string, string | number | null | undefined>;
export type Translate = (key: string, values?: TranslateValues) => string;

export function lookup(messages: Messages, key: string): string | undefined {
  let node: string | Messages | undefined = messages;
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null) return undefined;
    node = node[part];
  }
  return typeof node === "string" ? node : undefined;
}

export function interpolate(text: string, values?: TranslateValues): string {
  if (!values) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (values[name] ?? m).toString());
}

export function createTranslator(messages: Messages): Translate {
  return (key, values) => {
    const text = lookup(messages, key);
    return text === undefined ? key : interpolate(text, values);
  };
}

/** Every leaf key of a message tree, for the id/en parity test. */
export function leafKeys(messages: Messages, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([k, v]) =>
    typeof v === "string" ? [prefix + k] : leafKeys(v, `${prefix}${k}.`),
  );
}
