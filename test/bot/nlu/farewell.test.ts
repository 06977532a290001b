/**
 * Tester (session 16): "görüşürüz" (see you) opened a hand-off and paged the call centre's Slack
 * channel ("görüşmek" read as "I want to talk to someone"). A farewell, alone or with a thanks,
 * closes like a thanks; asking to talk to someone is still a hand-off.
 */
import { describe, expect, it } from "vitest";
import { intentOf } from "../../helpers/intent-of.ts";
import { setup } from "../harness.ts";

describe("farewells", () => {
  it.each([
    ["görüşürüz", "tr"],
    ["tamam teşekkürler, görüşürüz", "tr"],
    ["görüşmek üzere", "tr"],
    ["hoşça kalın", "tr"],
    ["hoşçakalın iyi çalışmalar", "tr"],
    ["bye", "en"],
    ["ok, see you later", "en"],
  ] as const)("%s (%s) → thanks", (text, locale) => {
    expect(intentOf(text, locale)).toBe("thanks");
  });

  it.each([
    ["biriyle görüşmek istiyorum", "tr"],
    ["yetkiliyle görüşmek istiyorum", "tr"],
  ] as const)("%s (%s) is still a request for a person", (text, locale) => {
    expect(intentOf(text, locale)).toBe("agent");
  });

  it("'görüşürüz' opens no hand-off", async () => {
    const { chat, handoff } = await setup();
    await chat.say("fiyat nedir");
    await chat.say("tamam teşekkürler, görüşürüz");
    expect(handoff.requests).toHaveLength(0);
  });
});
