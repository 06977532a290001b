/**
 * The revocation's opening says once that the identity is verified first: the self-service hint
 * (R7.3) names the path, the verification intro says what comes next (tester round 15, a19/a27).
 */
import { describe, expect, it } from "vitest";
import { setup } from "../harness.ts";

const occurrences = (text: string, pattern: RegExp) => text.match(new RegExp(pattern, "giu"))?.length ?? 0;

describe("the revocation intro", () => {
  it("tr: says 'önce kimliğinizi doğrula…' once", async () => {
    const w = await setup();
    const answer = await w.chat.say("mühür kartımızı kaybettik");
    expect(answer).toMatch(/e-Devlet/);
    expect(occurrences(answer, /kimliğinizi doğrula/)).toBe(1);
  });

  it("en: says 'verify your identity' once", async () => {
    const w = await setup({ locale: "en" });
    const answer = await w.chat.say("our smart card was stolen yesterday");
    expect(answer).toMatch(/e-Devlet/);
    expect(occurrences(answer, /verify (?:your|its) identity/)).toBe(1);
  });
});
