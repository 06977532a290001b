/**
 * A question for the call centre's number ("müşteri hizmetleri numaranız kaç", "what is your customer
 * service phone number?"): answered with the number (the `contact` topic), not taken as a request
 * for a human agent, although it names customer service.
 */
import { isQuestion } from "../nlu/question-form.ts";
import type { Turn } from "../turn.ts";

/** Words for your (the service's) phone number, folded; never the customer's own ("numaram", "telefonum"). */
const numberWords =
  /\b(numara|numarasi|numaraniz|numaranizi|numaranizin|telefon|telefonu|telefonunuz|telefonlari|tel|tel no|phone|phone number|number|hatti|hattiniz)\b/;

/** Whether a typed message asks for the call centre's number rather than for a human now. */
export function asksForTheNumber(turn: Turn): boolean {
  const raw = turn.input.raw;
  return raw !== undefined && numberWords.test(turn.input.folded) && isQuestion(raw, turn.input.folded);
}
