/**
 * "Why do you need his Turkish ID?" asked in an English application: "Turkish ID" was read as the
 * bare "ID", which for a legal person is the firm's VKN, so the answer explained the VKN. A Turkish,
 * national or personal ID is the TCKN: for a legal person the signatory's, whose reason is given.
 */
import { describe, expect, it } from "vitest";
import { legalAnswersToEmailEn, sayAll, setup } from "../../harness.ts";

describe("a Turkish ID named in a field question is the TCKN", () => {
  it.each(["why do you need his Turkish ID?", "what do you need the national ID number for"])(
    "%s",
    async (message) => {
      const { chat } = await setup({ locale: "en" });
      await sayAll(chat, legalAnswersToEmailEn);
      const reply = await chat.say(message);
      expect(reply).toMatch(/signatory/i);
      expect(reply).not.toContain("identifies which firm it belongs to");
      expect(reply).toMatch(/e-mail address/i);
    },
  );
});
