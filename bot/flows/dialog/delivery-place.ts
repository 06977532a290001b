/**
 * Another place for the card, asked at the delivery address question without an address
 * ("şubemize gönderebilir misiniz", "fabrikaya gelebilir mi", "can you ship it to our branch?"):
 * the card goes to the address typed at this question, and the signatory (or a person of R3.3.2)
 * receives it there; then the question again (bot/flows/application.ts).
 */
import { isQuestion } from "../../nlu/question-form.ts";

/** A place named (folded): a branch, the head office, a factory, a warehouse, a shop, home. */
const place =
  /\b(sube\w*|genel mudurlu\w*|merkez\w*|fabrika\w*|depo\w*|magaza\w*|is ?yeri\w*|ev(e|ime|imize|imizin|in)|branch\w*|head ?office|headquarters|hq|factory|warehouse|shop|store|plant|home|my house|another city|baska (bir )?(sehir|il)\w*)\b/;
/** Sent, delivered or brought, asked (folded). */
const sentAsked =
  /\b(gonder\w*|teslim\w*|ulastir\w*|kargola\w*|gel(ir|ebilir|se|ecek)\w*|yolla\w*|send|sent|ship\w*|deliver\w*|mail|post)\b/;

/** Whether a question at the delivery address asks for the card to go to another place, with no address in it. */
export function deliveryPlaceAsked(raw: string, folded: string): boolean {
  if (/\d/.test(raw) || !isQuestion(raw, folded)) return false;
  return place.test(folded) && sentAsked.test(folded);
}
