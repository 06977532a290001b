import { describe, expect, it } from "vitest";
import { withGroupedSubject } from "../../../adapters/slack/mm-args.ts";

describe("withGroupedSubject (the first /mm argument as agents type it)", () => {
  it.each([
    [
      ["323", "051", "2384", "kayip"],
      ["3230512384", "kayip"],
    ],
    [
      ["323.051.2384", "gib"],
      ["3230512384", "gib"],
    ],
    [["100", "000", "001", "46"], ["10000000146"]],
    [
      ["323", "051", "2384", "123456"],
      ["3230512384", "123456"],
    ],
    [
      ["3230512384", "adres", "No", "12", "34", "56", "78", "90"],
      ["3230512384", "adres", "No", "12", "34", "56", "78", "90"],
    ],
    [["VKN:3230512384"], ["3230512384"]],
    [
      ["VKN:", "3230512384", "kayip"],
      ["3230512384", "kayip"],
    ],
    [["vkn", "323", "051", "2384"], ["3230512384"]],
    [
      ["Vergi", "No:", "323.051.2384", "gib"],
      ["3230512384", "gib"],
    ],
    [["T.C.", "kimlik", "no", "10000000146"], ["10000000146"]],
    [
      ["tckn:10000000146", "123456"],
      ["10000000146", "123456"],
    ],
  ])("%j → %j", (typed, read) => {
    expect(withGroupedSubject(typed)).toEqual(read);
  });

  it.each([
    [["MM", "4821", "093375"]],
    [["12", "34"]],
    [["abc", "323", "051", "2384"]],
    [[]],
    [["vkn"]],
    [["telefon", "05321234567"]],
  ])("leaves %j as typed", (typed) => {
    expect(withGroupedSubject(typed)).toEqual(typed);
  });
});
