/**
 * A four-eyes request whose certificate is revoked by another path is closed in the support channel
 * too (console tester, round 21): the customer's own lost-card revocation in the chat replaces the
 * request's message (no buttons left, says why), and `/mm onayla` then says the certificate is revoked
 * already instead of "no pending request". A request number is read in any letter case, and one
 * already decided is answered with who decided it and when.
 */
import { describe, expect, it } from "vitest";
import { testDialects } from "../../helpers/databases.ts";
import { issueCard } from "../../helpers/issued-card.ts";
import { slackConsoleStackForEachTest, testSupportChannel } from "../../helpers/slack-console-stack.ts";
import { type SlackCall, slackMessageText } from "../../helpers/slack-web-api.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;
const vkn = "3230512384";
const when = /\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}/;

describe("a four-eyes request closed by another revocation", () => {
  const s = slackConsoleStackForEachTest(sqlite, { provenContacts: true });
  const hasButtons = (call: SlackCall) => JSON.stringify(call.args.blocks ?? []).includes('"type":"actions"');

  /** U1 asks to revoke for GİB; returns the channel message and the request number. */
  async function ask(serial: string) {
    const start = s.fake.calls.length;
    await s.agent.runCommand(`/mm iptal ${serial} gib`, "U1");
    const posted = s.fake
      .since(start, "chat.postMessage")
      .find((c) => c.args.channel === testSupportChannel)!;
    return { posted, id: (await s.harness.ra.revocation.findPending(serial))!.id };
  }

  it("the customer's kayıp in the chat closes the channel message; onayla says it is revoked already", async () => {
    const { serial } = await issueCard(s.harness, "pos-closed-customer");
    const { posted, id } = await ask(serial);
    await s.harness.ra.startVerification({ conversationId: "web-closed", subject: vkn });
    await s.harness.ra.verifyCode({
      conversationId: "web-closed",
      code: s.harness.outbox.lastCode("bilgi@ornek.com.tr"),
    });
    const start = s.fake.calls.length;
    await s.harness.ra.revokeByCustomer({ conversationId: "web-closed", serial, reason: "kayip" });
    const update = s.fake.since(start, "chat.update").find((c) => c.args.ts === posted.ts);
    expect(update).toBeDefined();
    const text = slackMessageText(update!.args);
    expect(text).toContain(id);
    expect(text).toContain("Artık gerekmiyor");
    expect(text).toContain("müşteri");
    expect(text).toContain("kayıp");
    expect(text).toMatch(when);
    expect(hasButtons(update!)).toBe(false);

    const byVkn = await s.agent.runCommand(`/mm onayla ${vkn}`, "U2");
    expect(byVkn).toContain("zaten iptal");
    expect(byVkn).not.toContain("bulunamadı");
    const byNumber = await s.agent.runCommand(`/mm onayla ${id.toUpperCase()}`, "U2");
    expect(byNumber).toContain("artık beklemiyor");
    expect(byNumber).toContain("müşteri");
    expect(byNumber).toMatch(when);
  });

  it("a request number in capitals decides the request", async () => {
    const { serial } = await issueCard(s.harness, "pos-closed-capitals");
    const { id } = await ask(serial);
    expect(await s.agent.runCommand(`/mm onayla ${id.toUpperCase()}`, "U2")).toContain("iptal edildi");
    expect((await s.harness.engine.findBySerial(serial))?.status).toBe("revoked");
  });

  it("onayla on a request already decided says who decided it and when", async () => {
    const { serial } = await issueCard(s.harness, "pos-closed-decided");
    const { id } = await ask(serial);
    expect(await s.agent.runCommand(`/mm reddet ${id}`, "U2")).toContain("reddedildi");
    const again = await s.agent.runCommand(`/mm onayla ${id}`, "S1");
    expect(again).toContain("artık beklemiyor");
    expect(again).toContain("reddedildi");
    expect(again).toContain("<@U2>");
    expect(again).toMatch(when);
    expect(again).not.toContain("bulunamadı");
    expect((await s.harness.engine.findBySerial(serial))?.status).toBe("valid");
  });
});
