/**
 * A card's production year told as a statement ("kart 2019 da üretildi", "kartımız 2012 yapımı",
 * "the card was made in 2019"), the follow-up R4.3's PUK answer invites ("only cards produced before
 * 2014 have a PUK"): answered by R4.3, never as an order's production status. A question, an order
 * number or a delivery word ("2023'te üretildi ama gelmedi") is not one. Works on folded text.
 */
import { isQuestion } from "../../nlu/question-form.ts";
import type { Turn } from "../../turn.ts";
import { linkParams } from "../info.ts";

const produced = /\b(uretil\w*|uretim\w*|yapim\w*|imal\w*|basil\w*|produced|made|manufactured|issued)\b/;
const cardWord = /\b(kart\w*|card\w*)\b/;
const otherMatter =
  /\b(kargo\w*|teslim\w*|gelme\w*|gelmedi|ulas\w*|siparis\w*|odeme\w*|odedi\w*|mm\s*-?\s*\d|delivered|shipped|order\w*|paid)\b/;
const yearOf = /\b(19[89]\d|20[0-4]\d)\b/;

/** The production year a folded statement tells of a card, if it is one. */
export function cardYearTold(folded: string, raw: string, now: Date): number | undefined {
  if (isQuestion(raw, folded) || !produced.test(folded) || !cardWord.test(folded)) return undefined;
  if (otherMatter.test(folded)) return undefined;
  const years = [...folded.matchAll(new RegExp(yearOf, "g"))].map((m) => Number(m[0]));
  if (years.length !== 1) return undefined;
  const year = years[0]!;
  return year <= now.getUTCFullYear() ? year : undefined;
}

/** Answers a card's production year by R4.3; true when the message was one. */
export function answerCardYear(turn: Turn): boolean {
  if (turn.input.raw === undefined || turn.input.button) return false;
  const year = cardYearTold(turn.input.folded, turn.input.raw, turn.deps.clock.now());
  if (year === undefined) return false;
  turn.say(year < 2014 ? "info.card_year.before_2014" : "info.card_year.since_2014", {
    year,
    ...linkParams(turn),
  });
  return true;
}
