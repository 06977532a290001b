/**
 * `/mm onayla` or `reddet` on a certificate already revoked says so with the reason as told (GİB
 * talebi or amacı dışında kullanım), whether the agent names the VKN, the signing serial or the
 * encryption serial, and whichever certificate of the card the request named: never both reasons
 * (the X.509 reason privilegeWithdrawn stands for either).
 */
import { describe, expect, it } from "vitest";
import { testDialects } from "../../helpers/databases.ts";
import { issueCard } from "../../helpers/issued-card.ts";
import { slackConsoleStackForEachTest } from "../../helpers/slack-console-stack.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;
const vkn = "3230512384";

describe("onayla on a revoked card names the reason as told", () => {
  const s = slackConsoleStackForEachTest(sqlite, { provenContacts: true });

  it.each([
    ["gib", "sign", "GİB talebi", "amacı dışında"],
    ["gib", "encr", "GİB talebi", "amacı dışında"],
    ["kotuye", "sign", "amacı dışında kullanım", "GİB"],
    ["kotuye", "encr", "amacı dışında kullanım", "GİB"],
  ] as const)("a %s request on the %s certificate of the card", async (reason, kind, told, other) => {
    await issueCard(s.harness, `pos-np-${reason}-${kind}`);
    const card = await s.harness.engine.findByVkn(vkn);
    const requested = card.find((c) => c.kind === kind)!.serial;
    const sibling = card.find((c) => c.kind !== kind)!.serial;
    await s.agent.runCommand(`/mm iptal ${requested} ${reason}`, "U1");
    const id = (await s.harness.ra.revocation.findPending(requested))!.id;
    expect(await s.agent.runCommand(`/mm onayla ${id}`, "U2")).toContain("iptal edildi");
    for (const reference of [sibling, sibling.toUpperCase(), requested, vkn]) {
      for (const sub of ["onayla", "reddet"]) {
        const said = await s.agent.runCommand(`/mm ${sub} ${reference}`, "U2");
        expect(said, `${sub} ${reference}`).toContain("zaten iptal");
        expect(said, `${sub} ${reference}`).toContain(told);
        expect(said, `${sub} ${reference}`).not.toContain(other);
      }
    }
  });
});
