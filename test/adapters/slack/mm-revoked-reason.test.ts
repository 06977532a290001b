/**
 * A certificate revoked at GİB's request showed "GİB talebi / amacı dışında kullanım" in `/mm durum`
 * (tester round 17): both R7.2 reasons are privilegeWithdrawn in X.509. The agents' request that
 * revoked it names its own reason.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDialects } from "../../helpers/databases.ts";
import { issueCard } from "../../helpers/issued-card.ts";
import { proveContacts } from "../../helpers/ra-harness.ts";
import { type SlackConsoleStack, startSlackConsoleStack } from "../../helpers/slack-console-stack.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;

describe("/mm durum names the reason of the request that revoked a certificate", () => {
  let s: SlackConsoleStack;
  beforeAll(async () => {
    s = await startSlackConsoleStack(sqlite);
    await proveContacts(s.harness.deps);
    await issueCard(s.harness, "pos-gib-reason");
  });
  afterAll(async () => s?.dispose());

  it("GİB's request, approved by a second agent: 'GİB talebi', not both reasons", async () => {
    expect(await s.agent.runCommand("/mm iptal 3230512384 gib")).toContain("İkinci bir temsilcinin onayı");
    expect(await s.agent.runCommand("/mm onayla 3230512384", "U2")).toMatch(/iptal edildi/);
    const text = await s.agent.runCommand("/mm durum 3230512384");
    expect(text).toContain("GİB talebi");
    expect(text).not.toContain("amacı dışında");
  });
});
