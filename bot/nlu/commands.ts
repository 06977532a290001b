/** The global commands of every dialog (`interfaces.md` §4): they work in any step. */
import { tokensOf } from "./fold.ts";

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
 * The global command a folded message is, or undefined. "temsilci" (a human agent) is recognised
 * inside short sentences too ("temsilciye bağlanmak istiyorum").
 */
export function globalCommand(folded: string): GlobalCommand | undefined {
  const hit = exact[folded];
  if (hit) return hit;
  const tokens = tokensOf(folded);
  if (tokens.length <= 8) {
    if (tokens.some((t) => t.startsWith("temsilci") || t === "agent" || t === "operator" || t === "human"))
      return "agent";
    if (
      /\b(canli destek|musteri hizmetleri|gercek kisiyle|insanla|biriyle gorus|live agent|real person)\b/.test(
        folded,
      )
    )
      return "agent";
  }
  return undefined;
}
