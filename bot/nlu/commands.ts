/** The global commands of every dialog (`interfaces.md` §4): they work in any step. */
import { tokensOf } from "./fold.ts";
import { isLeavePhrase } from "./leave-phrase.ts";

/** A global command. */
export type GlobalCommand = "cancel" | "back" | "agent" | "menu";

const exact: Record<string, GlobalCommand> = {
  iptal: "cancel",
  vazgec: "cancel",
  vazgectim: "cancel",
  "iptal et": "cancel",
  "islemi iptal et": "cancel",
  bosver: "cancel",
  cancel: "cancel",
  stop: "cancel",
  cikis: "cancel",
  quit: "cancel",
  geri: "back",
  "geri don": "back",
  "bir onceki": "back",
  onceki: "back",
  back: "back",
  "go back": "back",
  menu: "menu",
  "ana menu": "menu",
  "basa don": "menu",
  "main menu": "menu",
  yardim: "menu",
  help: "menu",
};

/**
 * A human agent named in one word (folded): "temsilci" with any ending ("temsilciye", "temsilcinizle"),
 * and `agentWords` as they are. bot/dispatch/number-question.ts reads the same words as asking for a
 * person.
 */
export const agentStem = "temsilci";
/** The whole words that name a human agent (beside `agentStem`). */
export const agentWords: readonly string[] = ["agent", "operator", "human"];

/** Whether a folded word names a human agent (`agentStem` with any ending, or one of `agentWords`). */
function namesAgent(token: string): boolean {
  return token.startsWith(agentStem) || agentWords.includes(token);
}

/**
 * A request for a human written out: "real person" alone is not one (it is the answer "Real
 * person" of the application's first question), talking to one is.
 */
const agentPhrase =
  /\b(canli destek|musteri hizmetleri|gercek kisiyle|insanla|biriyle gorus|live agent|(to|with) (a )?real person)\b/;

/**
 * The global command a folded message is, or undefined. "temsilci" (a human agent) is recognised
 * inside short sentences too ("temsilciye bağlanmak istiyorum"), and at the start of a long one. In a dialog (`dialog`) the ways of leaving it ("vazgeçiyorum", "never mind": bot/nlu/leave-phrase.ts) are a
 * cancel as well; outside one only the plain words are, so the topics keep the other messages.
 */
export function globalCommand(
  folded: string,
  options: { dialog: boolean } = { dialog: false },
): GlobalCommand | undefined {
  const hit = exact[folded];
  if (hit) return hit;
  const tokens = tokensOf(folded);
  // "temsilci istiyorum, vkn … tel …": a message that opens with the request, however long
  if (tokens.slice(0, 2).some((t) => t.startsWith(agentStem))) return "agent";
  if (tokens.length <= 8) {
    if (tokens.some(namesAgent)) return "agent";
    if (agentPhrase.test(folded)) return "agent";
  }
  if (options.dialog && isLeavePhrase(folded)) return "cancel";
  return undefined;
}
