/**
 * A four-eyes revocation request's channel message names the holder (299fa69), but the message that
 * replaced it once decided named only the serial, so the channel lost which firm it was about:
 * approved or rejected (by the buttons or by `onayla`/`reddet`), withdrawn by the asking agent, or
 * closed because the certificate was revoked by another path. The decided message names the holder
 * as the request did: the VKN/TCKN masked, with the unvan for a VKN (adapters/slack/revocation-closed.ts).
 */
import { describe, expect, it } from "vitest";
import { testDialects } from "../../helpers/databases.ts";
import { issueCard } from "../../helpers/issued-card.ts";
import { cardApplication } from "../../helpers/ra-harness.ts";
import {
  pressButton,
  slackConsoleStackForEachTest,
  testSupportChannel,
} from "../../helpers/slack-console-stack.ts";
import { type SlackCall, slackMessageText } from "../../helpers/slack-web-api.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;
const vkn = "3230512384";
const unvan = /ÖRNEK BİLİŞİM ANONİM ŞİRKETİ/;

describe("the decided four-eyes request message names the holder", () => {
  const s = slackConsoleStackForEachTest(sqlite, { provenContacts: true });

  /** U1 asks to revoke `serial` for GİB; returns the channel message and the request number. */
  async function ask(serial: string): Promise<{ posted: SlackCall; id: string }> {
    const start = s.fake.calls.length;
    await s.agent.runCommand(`/mm iptal ${serial} gib`, "U1");
    const posted = s.fake
      .since(start, "chat.postMessage")
      .find((c) => c.args.channel === testSupportChannel)!;
    expect(posted).toBeDefined();
    return { posted, id: (await s.harness.ra.revocation.findPending(serial))!.id };
  }

  /** The text that replaced the request message `posted` since call `start`. */
  function replaced(posted: SlackCall, start: number): string {
    const update = s.fake.since(start, "chat.update").find((c) => c.args.ts === posted.ts);
    expect(update).toBeDefined();
    return slackMessageText(update!.args);
  }

  /** The holder of VKN 3230512384 named, masked, never in full. */
  function namesFirm(text: string): void {
    expect(text).toContain("32******84");
    expect(text).toMatch(unvan);
    expect(text).not.toContain(vkn);
  }

  it.each([
    ["approved by onayla", "/mm onayla", "U2", "onaylandı"],
    ["rejected by reddet", "/mm reddet", "U2", "reddedildi"],
    ["withdrawn by the asking agent", "/mm reddet", "U1", "geri çekildi"],
  ])("%s", async (what, command, user, outcome) => {
    const { serial } = await issueCard(s.harness, `pos-decided-${what.replace(/\W+/g, "-")}`);
    const { posted, id } = await ask(serial);
    const start = s.fake.calls.length;
    await s.agent.runCommand(`${command} ${id}`, user);
    const text = replaced(posted, start);
    expect(text).toContain(outcome);
    expect(text).toContain(serial);
    namesFirm(text);
  });

  it.each([
    ["approved", "mm_revocation_approve", "onaylandı"],
    ["rejected", "mm_revocation_reject", "reddedildi"],
  ])("%s by the button", async (what, actionId, outcome) => {
    const { serial } = await issueCard(s.harness, `pos-decided-button-${what}`);
    const { posted, id } = await ask(serial);
    const { res, before } = await pressButton(s, {
      user: "U2",
      actionId,
      value: id,
      container: { type: "message", channel_id: testSupportChannel, message_ts: posted.ts },
    });
    expect(res.status).toBe(200);
    await s.fake.waitFor((calls) => calls.slice(before).some((c) => c.method === "chat.update"), 5_000);
    const text = replaced(posted, before);
    expect(text).toContain(outcome);
    namesFirm(text);
  });

  it("closed because the customer revoked the certificate in the chat", async () => {
    const { serial } = await issueCard(s.harness, "pos-decided-superseded");
    const { posted } = await ask(serial);
    await s.harness.ra.startVerification({ conversationId: "web-decided", subject: vkn });
    await s.harness.ra.verifyCode({
      conversationId: "web-decided",
      code: s.harness.outbox.lastCode("bilgi@ornek.com.tr"),
    });
    const start = s.fake.calls.length;
    await s.harness.ra.revokeByCustomer({ conversationId: "web-decided", serial, reason: "kayip" });
    const text = replaced(posted, start);
    expect(text).toContain("Artık gerekmiyor");
    namesFirm(text);
  });

  it("a real person's certificate: the TCKN masked, no name", async () => {
    const tckn = "10000000146";
    const { serial } = await issueCard(
      s.harness,
      "pos-decided-tckn",
      cardApplication({ personType: "gercek", idNumber: tckn, title: "Ayşe Yılmaz", signerTckn: tckn }),
    );
    const { posted, id } = await ask(serial);
    const start = s.fake.calls.length;
    await s.agent.runCommand(`/mm onayla ${id}`, "U2");
    const text = replaced(posted, start);
    expect(text).toContain("onaylandı");
    expect(text).toContain("10*******46");
    expect(text).not.toContain(tckn);
    expect(text).not.toMatch(/AYŞE|Ayşe/);
  });
});
