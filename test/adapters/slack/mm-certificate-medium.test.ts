import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDialects } from "../../helpers/databases.ts";
import { issueCard } from "../../helpers/issued-card.ts";
import { proveContacts } from "../../helpers/ra-harness.ts";
import { type SlackConsoleStack, startSlackConsoleStack } from "../../helpers/slack-console-stack.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;

describe("/mm durum and /mm iptal name each certificate's medium and kind", () => {
  let s: SlackConsoleStack;
  let card: string;
  let hsm: string;
  beforeAll(async () => {
    s = await startSlackConsoleStack(sqlite);
    await proveContacts(s.harness.deps);
    ({ serial: card } = await issueCard(s.harness, "pos-medium-1"));
    // a certificate an operator loaded on the firm's HSM without an application here
    ({
      signing: { serial: hsm },
    } = await s.harness.engine.issueForOrder({
      orderId: "op-hsm-1",
      vkn: "3230512384",
      title: "Örnek A.Ş.",
      tokenUri: "softkey:hsm-op-1",
      actor: "test",
    }));
  });
  afterAll(async () => s?.dispose());

  it("durum <VKN> says which line is the smart card and which the HSM, as the chat's buttons do", async () => {
    const text = await s.agent.runCommand("/mm durum 3230512384");
    expect(text).toMatch(new RegExp(`Akıllı kart \\(imza\\):.*${card}`));
    expect(text).toMatch(new RegExp(`HSM \\(imza\\):.*${hsm}`));
  });

  it("iptal <VKN> with several certificates lists them with their medium", async () => {
    const text = await s.agent.runCommand("/mm iptal 3230512384 gib");
    expect(text).toMatch(new RegExp(`Akıllı kart \\(imza\\):.*${card}`));
    expect(text).toMatch(new RegExp(`HSM \\(imza\\):.*${hsm}`));
    expect(await s.harness.database.db.revocationRequest.count()).toBe(0);
  });
});
