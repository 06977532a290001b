/**
 * A question for the call centre's number ("müşteri hizmetleri numaranız kaç", "what is your customer
 * service phone number?"): answered with the number (the `contact` topic), not taken as a request
 * for a human agent, although it names customer service.
 */
import { agentStem, agentWords } from "../nlu/commands.ts";
import { isQuestion } from "../nlu/question-form.ts";
import type { Turn } from "../turn.ts";

/** Words for your (the service's) phone number, folded; never the customer's own ("numaram", "telefonum"). */
const numberWords =
  /\b(numara|numarasi|numaraniz|numaranizi|numaranizin|telefon|telefonu|telefonunuz|telefonlari|tel|tel no|phone|phone number|number|hatti|hattiniz)\b/;

/**
 * Asking for a person or to be put through or called back now ("temsilci istiyorum", "bağlayın",
 * "görüşmek istiyorum", "arasın", "connect me"): the words that name a human agent as a global
 * command (bot/nlu/commands.ts), "operator" also with an ending ("operatöre"), and these.
 */
const connectWords = new RegExp(
  String.raw`\b(${agentStem}\w*|${agentWords.join("|")}|operator\w*|representative|bagla\w*|aktar\w*|gorus\w*|konus\w*|arasin\w*|arayin\w*|arayiniz|connect\w*|transfer\w*|talk|speak|call me|call us)\b`,
);

/** Refusing a human: "insanla konuşmak istemiyorum", "I don't want to talk to anyone". */
const refusesHuman = /\b(istemiyorum|istemiyoruz|gerek yok|don t want|do not want|no need)\b/;

/**
 * Whether a typed message asks for the call centre's number rather than for a human now: a
 * question naming the number ("müşteri hizmetleri numaranız kaç"), or the number named without
 * asking to be put through ("müşteri hizmetleri numarası", "insanla konuşmak istemiyorum, sadece
 * numara lazım").
 */
export function asksForTheNumber(turn: Turn): boolean {
  const raw = turn.input.raw;
  if (raw === undefined) return false;
  const folded = turn.input.folded;
  if (!numberWords.test(folded)) return false;
  return isQuestion(raw, folded) || !connectWords.test(folded) || refusesHuman.test(folded);
}
