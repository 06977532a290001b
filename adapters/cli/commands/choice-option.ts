/** A `--reason` (or another option of a few fixed words) as an operator types it. */

/** `value` folded: trimmed, Turkish lower case, diacritics dropped, dotless ı as i (`GİB`, `Gib`, `MISUSE`). */
function folded(value: string): string {
  return value.trim().toLocaleLowerCase("tr").normalize("NFD").replace(/\p{M}/gu, "").replace(/ı/g, "i");
}

/**
 * The one of `choices` that `value` names in any letter case, with or without Turkish letters and
 * surrounding spaces (`--reason GIB`, `--reason ' Misuse '`, `--reason CA_ERROR`); undefined when it
 * names none (the caller refuses it with its own message).
 */
export function choiceOption<C extends string>(value: string, choices: readonly C[]): C | undefined {
  const typed = folded(String(value ?? ""));
  return choices.find((choice) => folded(choice) === typed);
}
