/**
 * The topic of the bot's last answer is read off the text keys the answer used
 * (bot/flows/follow-up/answer-topic.ts): a key renamed in the locales and not in its table would
 * silently leave follow-up questions without their context. Every key of the table is a text of
 * both locales.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { topicOfAnswer, topicOfKey } from "../../../../bot/flows/follow-up/answer-topic.ts";

const texts = (locale: string): Record<string, unknown> =>
  JSON.parse(readFileSync(`locales/${locale}/bot.json`, "utf8"));

const at = (tree: Record<string, unknown>, key: string): unknown =>
  key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);

describe("answer topics", () => {
  it.each(["tr", "en"])("every key that sets a topic is a %s text", (locale) => {
    const tree = texts(locale);
    const keys = Object.keys(topicOfKey);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(typeof at(tree, key), key).toBe("string");
  });

  it("takes the last key of an answer that has a topic", () => {
    expect(topicOfAnswer(["info.payment", "revoke.done", "menu.prompt"])).toBe("revoked");
    expect(topicOfAnswer(["menu.prompt"])).toBeUndefined();
  });
});
