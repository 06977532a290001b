/**
 * `/mm reddet <VKN>` decides the VKN's one pending request. When the firm has several certificates
 * (a smart card and an HSM, or two cards) the agent must read which one the request concerned and
 * that it stays valid: the answer names the holder (masked, with the unvan), the serial, the medium
 * and the reason, as the approval does (mm-approve-names-certificate.test.ts). Before, it said only
 * "Talep … reddedildi: seri `…` geçerli kalıyor", with no holder, medium or reason.
 */
import { describe, expect, it } from "vitest";
import { testDialects } from "../../helpers/databases.ts";
import { issueCard } from "../../helpers/issued-card.ts";
import { slackConsoleStackForEachTest } from "../../helpers/slack-console-stack.ts";
import { slackMessageText } from "../../helpers/slack-web-api.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;
const vkn = "3230512384";

describe("/mm reddet names the certificate the request concerned", () => {
  const s = slackConsoleStackForEachTest(sqlite, { provenContacts: true });
  const statusOf = async (serial: string) => (await s.harness.engine.findBySerial(serial))?.status;
  /** The agent's own answer (the `response_url` post), not the channel message the decision replaced. */
  const answerTo = async (command: string, as: string) =>
    (await s.agent.command(command, as)).calls
      .filter((c) => c.method === "response_url")
      .map((c) => slackMessageText(c.args))
      .join("\n");

  /** A card bought here and a certificate an operator loaded on the firm's HSM; the HSM's is requested. */
  async function cardAndHsm(): Promise<{ card: string; hsm: string; id: string }> {
    const card = (await issueCard(s.harness, "pos-reject-card")).serial;
    const {
      signing: { serial: hsm },
    } = await s.harness.engine.issueForOrder({
      orderId: "op-hsm-reject",
      vkn,
      title: "Örnek A.Ş.",
      tokenUri: "softkey:hsm-reject",
      actor: "test",
    });
    await s.agent.runCommand(`/mm iptal ${hsm} kotuye`, "U1");
    const id = (await s.harness.ra.revocation.findPending(hsm))!.id;
    return { card, hsm, id };
  }

  it.each([`/mm reddet ${vkn}`, "/mm reddet 323 051 2384", `/mm reddet VKN: ${vkn}`])(
    "rejected by a second agent ('%s'): holder, serial, medium and reason named; both stay valid",
    async (command) => {
      const { card, hsm, id } = await cardAndHsm();
      const text = await answerTo(command, "U2");
      expect(text).toContain("reddedildi");
      expect(text).toContain(id);
      expect(text).toContain(hsm);
      expect(text).toContain("HSM");
      expect(text).toContain("32******84");
      expect(text).toContain("amacı dışında kullanım");
      expect(text).not.toContain(card);
      expect(text).not.toContain(vkn);
      expect(await statusOf(hsm)).toBe("valid");
      expect(await statusOf(card)).toBe("valid");
    },
  );

  it("withdrawn by its requester: the same names", async () => {
    const { hsm, id } = await cardAndHsm();
    const text = await answerTo(`/mm reddet ${vkn}`, "U1");
    expect(text).toContain("geri çekildi");
    expect(text).toContain(id);
    expect(text).toContain(hsm);
    expect(text).toContain("HSM");
    expect(text).toContain("32******84");
    expect(text).toContain("amacı dışında kullanım");
    expect(await statusOf(hsm)).toBe("valid");
  });

  it("a card's request rejected by its number names the smart card", async () => {
    const serial = (await issueCard(s.harness, "pos-reject-one")).serial;
    await issueCard(s.harness, "pos-reject-two");
    await s.agent.runCommand(`/mm iptal ${serial} gib`, "U1");
    const id = (await s.harness.ra.revocation.findPending(serial))!.id;
    const text = await answerTo(`/mm reddet ${id}`, "U2");
    expect(text).toContain("reddedildi");
    expect(text).toContain(serial);
    expect(text).toContain("Akıllı kart");
    expect(text).toContain("GİB talebi");
    expect(text).toContain("32******84");
  });
});
