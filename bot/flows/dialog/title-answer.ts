/**
 * What a message typed at the unvan question (the applicant's and a group firm's) is, before it
 * could be stored: an unvan becomes the certificate's name, so a question, a non-answer, a single
 * word without a legal form or a message carrying a VKN, phone or e-mail is never taken for one.
 * A firm's name with its legal form ("Ne Güzel Tekstil Ltd. Şti.") is an unvan whatever words it has.
 */
import { holdsContactData } from "../../../core/ra/application-fields.ts";
import { tokensOf } from "../../nlu/fold.ts";
import { isQuestion } from "../../nlu/question-form.ts";

/** Why a typed text is no unvan. */
export type TitleProblem = "question" | "unknown" | "contact" | "one_word";

/** Legal forms and the words of public bodies (folded): a text with one of them names a firm. */
const legalForm =
  /(^|[^a-z])(a\.? ?s\.?|anonim|sirket\w*|ltd\.?|limited|sti\.?|koop\w*|dernek\w*|vakif\w*|vakf\w*|belediye\w*|mudurlug\w*|baskanlig\w*|bakanlig\w*|universite\w*|odasi|birligi|holding|ticaret|tic\.?|sanayi|san\.?|inc\.?|llc|gmbh|corp\w*|company|co\.)([^a-z]|$)/;

/** Saying the customer does not know or asking what to write (folded, at the start). */
const nonAnswer =
  /^(bilmiyorum|bilmem|bilemiyorum|emin degilim|hatirlamiyorum|ne yaz\w*|neyi yaz\w*|nereden bul\w*|nerede yaz\w*|sonra|daha sonra|yok|i (do ?n.?t|dont) know|no idea|not sure|what should i (write|type)|later)\b/;

/** Why `raw` (folded `folded`) is no unvan, or undefined when it may be one. */
export function titleProblem(raw: string, folded: string): TitleProblem | undefined {
  if (holdsContactData(raw)) return "contact";
  if (nonAnswer.test(folded)) return "unknown";
  if (legalForm.test(folded)) return undefined;
  if (isQuestion(raw, folded)) return "question";
  if (tokensOf(folded).length < 2) return "one_word";
  return undefined;
}
