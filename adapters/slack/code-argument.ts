/**
 * The code of `/mm dogrula <VKN> <kod>` as an agent types it: six digits, read out in groups or
 * not ("482913", "48 29 13", "482-913"), a `kod`/`code` label before it allowed. Core reads a code
 * among a customer's words ("482913 geldi, teşekkürler"), which suits the chat; an agent types a
 * command, and a word beside the code ("482913 tamam", "tamam 482913", "482913 doğru mu") makes the
 * line malformed. Such a line is answered with the usage line before core counts a try.
 */
import { foldCommandWord } from "./fold-command.ts";

/** Words (folded) that only label the code. */
const labels = new Set(["kod", "kodu", "kodum", "code", "otp"]);

/**
 * The code words of a `dogrula` line joined for core to read, or undefined when they hold a word
 * beside the code. A single word goes to core as typed ("abcdef" is core's `invalid_code_format`,
 * answered without a try).
 */
export function typedCodeArgument(words: readonly string[]): string | undefined {
  if (words.length === 1) return words[0];
  const [first, ...rest] = words;
  const code = first !== undefined && labels.has(foldCommandWord(first)) ? rest : words;
  if (code.length === 0 || code.some((word) => /\p{L}/u.test(word))) return undefined;
  return code.join(" ");
}
