/**
 * A four-eyes revocation request one agent opened (`/mm iptal … gib|kotuye`) was invisible in
 * `/mm durum`: a second agent taking the firm's next call saw the card "geçerli" and nothing waiting,
 * and learnt of the request only by trying to revoke again. `durum <VKN>` and `durum <seri>` (either
 * certificate of the card) now name each pending request: its number, serial, reason, who opened
 * it, and the commands that decide it. A decided request is no longer shown.
 */
import { describe, expect, it } from "vitest";
import { testDialects } from "../../helpers/databases.ts";
import { issueCard } from "../../helpers/issued-card.ts";
import { slackConsoleStackForEachTest } from "../../helpers/slack-console-stack.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;
const vkn = "3230512384";

describe("/mm durum names a pending revocation request", () => {
  const s = slackConsoleStackForEachTest(sqlite, { provenContacts: true });

  async function requested(): Promise<{ serial: string; encr: string; other: string; id: string }> {
    const { serial, orderNo } = await issueCard(s.harness, "pos-durum-pending-1");
    const other = (await issueCard(s.harness, "pos-durum-pending-2")).serial;
    const application = await s.harness.ra.applicationOf(orderNo);
    const encr = (await s.harness.engine.findByVkn(vkn)).find(
      (c) => c.kind === "encr" && c.orderId === application!.id,
    )!.serial;
    await s.agent.runCommand(`/mm iptal ${serial} kotuye`, "U1");
    const id = (await s.harness.ra.revocation.findPending(serial))!.id;
    return { serial, encr, other, id };
  }

  it.each(["vkn", "signing serial", "encryption serial"] as const)(
    "durum by %s shows the request, its reason, who opened it and how to decide it",
    async (by) => {
      const { serial, encr, id } = await requested();
      const subject = by === "vkn" ? vkn : by === "signing serial" ? serial : encr;
      const text = await s.agent.runCommand(`/mm durum ${subject}`, "U2");
      expect(text).toContain(id);
      expect(text).toContain("amacı dışında kullanım");
      expect(text).toContain("<@U1>");
      expect(text).toContain(`/mm onayla ${id}`);
      expect(text).toMatch(new RegExp(`${id}[^\\n]*${serial}|${serial}[^\\n]*${id}`));
      expect(await s.harness.ra.revocation.findPending(serial)).toBeDefined();
    },
  );

  it("the other card's serial shows no request; once rejected, none is shown", async () => {
    const { other, id } = await requested();
    expect(await s.agent.runCommand(`/mm durum ${other}`, "U2")).not.toContain(id);
    await s.agent.runCommand(`/mm reddet ${id}`, "U2");
    expect(await s.agent.runCommand(`/mm durum ${vkn}`, "U2")).not.toContain(id);
  });
});
