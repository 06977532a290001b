/**
 * Whether a typed message is put as a question: a question mark at its end, a Turkish question word
 * or particle ("nedir", "kaç", "mi", "misiniz"), an English question word, or an English auxiliary
 * at its start ("is", "can", "should"). A question is never an answer to a choice or a yes/no step.
 */
import { foldTurkish } from "./fold.ts";

/** Words that make a message a question (folded, whole words). */
const questionWords =
  /\b(nedir|nedi|ne|neden|niye|nasil|kac|kacta|kacinci|hangi|hangisi|hangisini|nerede|nereden|nereye|mi|mu|midir|mudur|misiniz|musunuz|miyim|muyum|miyiz|muyuz|misin|musun|what|whats|how|why|which|when|where|who)\b/;
/**
 * Colloquial Turkish questions (folded): "napcaz", "napıcaz", "napalım", "napmalıyım" (ne yapacağız …),
 * "noolcak", "nolur", "noluyor" (ne olacak …).
 */
const colloquialQuestion =
  /\b(?:nap(?:cam|caz|cak|cagiz|acag\w*|icam|icaz|icak|iyim|alim|ayim|mali\w*|iyor\w*|sin|sak|sam|ariz|arim)|n(?:o)?ol(?:cak|acak|ur|uyor|du|masi)\w*)\b/;
/** An English question: it starts with an auxiliary verb. */
const englishQuestionStart = /^(is|are|do|does|did|can|could|should|would|will|shall)\b/;

/** Whether a typed message asks a question ("HSM nedir?", "kart kaç günde gelir", "what is an HSM"). */
export function isQuestion(raw: string, folded = foldTurkish(raw)): boolean {
  return (
    /\?\s*$/.test(raw) ||
    questionWords.test(folded) ||
    colloquialQuestion.test(folded) ||
    englishQuestionStart.test(folded)
  );
}
