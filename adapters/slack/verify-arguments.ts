/**
 * The holder and the code of `/mm dogrula` as agents type them: `<VKN|seri> <kod>` as documented, the
 * code first (`482913 3230512384`), and each with its label wherever it comes (`kod 123456 vkn
 * 3230512384`, `kod 123456 Seri: 39 fc …`): labels "kod"/"code", "vkn", "tckn", "seri"/"seri no".
 */
import { namesCaller } from "./caller-subject.ts";
import { typedCodeArgument } from "./code-argument.ts";
import { readArguments } from "./mm-args.ts";

/** What `dogrula` was given: the word naming the holder and the code for core; undefined when malformed. */
export interface VerifyArguments {
  subject: string;
  code: string;
}

/**
 * The holder (a VKN/TCKN or a serial, with its label or in groups, at the start or later) and the code
 * (the words left, a `kod` label allowed; see code-argument.ts). Undefined when a
 * word beside the code is no label (the usage line, before core counts a try). When no word names a
 * holder, the first is the holder as typed, for core to refuse.
 */
export function verifyArguments(args: readonly string[]): VerifyArguments | undefined {
  // the holder named first as documented, else the first place a holder is read from
  for (let at = 0; at < args.length; at++) {
    const [subject, ...after] = at === 0 ? [...args] : readArguments(args.slice(at));
    if (subject === undefined || !namesCaller(subject)) continue;
    const code = typedCodeArgument([...args.slice(0, at), ...after]);
    return code === undefined ? undefined : { subject, code };
  }
  // no holder named: the first word goes to core as typed, which refuses it ("32305123" two digits short)
  const [subject, ...rest] = args;
  const code = typedCodeArgument(rest);
  return subject === undefined || code === undefined ? undefined : { subject, code };
}
