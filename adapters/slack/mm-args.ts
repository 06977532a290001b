/**
 * Reading a `/mm` line's first argument the way agents type it: a VKN/TCKN copied from a form often
 * arrives with its label ("VKN: 3230512384", "vkn:3230512384", "T.C. kimlik no 1000…") and in groups
 * ("323 051 2384", "323.051.23.84"). Every subcommand that takes a VKN/TCKN takes it first, so only
 * a label and a run of digit groups at the start are read; later arguments (an address, a code)
 * are left as typed.
 */
import { groupedDigits, withoutLabel } from "../../core/identity/typed-number.ts";
import { normaliseTyped } from "../../core/text/normalise-typed.ts";

const digitGroup = /^\d+(?:[./-]\d+)*$/;

/**
 * A `/mm` line as the agent sees it, read once where the slash command's text is parsed (runMm),
 * so every subcommand gets the same arguments: typed text normalised as the customer chat's is
 * (core/text/normalise-typed.ts: format characters such as a zero-width space or a word joiner
 * copied with a number removed; full-width "３２３０…" and "ＤＵＲＵＭ" read as the digits and letters
 * they look like; NBSP and the ideographic space U+3000 become spaces), then whitespace runs
 * collapsed to one space, trimmed.
 */
export function normaliseCommandLine(line: string): string {
  return normaliseTyped(line).replace(/\s+/g, " ").trim();
}

/**
 * `args` with a VKN/TCKN typed in groups at their start joined into its digits: the longest run of
 * leading digit groups that makes 10 or 11 digits. Anything else is returned unchanged.
 */
export function withGroupedSubject(typed: readonly string[]): string[] {
  const args = withoutSubjectLabel(typed);
  let run = 0;
  while (run < args.length && digitGroup.test(args[run]!)) run++;
  for (let end = run; end >= 1; end--) {
    const digits = groupedDigits(args.slice(0, end).join(" "));
    if (digits && /^\d{10,11}$/.test(digits)) return [digits, ...args.slice(end)];
  }
  return [...args];
}

/** Most words a VKN/TCKN label has ("vergi kimlik no", "t.c. kimlik numarası"). */
const maxLabelWords = 3;

/**
 * `args` without a VKN/TCKN label before the number: glued to it ("VKN:3230512384") or as words of
 * their own ("VKN: 323 051 2384"). Without such a label, `args` as they were.
 */
function withoutSubjectLabel(args: readonly string[]): readonly string[] {
  for (let words = 0; words <= Math.min(maxLabelWords, args.length - 1); words++) {
    const typed = args.slice(0, words + 1).join(" ");
    for (const kind of ["vkn", "tckn"] as const) {
      const rest = withoutLabel(typed, kind);
      if (rest !== typed && /^\d[\d\s./-]*$/.test(rest))
        return [...rest.split(/\s+/), ...args.slice(words + 1)];
    }
  }
  return args;
}
