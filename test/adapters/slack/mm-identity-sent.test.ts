/**
 * `/mm kimlik` names where the code went, and only there: a code goes only to proven contacts, so
 * a firm with only its e-mail proven is not said to have been sent a code by SMS (or the reverse).
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { testDialects } from "../../helpers/databases.ts";
import { cardApplication, testPrices } from "../../helpers/ra-harness.ts";
import { type SlackConsoleStack, startSlackConsoleStack } from "../../helpers/slack-console-stack.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;
const vkn = "3230512384";

describe("/mm kimlik says where the code went", () => {
  let s: SlackConsoleStack;
  beforeEach(async () => {
    s = await startSlackConsoleStack(sqlite);
    const { orderNo } = await s.harness.ra.submitApplication(cardApplication());
    await s.harness.ra.payments.record({
      orderNo,
      channel: "sanalpos",
      providerRef: "pos-kimlik-sent",
      amountKurus: testPrices.card,
    });
  });
  afterEach(async () => s?.dispose());

  const prove = async (kind: "email" | "phone") => {
    const subscriber = (await s.harness.deps.subscribers.get(vkn))!;
    await s.harness.deps.subscribers.markContactVerified(
      vkn,
      kind,
      kind === "email" ? subscriber.email : subscriber.phone,
      s.harness.clock.now(),
    );
  };

  it("only the e-mail proven: the answer names the e-mail and no phone", async () => {
    await prove("email");
    const said = await s.agent.runCommand(`/mm kimlik ${vkn}`);
    expect(said).toContain("b***@o***.com.tr");
    expect(said).toContain("yalnızca kayıtlı e-postaya");
    expect(said).toContain("SMS gönderilmedi");
    expect(said).not.toMatch(/telefona|\(\s*\)/i);
  });

  it("only the phone proven: the answer names the phone and no e-mail", async () => {
    await prove("phone");
    const said = await s.agent.runCommand(`/mm kimlik ${vkn}`);
    expect(said).toContain("yalnızca SMS ile");
    expect(said).not.toMatch(/e-postaya|\(\s*\)/i);
    expect(said).toMatch(/\*{2,}/);
  });

  it("both proven: both are named", async () => {
    await prove("email");
    await prove("phone");
    const said = await s.agent.runCommand(`/mm kimlik ${vkn}`);
    expect(said).toContain("b***@o***.com.tr");
    expect(said).toContain("telefon");
  });
});
