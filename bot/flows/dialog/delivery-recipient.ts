/**
 * Another recipient for the card, asked at the delivery address question ("kartı muhasebecimize
 * gönderebilir misiniz", "can it be sent to our accountant's office instead?"): who may receive it
 * (R3.3.1, R3.3.2) is answered, then the address question again (bot/flows/application.ts).
 */
import { isQuestion } from "../../nlu/question-form.ts";

/** Someone other than the signatory named as the card's recipient (folded). */
const otherRecipient =
  /\b(muhasebe\w*|mali musavir\w*|baska (birine|biri|kisiye|adrese|bir adrese)|calisan\w*|personel\w*|ofis\w*|accountant\w*|someone else|another (person|address|office)|colleague\w*|employee\w*|office)\b/;
/** Sent or received, asked (folded). */
const sentAsked =
  /\b(gonder\w*|teslim\w*|ulastir\w*|kargola\w*|alabilir\w*|send|sent|deliver\w*|receive\w*|pick)\b/;

/**
 * Whether a question at the delivery address asks to send the card to someone other than the
 * signatory, without an address in it (no digits): "kartı muhasebecimize gönderebilir misiniz".
 */
export function otherRecipientAsked(raw: string, folded: string): boolean {
  if (/\d/.test(raw) || !isQuestion(raw, folded)) return false;
  return otherRecipient.test(folded) && sentAsked.test(folded);
}
