/**
 * Reading a `/mm` line's first argument the way agents type it: a VKN/TCKN copied from a form often
 * arrives in groups ("323 051 2384", "323.051.23.84"). Every subcommand that takes a VKN/TCKN takes
 * it first, so only a run of digit groups at the start is joined; later arguments (an address, a
 * code) are left as typed.
 */
import { groupedDigits } from "../../core/identity/typed-number.ts";

const digitGroup = /^\d+(?:[./-]\d+)*$/;

/**
 * `args` with a VKN/TCKN typed in groups at their start joined into its digits: the longest run of
 * leading digit groups that makes 10 or 11 digits. Anything else is returned unchanged.
 */
export function withGroupedSubject(args: readonly string[]): string[] {
  let run = 0;
  while (run < args.length && digitGroup.test(args[run]!)) run++;
  for (let end = run; end >= 1; end--) {
    const digits = groupedDigits(args.slice(0, end).join(" "));
    if (digits && /^\d{10,11}$/.test(digits)) return [digits, ...args.slice(end)];
  }
  return [...args];
}
