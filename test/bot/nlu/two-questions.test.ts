/**
 * Two questions in one message are told apart by bot/nlu/two-questions.ts. Only the understanding
 * is here: the router (bot/dispatch/intent.ts, outside this change) does not answer both yet.
 */
import { describe, expect, it } from "vitest";
import { infoIntents } from "../../../bot/flows/info.ts";
import type { Intent } from "../../../bot/nlu/intent-names.ts";
import { twoQuestionsOf } from "../../../bot/nlu/two-questions.ts";

const faq: Intent[] = [...infoIntents, "prices", "production", "delivery"];

describe("two questions in one message", () => {
  it.each([
    ["fiyat ne kadar ve kaç günde gelir", "tr", ["prices", "production"]],
    ["fiyatı ne kadar, iade var mı?", "tr", ["prices", "refund"]],
    ["how much is it and how long does it take", "en", ["prices", "production"]],
  ] as const)("%s → both topics", (text, locale, topics) =>
    expect(twoQuestionsOf(text, locale, faq)).toEqual(topics),
  );

  it.each([
    "fiyat ne kadar",
    "kart ve hsm fiyatı ne kadar",
    "Ayşe ve Mehmet",
    "başvuru yapmak istiyorum, tüzel kişiyiz",
    "merhaba, fiyat ne kadar",
  ])("%s → one question", (text) => expect(twoQuestionsOf(text, "tr", faq)).toBeUndefined());
});
