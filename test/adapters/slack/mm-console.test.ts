import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDialects } from "../../helpers/databases.ts";
import { hsmApplication } from "../../helpers/ra-harness.ts";
import {
  paidCardOrder,
  type SlackConsoleStack,
  startSlackConsoleStack,
  testSupportChannel,
} from "../../helpers/slack-console-stack.ts";
import { slackMessageText } from "../../helpers/slack-web-api.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;

describe("/mm on the Slack console", () => {
  let s: SlackConsoleStack;
  let serial: string;
  let hsmOrder: string;
  beforeAll(async () => {
    s = await startSlackConsoleStack(sqlite);
    await paidCardOrder(s, "pos-mm-1");
    serial = (await s.harness.engine.findByVkn("3230512384")).find((c) => c.kind === "sign")!.serial;
    const hsm = await s.harness.ra.submitApplication(
      hsmApplication({ idNumber: "6180884538", email: "it@lojistik.com.tr" }),
    );
    hsmOrder = hsm.orderNo;
    const due = (await s.harness.ra.orderStatus(hsmOrder))!.amountKurus;
    await s.harness.ra.payments.record({
      orderNo: hsmOrder,
      channel: "sanalpos",
      providerRef: "pos-mm-2",
      amountKurus: due,
    });
  });
  afterAll(async () => s?.dispose());

  it("subcommands are case- and diacritics-insensitive: YARDIM, Yardım and yardim list them", async () => {
    for (const word of ["YARDIM", "Yardım", "yardim", ""]) {
      const text = await s.agent.runCommand(`/mm ${word}`);
      expect(text).toContain("/mm dogrula");
      expect(text).toContain("/mm devral");
    }
    expect(await s.agent.runCommand("/mm zıpla")).toContain("bilinmeyen");
  });

  it("kimlik → dogrula → guncelle → dogrula: the caller verified by the agent, the new e-mail confirmed, the old one told", async () => {
    expect(await s.agent.runCommand("/mm guncelle 3230512384 eposta yeni@ornek.com.tr")).toContain(
      "kimliğini teyit",
    );
    const sent = await s.agent.runCommand("/mm KİMLİK 3230512384");
    expect(sent).toContain("b***@o***.com.tr");
    expect(sent).not.toContain("bilgi@ornek.com.tr");
    // U2 cannot complete U1's verification.
    const code = s.harness.outbox.lastCode("bilgi@ornek.com.tr");
    expect(await s.agent.runCommand(`/mm dogrula 3230512384 ${code}`, "U2")).toContain("doğrulanamadı");
    expect(await s.agent.runCommand(`/mm doğrula 3230512384 ${code}`)).toContain("teyit edildi");
    expect(await s.agent.runCommand("/mm guncelle 3230512384 eposta yeni@ornek.com.tr")).toContain(
      "y***@ornek.com.tr",
    );
    const newCode = s.harness.outbox.lastCode("yeni@ornek.com.tr");
    expect(await s.agent.runCommand(`/mm dogrula 3230512384 ${newCode}`)).toContain("güncellendi");
    expect((await s.harness.deps.subscribers.get("3230512384"))?.email).toBe("yeni@ornek.com.tr");
    expect(s.harness.outbox.to("bilgi@ornek.com.tr", "contact_changed")).toHaveLength(1);
    expect(s.audit).toContainEqual(expect.objectContaining({ actor: "agent:U1", action: "contact_updated" }));
  });

  it("dogrula: a typo that is no 6-digit code uses no try, and a code read out in groups is one code", async () => {
    expect(await s.agent.runCommand("/mm kimlik 3230512384", "U2")).toContain("doğrulama kodu");
    const email = (await s.harness.deps.subscribers.get("3230512384"))!.email;
    for (const typo of ["abcdef", "12345", "1234567", "12 34 5"]) {
      expect(await s.agent.runCommand(`/mm dogrula 3230512384 ${typo}`, "U2"), typo).toContain("6 haneli");
    }
    const code = s.harness.outbox.lastCode(email);
    const grouped = `${code.slice(0, 2)} ${code.slice(2, 4)} ${code.slice(4)}`;
    expect(await s.agent.runCommand(`/mm dogrula 3230512384 ${grouped}`, "U2")).toContain("teyit edildi");
  });

  it("four eyes: U1 asks (request posted to the support channel with Onayla/Reddet), U1 cannot approve, U2 approves", async () => {
    const start = s.fake.calls.length;
    const asked = await s.agent.runCommand(`/mm iptal 3230512384 gib`);
    expect(asked).toContain("İkinci bir temsilcinin onayı");
    const posted = s.fake.since(start, "chat.postMessage")[0];
    expect(posted?.args.channel).toBe(testSupportChannel);
    expect(slackMessageText(posted!.args)).toMatch(/Onayla[\s\S]*Reddet/);
    expect(await s.agent.runCommand("/mm onayla 3230512384", "U1")).toContain(
      "Talebi açan temsilci onaylayamaz",
    );
    expect((await s.harness.ra.certificateStatus(serial))?.status).toBe("valid");
    // The button, pressed by U1, is refused too; pressed by a stranger, refused and audited.
    const requestId = (await s.harness.ra.revocation.findPending(serial))!.id;
    const press = async (user: string) => {
      const before = s.fake.calls.length;
      const payload = {
        type: "block_actions",
        user: { id: user },
        team: { id: "T1" },
        api_app_id: "A1",
        trigger_id: `press-${user}-${Math.random()}`,
        response_url: s.fake.newResponseUrl().url,
        container: { type: "message", channel_id: testSupportChannel, message_ts: posted!.ts },
        actions: [{ type: "button", action_id: "mm_revocation_approve", value: requestId, action_ts: "1" }],
      };
      const res = await s.agent.post(
        new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
        "application/x-www-form-urlencoded",
      );
      expect(res.status).toBe(200);
      // Bolt may call auth.test first (not an answer): wait for the answer itself.
      await s.fake.waitFor(() => s.fake.since(before).length > 0, 5_000);
      await new Promise((r) => setTimeout(r, 100));
      return s.fake.since(before);
    };
    expect(JSON.stringify(await press("U1"))).toContain("onaylayamaz");
    expect(JSON.stringify(await press("U7"))).toContain("yetkili");
    expect(s.audit).toContainEqual(
      expect.objectContaining({ actor: "slack:U7", action: "slack_access_refused" }),
    );
    expect((await s.harness.ra.certificateStatus(serial))?.status).toBe("valid");
    const approved = await press("U2");
    expect(approved.find((c) => c.method === "chat.update")?.args.ts).toBe(posted!.ts);
    expect((await s.harness.ra.certificateStatus(serial))?.status).toBe("revoked");
    expect(s.audit).toContainEqual(
      expect.objectContaining({ actor: "agent:U2", action: "revocation_approved" }),
    );
    expect(await s.agent.runCommand(`/mm durum ${serial}`)).toContain("iptal edildi");
  });

  it("basvuru of an HSM order shows the R3.3.4 state with a button for the next step; the button records it", async () => {
    const text = await s.agent.runCommand(`/mm basvuru ${hsmOrder}`);
    expect(text).toContain("hazırlık talimatı gönderildi");
    expect(text).toContain("Firma hazır");
    const before = s.fake.calls.length;
    const payload = {
      type: "block_actions",
      user: { id: "U2" },
      team: { id: "T1" },
      trigger_id: "hsm-press",
      response_url: s.fake.newResponseUrl().url,
      actions: [
        { type: "button", action_id: "mm_hsm_step", value: `${hsmOrder}:firm_ready`, action_ts: "1" },
      ],
    };
    await s.agent.post(
      new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
      "application/x-www-form-urlencoded",
    );
    // Bolt may call auth.test first (not an answer): wait for the answer itself.
    await s.fake.waitFor((calls) => calls.slice(before).some((c) => c.method === "response_url"), 5_000);
    expect(JSON.stringify(s.fake.since(before))).toContain("kaydetti");
    expect(await s.agent.runCommand(`/mm basvuru ${hsmOrder}`)).toContain("Randevu ver");
  });

  it("hand-offs: the desk posts a masked summary with metadata; an agent's thread reply reaches the hand-off, a stranger's does not; devral/bitir", async () => {
    const opened = await s.console.desk.opened({
      ticket: "T-AB12CD34",
      conversationId: "web-conv-1",
      channel: "web",
      locale: "tr",
      status: "open",
      summary: "Müşteri 3230512384 için iptal sordu, e-posta bilgi@ornek.com.tr",
      openedAt: new Date(),
    });
    expect(opened.deskThread).toMatch(/^C0SUPPORT:\d+\.\d+$/);
    const summary = s.fake.calls.findLast((c) => c.method === "chat.postMessage")!;
    expect(slackMessageText(summary.args)).toContain("T-AB12CD34");
    expect(slackMessageText(summary.args)).not.toContain("3230512384");
    expect(slackMessageText(summary.args)).not.toContain("bilgi@ornek.com.tr");
    s.handoffs.handoffs.set("T-AB12CD34", {
      ticket: "T-AB12CD34",
      conversationId: "web-conv-1",
      channel: "web",
      locale: "tr",
      status: "open",
      summary: "…",
      deskThread: opened.deskThread,
      openedAt: new Date(),
    });
    await s.agent.reply("web-conv-1", "Merhaba, ben Ayşe", "U9");
    await s.agent.reply("web-conv-1", "Merhaba, yardımcı oluyorum");
    await new Promise((r) => setTimeout(r, 300));
    expect(s.handoffs.replies).toEqual([
      { ticket: "T-AB12CD34", agentId: "U1", text: "Merhaba, yardımcı oluyorum" },
    ]);
    expect(s.audit).toContainEqual(
      expect.objectContaining({ actor: "slack:U9", action: "slack_access_refused" }),
    );
    expect(await s.agent.runCommand("/mm devral t-ab12cd34", "U2")).toContain("devraldınız");
    // the refusal names who holds it (console tester D3b)
    expect(await s.agent.runCommand("/mm devral T-AB12CD34", "U1")).toContain("Bu talebi <@U2> devraldı");
    expect(await s.agent.runCommand("/mm bitir T-AB12CD34", "U2")).toContain("kapatıldı");
    expect(await s.agent.runCommand("/mm devral T-NOPE0000")).toContain("bulunamadı");
  });
});
