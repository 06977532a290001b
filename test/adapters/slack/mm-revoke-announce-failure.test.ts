/**
 * A four-eyes request that Slack failed to post to the support channel still exists: the agent who
 * asked is told it was created, that the channel did not get it, and how a second agent decides it,
 * not "try again" (a second `iptal` would only be refused as already pending).
 */
import { beforeEach, describe, expect, it } from "vitest";
import { createTranslator } from "../../../adapters/i18n/translator.ts";
import { type MmDeps, runMm } from "../../../adapters/slack/mm-subcommands.ts";
import type { AgentHandoffs } from "../../../bot/handoff/agent-handoffs.ts";
import { testDialects } from "../../helpers/databases.ts";
import { issueCard } from "../../helpers/issued-card.ts";
import { proveContacts } from "../../helpers/ra-harness.ts";
import { raHarnessForEachTest } from "../../helpers/ra-harness-each.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;

describe("/mm iptal … gib when the support channel cannot be posted to", () => {
  const h = raHarnessForEachTest(sqlite);
  beforeEach(async () => {
    await proveContacts(h.deps);
  });

  it("says the request exists and names its number; the failure is logged, the request stays pending", async () => {
    const { serial } = await issueCard(h, "pos-announce");
    const logged: unknown[] = [];
    const deps: MmDeps = {
      ra: h.ra,
      handoffs: {} as AgentHandoffs,
      audit: { append: async () => undefined },
      t: (await createTranslator()).getFixedT("tr", "slack"),
      onUnexpected: (error) => logged.push(error),
      announceRevocationRequest: async () => {
        throw new Error("slack unreachable");
      },
      showRevocationDecision: async () => undefined,
    };
    const said = (await runMm(deps, "U1", `iptal ${serial} gib`)).text;
    const pending = await h.ra.revocation.findPending(serial);
    expect(pending).toBeDefined();
    expect(said).toContain(pending!.id);
    expect(said).toContain(`/mm onayla ${pending!.id}`);
    expect(said).not.toContain("tekrar deneyin");
    expect(logged).toHaveLength(1);
  });
});
