/**
 * The card taken away by someone ("someone took the card from the office", "kartı alıp
 * götürmüşler", "the card was taken from my desk") is a theft (R7.2): revocation, as "stolen" is.
 * Taking it in the ordinary sense ("kartı teslim aldık", "it took a week") is not.
 */
import { describe, expect, it } from "vitest";
import { foldTurkish } from "../../../bot/nlu/fold.ts";
import { asksForRevocation } from "../../../bot/nlu/understand.ts";
import { intentOf } from "../../helpers/intent-of.ts";

describe("the card taken away", () => {
  it.each([
    ["someone took the card from the office", "en"],
    ["somebody took our smart card", "en"],
    ["the card was taken from my desk", "en"],
    ["biri ofisten kartı alıp götürmüş", "tr"],
    ["kartımızı ofisten biri almış", "tr"],
  ] as const)("'%s' → revoke", (text, locale) => {
    expect(intentOf(text, locale)).toBe("revoke");
  });

  it.each([
    ["kartı teslim aldık ne yapacağız", "tr"],
    ["it took a week for the card to arrive", "en"],
    ["we took the card out of the reader", "en"],
    ["someone took the card to the accountant", "en"],
    ["my colleague took the card for signing", "en"],
    ["muhasebeci kartı bankaya götürmüş", "tr"],
    ["kartı biri aldı mı", "tr"],
  ] as const)("'%s' asks for no revocation", (text, _locale) => {
    expect(asksForRevocation(foldTurkish(text))).toBe(false);
  });
});
