/**
 * What is needed to get the seal, asked, also for someone else ("muhasebecimiz mali mühür için ne
 * lazım diye sordu"): before, the classifier took the seal's name and answered what a mali mühür is
 * (R1.1), or asked back. It is the before-applying answer (R2; bot/nlu/seal-needs.ts). What is needed
 * to revoke, renew, use or unlock it, or for an HSM, stays that topic's.
 */
import { describe, expect, it } from "vitest";
import { intentOf } from "../../helpers/intent-of.ts";
import { setup } from "../harness.ts";

describe("what is needed to get the seal → before_apply", () => {
  it.each([
    ["muhasebecimiz mali mühür için ne lazım diye sordu", "tr"],
    ["mali mühür için neler gerekiyor", "tr"],
    ["mühür almak için hangi belgeler lazım", "tr"],
    ["muhasebeci mali mühür için ne gerektiğini soruyor", "tr"],
    ["patron sordu mali mühür için ne lazım", "tr"],
    ["mali muhur icin ne lazim", "tr"],
    ["mali mühür için gereken belgeler", "tr"],
    ["my accountant asked what we need for the e-seal", "en"],
    ["what do we need to get an e-seal", "en"],
    ["what is required for a financial seal", "en"],
    ["our bookkeeper wants to know what is needed for a financial seal", "en"],
  ] as const)("'%s'", (text, locale) => {
    expect(intentOf(text, locale)).toBe("before_apply");
  });

  it("the answer is the before-applying one, not what a mali mühür is", async () => {
    const { chat } = await setup();
    const reply = await chat.say("muhasebecimiz mali mühür için ne lazım diye sordu");
    expect(reply).toContain("Başvurmadan önce bilmeniz gerekenler");
    expect(reply).not.toContain("verilen bir elektronik sertifikadır");
  });
});

describe("another topic's need keeps its topic", () => {
  it.each([
    ["HSM için ne lazım", "hsm_requirements"],
    ["kilit çözme için ne lazım", "pin_locked"],
    ["mühürü yenilemek için ne lazım", "renewal"],
    ["mühürü kullanmak için ne lazım, kart geldi", "received"],
  ] as const)("'%s' → %s", (text, intent) => {
    expect(intentOf(text)).toBe(intent);
  });

  it.each(["mali mühür iptali için ne lazım", "kartı kaybettik yeni mühür için ne lazım"])(
    "'%s' is not before_apply",
    (text) => {
      expect(intentOf(text)).not.toBe("before_apply");
    },
  );
});
