/**
 * Hand-off summaries posted to agents showed the bot's internal ids ("dil=tr; konu=proof;
 * adım=email", "konu=application; adım=title; kişi=tuzel"; console tester, round 21): the console
 * shows them in words, every label and id named in both locales.
 */
import { describe, expect, it } from "vitest";
import { createTranslator } from "../../../adapters/i18n/translator.ts";
import { readableSummary } from "../../../adapters/slack/handoff-summary-text.ts";
import type { HandoffView } from "../../../bot/handoff/handoff-desk.ts";
import { flowSteps } from "../../../bot/state.ts";
import { testDialects } from "../../helpers/databases.ts";
import { slackConsoleStackForEachTest } from "../../helpers/slack-console-stack.ts";
import { slackMessageText } from "../../helpers/slack-web-api.ts";

describe("the hand-off summary as agents read it", async () => {
  const translator = await createTranslator();
  const tr = translator.getFixedT("tr", "slack");

  it("a contact proof at its e-mail code, in Turkish words", () => {
    expect(readableSummary(tr, "dil=tr; konu=proof; adım=email; sipariş=MM1234567890")).toBe(
      "dil: Türkçe; konu: iletişim bilgisi doğrulama; adım: e-posta kodu; sipariş: MM1234567890",
    );
  });

  it("an application's person, medium and free values; a note; the title kept whole", () => {
    const text = readableSummary(
      tr,
      "dil=en; konu=application; adım=title; kişi=tuzel; kimlik=454*****20; unvan=A; B Ltd.; ortam=hsm; kimlik teyidi gerekebilir",
    );
    expect(text).toBe(
      "dil: İngilizce; konu: başvuru; adım: unvan; kişi: tüzel kişi; VKN/TCKN: 454*****20; unvan: A; B Ltd.; ortam: HSM; kimlik teyidi gerekebilir",
    );
    expect(readableSummary(tr, "dil=tr; konu=revoke; adım=reason")).toBe(
      "dil: Türkçe; konu: sertifika iptali; adım: iptal nedeni",
    );
    expect(readableSummary(tr, "dil=tr; konu=menü")).toBe("dil: Türkçe; konu: ana menü");
  });

  it.each(["tr", "en"])("every flow and step the bot can name is named in %s", (lng) => {
    const named = (key: string) => translator.exists(`summary.${key}`, { lng, ns: "slack" });
    for (const [flow, steps] of Object.entries(flowSteps)) {
      expect(named(`konu.${flow}`), flow).toBe(true);
      for (const step of steps) expect(named(`adim.${step}`), `${flow}/${step}`).toBe(true);
    }
    for (const key of [
      "konu.menu",
      "dil.tr",
      "dil.en",
      "kisi.tuzel",
      "kisi.gercek",
      "ortam.card",
      "ortam.hsm",
    ])
      expect(named(key), key).toBe(true);
    expect(
      readableSummary(translator.getFixedT(lng, "slack"), "dil=tr; konu=proof; adım=email"),
    ).not.toContain("=");
  });
});

describe("the hand-off summary in the support channel and in devral", () => {
  const s = slackConsoleStackForEachTest(testDialects.find((d) => d.name === "sqlite")!);

  it("is posted and taken in words, without the bot's ids", async () => {
    const view: HandoffView = {
      ticket: "T-SUM1",
      conversationId: "conv-sum1",
      channel: "web",
      locale: "tr",
      status: "open",
      summary: "dil=tr; konu=application; adım=title; kişi=tuzel",
      openedAt: new Date(),
    };
    const start = s.fake.calls.length;
    await s.console.desk.opened(view);
    const posted = slackMessageText(s.fake.since(start, "chat.postMessage")[0]!.args);
    expect(posted).toContain("dil: Türkçe; konu: başvuru; adım: unvan; kişi: tüzel kişi");
    expect(posted).not.toMatch(/konu=|adım=|kişi=/);
    s.handoffs.handoffs.set(view.ticket, { ...view });
    const taken = await s.agent.runCommand(`/mm devral ${view.ticket}`, "U1");
    expect(taken).toContain("konu: başvuru");
    expect(taken).not.toContain("konu=");
  });
});
