/**
 * The customer pausing at one of the application's field questions: "tamam teşekkürler sonra
 * yazarım", "şimdi müsait değilim sonra devam ederiz", "yarın dönerim", "ok thanks, I'll continue
 * later", "not now". Before, the field's format error came ("VKN 10 haneli"). The caller says the
 * answers so far stay (`app.continued_later`) and asks the question again. A question ("sonra yazsam
 * olur mu") is bot/flows/dialog/field-question.ts's; a message holding a number or an e-mail address
 * is an answer. Only read at a field question, never at a yes/no confirmation, where "tamam" is a yes.
 * Works on folded text (bot/nlu/fold.ts).
 */
import { tokensOf } from "../../nlu/fold.ts";
import { isQuestion } from "../../nlu/question-form.ts";

/** Later, then going on in the first person: "sonra yazarım", "yarın devam ederiz", "birazdan dönerim". */
const goingOnLater =
  /\b(?:sonra|sonradan|birazdan|yarin|aksam|ilerleyen saatlerde)\b(?: \S+){0,3} (?:yazar(?:im|iz)|yazacag\w*|devam eder(?:im|iz)|devam edecegi\w*|donerim|doneriz|donecegi\w*|bakar(?:im|iz)|gonderir(?:im|iz)|iletir(?:im|iz)|tamamlar(?:im|iz)|hallederi[mz]|girer(?:im|iz)|verir(?:im|iz)|hallederim|ugrasirim)\b/;

/** Not now: "şimdi müsait değilim", "şu an vaktim yok", "elimde değil şu an". */
const notNow =
  /\b(?:simdi|su an|suan|su anda|simdilik)\b(?: \S+){0,2} (?:musait degil\w*|vaktim yok|vaktimiz yok|zamanim yok|zamanimiz yok|elimde degil|yanimda degil|uygun degil\w*)\b|\b(?:musait degilim|vaktim yok|zamanim yok)\b(?: \S+){0,3} (?:sonra|yarin|birazdan)\b/;

/** English: "I'll continue later", "we'll come back tomorrow", "not now", "I'm busy right now". */
const englishLater =
  /\b(?:i ?ll|i will|we ?ll|we will|let me|i (?:can|could|will) only) (?:\S+ ){0,3}?(?:continue|come back|finish|do (?:it|this|that)|get back|return|send|type|fill|complete|answer|carry on)\b(?: \S+){0,5} (?:later|tomorrow|another time|afterwards)\b|^(?:(?:ok|okay|thanks|thank you|sorry)\s+)*(?:not now|not right now|later|maybe later)$|\b(?:i ?m|i am|we ?re|we are) (?:a bit |too )?busy(?: right)?(?: now)?\b/;

/** Whether a folded message at a field question pauses the application. `raw` is the typed text. */
export function continuedLater(raw: string, folded: string): boolean {
  if (tokensOf(folded).length > 14) return false;
  if ((raw.match(/\d/g)?.length ?? 0) >= 5 || /\S@\S/.test(raw)) return false;
  if (isQuestion(raw, folded)) return false;
  return goingOnLater.test(folded) || notNow.test(folded) || englishLater.test(folded);
}
