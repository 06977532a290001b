/**
 * A card's production year told as a statement ("kart 2019 da üretildi", "kartımız 2012 yapımı",
 * "the card was made in 2019"), the follow-up R4.3's PUK answer invites ("only cards produced before
 * 2014 have a PUK"): answered by R4.3, never as an order's production status. A question, an order
 * number or a delivery word ("2023'te üretildi ama gelmedi") is not one. Works on folded text.
 */
import { cardYearTold } from "../../nlu/card-year-told.ts";

export { cardYearTold } from "../../nlu/card-year-told.ts";

import type { Turn } from "../../turn.ts";
import { linkParams } from "../info.ts";

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
