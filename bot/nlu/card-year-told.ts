/**
 * A card's production year told as a statement ("kart 2019 da üretildi", "kartımız 2012 yapımı",
 * "kart 2012 de alındı", "the card was made in 2019", "we bought the card in 2012"), the follow-up
 * R4.3's PUK answer invites ("only cards produced before 2014 have a PUK"). A question, an order
 * number or a delivery word ("2023'te üretildi ama gelmedi") is not one. Works on folded text;
 * answered by bot/flows/dialog/card-year.ts, and taken to the production topic by understand.ts
 * (before, "kart 2012 de alındı" got the card-or-HSM advice).
 */
import { isQuestion } from "./question-form.ts";

const produced =
  /\b(uretil\w*|uretim\w*|yapim\w*|imal\w*|basil\w*|produced|made|manufactured|issued|alindi\w*|alinmis\w*|aldik\w*|aldim\w*|almistik\w*|almistim\w*|almisti\w*|satin al\w*|bought|purchased|got)\b/;
const cardWord = /\b(kart\w*|card\w*)\b/;
const otherMatter =
  /\b(kargo\w*|teslim\w*|gelme\w*|gelmedi|ulas\w*|siparis\w*|odeme\w*|odedi\w*|mm\s*-?\s*\d|delivered|shipped|order\w*|paid)\b/;
const yearOf = /(?<!\d)(19[89]\d|20[0-4]\d)(?!\d)/;

/** The production year a folded statement tells of a card, if it is one. */
export function cardYearTold(folded: string, raw: string, now: Date): number | undefined {
  const year = cardYearStated(folded, raw);
  return year !== undefined && year <= now.getUTCFullYear() ? year : undefined;
}

/**
 * The year a folded statement tells a card was produced or bought ("kart 2012 de alındı", "kartımız
 * 2010 yapımı", "we bought the card in 2012"), whatever the clock says; bot/nlu/understand.ts takes
 * such a statement to the production topic, which answers it by R4.3.
 */
export function cardYearStated(folded: string, raw = folded): number | undefined {
  if (isQuestion(raw, folded) || !produced.test(folded) || !cardWord.test(folded)) return undefined;
  if (otherMatter.test(folded)) return undefined;
  const years = [...folded.matchAll(new RegExp(yearOf, "g"))].map((m) => Number(m[0]));
  return years.length === 1 ? years[0] : undefined;
}

/** Words a bare year's message may hold beside the year: the year's suffix, buying or making, hedges. */
const bareYearWords =
  /^(in|on|the|year|yil\w*|senesi\w*|da|de|ta|te|i|sanirim|galiba|herhalde|yaklasik|civari|gibi|puk|var|mi|mu|yok|we|i|got|it|bought|made|was|produced|kart\w*|card)$/;

/**
 * A year told alone ("2016", "2016 da aldık", "galiba 2012'de almıştık", "we got it in 2012"), read
 * as the card's year only right after R4.2's or R4.3's answer (bot/flows/follow-up/follow-up.ts):
 * a short message with exactly one plausible year, no other matter, every other word a suffix, a
 * word of buying or making, or a hedge.
 */
export function bareCardYear(folded: string, now: Date): number | undefined {
  if (otherMatter.test(folded)) return undefined;
  const words = folded.split(" ");
  if (words.length > 7) return undefined;
  const years = words.filter((w) => /^(19[89]\d|20[0-4]\d)(da|de|ta|te|te|yilinda)?$/.test(w));
  if (years.length !== 1) return undefined;
  const rest = words.filter((w) => w !== years[0]);
  if (!rest.every((w) => bareYearWords.test(w) || produced.test(w))) return undefined;
  const year = Number(years[0]!.slice(0, 4));
  return year <= now.getUTCFullYear() ? year : undefined;
}
