/**
 * A sole proprietorship named at a tüzel kişi's VKN or unvan question ("peki ya şahıs
 * şirketiysek", "şahıs firmasıyız vkn mi tc mi", "what if we are a sole proprietorship?"): the
 * VKN check refused it ("VKN 10 haneli bir sayıdır") and asked again, telling nothing. A
 * sole proprietorship applies as a gerçek kişi, with a TCKN and a name (R3.1, as the glossary's
 * personType says): app.sole_proprietor says so and how to switch ("geri", then gerçek kişi); the
 * caller asks its question again. Nothing is stored. A firm whose form changed from a sole
 * proprietorship ("şahıs şirketinden limited şirkete geçtik") is no such question.
 */
import type { Turn } from "../../turn.ts";

/** A sole proprietorship named (folded): "şahıs şirketi", "şahıs firması", "şahıs işletmesi", "sole trader". */
const soleProprietorship =
  /\bsahis (?:sirket|firma|isletme)\w*|\bsahis olarak\b|\bsole (?:proprietor\w*|trader\w*|trade)\b/;

/** A change of the firm's form told (folded): then the firm is a company now. */
const formChanged = /\b(?:gec\w*|degis\w*|donus\w*|chang\w*|convert\w*|switch\w*|became|become)\b/;

/** Whether a folded message names a sole proprietorship, not a change away from one. */
export function soleProprietorshipNamed(folded: string): boolean {
  return soleProprietorship.test(folded) && !formChanged.test(folded);
}

/**
 * At a tüzel kişi's VKN or unvan question: answers a sole proprietorship named, true when it did
 * (the caller asks its question again).
 */
export function answerSoleProprietorship(turn: Turn): boolean {
  if (turn.input.raw === undefined || turn.input.button) return false;
  if (!soleProprietorshipNamed(turn.input.folded)) return false;
  turn.say("app.sole_proprietor");
  return true;
}
