/**
 * Tester (D7): Slack mentions in an agent's thread reply reached the customer as the desk's internal
 * ids ("<@U2>" as "@U2", "<!channel>" as "@channel"). A user mention reads "bir temsilci" / "a
 * colleague" in the customer's language, special mentions (<!channel>, <!here>, <!everyone>, user
 * groups) are dropped, a link keeps its label.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { agentReplyText } from "../../../adapters/slack/handoff-reply-text.ts";
import type { HandoffRecord } from "../../../bot/handoff/handoff-repository.ts";
import type { RecordingOutbound } from "../../helpers/recording-handoff-desk.ts";
import type { SlackAgentConsole } from "../../helpers/slack-web-api.ts";
import {
  type SlackHandoffConsole,
  startSlackHandoffConsole,
  takenHandoff,
} from "../../helpers/taken-handoff.ts";

describe("Slack mentions in an agent's reply, as the customer reads it", () => {
  let agent: SlackAgentConsole;
  let outbound: RecordingOutbound;
  let record: HandoffRecord;
  let stack: SlackHandoffConsole;

  beforeEach(async () => {
    record = takenHandoff({ ticket: "T-PIN23456", conversationId: "web-conv-pin", summary: "konu=pin" });
    stack = await startSlackHandoffConsole(record);
    ({ agent, outbound } = stack);
  });
  afterEach(async () => {
    await stack.close();
  });

  async function customerReads(text: string): Promise<string> {
    await agent.reply("web-conv-pin", text);
    for (let i = 0; i < 100 && outbound.textsTo("web-conv-pin").length === 0; i++)
      await new Promise((r) => setTimeout(r, 20));
    return outbound.textsTo("web-conv-pin").join("\n");
  }

  it("a user mention reads 'bir temsilci' for a Turkish customer, no id", async () => {
    const said = await customerReads("Merhaba, konuyu <@U2> ile görüşüp döneceğim.");
    expect(said).toContain("Temsilci: Merhaba, konuyu bir temsilci ile görüşüp döneceğim.");
    expect(said).not.toMatch(/U2|@/);
  });

  it("special mentions are dropped", async () => {
    const said = await customerReads("<!channel> Kartınız yarın kargoda <!here>");
    expect(said).toContain("Temsilci: Kartınız yarın kargoda");
    expect(said).not.toMatch(/channel|here|@/);
  });

  it("a user mention reads 'a colleague' for an English customer", async () => {
    record.locale = "en";
    const said = await customerReads("I asked <@U2|ayse> about it, <!here>");
    expect(said).toContain("I asked a colleague about it");
    expect(said).not.toMatch(/U2|ayse|here|@/);
  });
});

describe("agentReplyText", () => {
  it.each([
    ["konuyu <@U2> ile görüşüp döneceğim", "konuyu bir temsilci ile görüşüp döneceğim"],
    ["<@U0123ABC|ayse.yilmaz> size dönecek", "bir temsilci size dönecek"],
    ["<!channel> kartınız hazır", "kartınız hazır"],
    ["kartınız hazır <!here>.", "kartınız hazır."],
    ["<!everyone>, <!subteam^S012AB|@destek> bakacak", "bakacak"],
    ["<!subteam^S012AB> bakacak", "bakacak"],
    ["Formu <https://kamusm.bilgem.tubitak.gov.tr/basvuru|buradan> doldurun", "Formu buradan"],
    ["Adres: <https://kamusm.bilgem.tubitak.gov.tr>", "Adres: https://kamusm.bilgem.tubitak.gov.tr"],
    ["Tutar 1.750 TL &amp; KDV dahil", "Tutar 1.750 TL & KDV dahil"],
  ])("%j → %j", (encoded, plain) => {
    expect(agentReplyText(encoded, "bir temsilci")).toContain(plain);
    expect(agentReplyText(encoded, "bir temsilci")).not.toMatch(/<|>|U2|U0123|S012|@/);
  });
});
