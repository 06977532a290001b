/**
 * A question about a term of the application typed at one of its questions ("unvan ne demek?" at
 * the unvan, "VKN nedir" at the name, "imza yetkilisi kim olmalı?" at the signatory's name): the
 * glossary's answer (`glossary.<term>`, bot/nlu/identifier-asked.ts decides the term), then the
 * caller asks the same question again; nothing is stored. Before, the question was refused as a
 * sentence or "not an unvan", and the glossary answered only at the menu.
 */
import { identifierAsked } from "../../nlu/identifier-asked.ts";
import type { Turn } from "../../turn.ts";

/** Answers a glossary question; true when the message was one (the caller asks its question again). */
export function answerGlossaryQuestion(turn: Turn): boolean {
  if (turn.input.raw === undefined || turn.input.button) return false;
  const term = identifierAsked(turn.input.folded);
  if (!term) return false;
  turn.say(`glossary.${term}`);
  return true;
}
