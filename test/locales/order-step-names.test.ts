/**
 * Outside testers (round 21): `/mm durum` and `/mm basvuru` listed a card order's steps as
 * "payment_posted", "certificate_issued": only the HSM workflow's steps had names. Every step an
 * order's record can hold (core/ra/production-service.ts orderSteps) has one in both locales.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { orderSteps } from "../../core/ra/production-service.ts";

const stepNames = (locale: string): Record<string, string> =>
  JSON.parse(readFileSync(`locales/${locale}/slack.json`, "utf8")).steps;

describe("order steps are named for the agents", () => {
  it.each(["tr", "en"])("every step has a %s name that is not its id", (locale) => {
    const names = stepNames(locale);
    for (const step of orderSteps) {
      expect(names[step], step).toBeTypeOf("string");
      expect(names[step], step).not.toMatch(/_/);
    }
  });
});
