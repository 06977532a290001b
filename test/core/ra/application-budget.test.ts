import { describe, expect, it } from "vitest";
import { PrismaRetentionStore } from "../../../adapters/db/retention-store.ts";
import { RateLimitError } from "../../../core/errors/domain-error.ts";
import { applicationLimits } from "../../../core/ra/application-budget.ts";
import type { ApplicationSource } from "../../../core/ra/application-source.ts";
import { applyRetention, defaultRetentionPolicy } from "../../../core/ra/retention.ts";
import { testDialects } from "../../helpers/databases.ts";
import { cardApplication, createRaHarness } from "../../helpers/ra-harness.ts";
import { validVkns } from "../../helpers/valid-vkns.ts";

const firm = "3230512384";
const stranger: ApplicationSource = { conversationId: "web-stranger", network: "198.51.100.7" };
const owner: ApplicationSource = { conversationId: "web-owner", network: "203.0.113.20" };

async function codeOf(attempt: Promise<unknown>): Promise<string | undefined> {
  const outcome = await attempt.catch((error: unknown) => error);
  return outcome instanceof RateLimitError ? outcome.code : undefined;
}

describe.each(testDialects)("new-application budget on $name", (dialect) => {
  it("stops one client applying again and again for a firm, never a retry, and never locks the firm out", async () => {
    const h = await createRaHarness(dialect);
    try {
      const first = cardApplication({ source: stranger });
      const orders = [await h.ra.submitApplication(first)];
      for (let i = 1; i < applicationLimits.perSubjectAndClient; i++)
        orders.push(await h.ra.submitApplication(cardApplication({ source: stranger })));
      expect(await codeOf(h.ra.submitApplication(cardApplication({ source: stranger })))).toBe(
        "too_many_applications",
      );
      // another tab of the same network is the same client
      const otherTab = { conversationId: "web-stranger-2", network: stranger.network };
      expect(await codeOf(h.ra.submitApplication(cardApplication({ source: otherTab })))).toBe(
        "too_many_applications",
      );
      expect(await h.database.db.application.count()).toBe(applicationLimits.perSubjectAndClient);
      // a retry of a stored application is answered as before
      expect((await h.ra.submitApplication(first)).orderNo).toBe(orders[0]!.orderNo);
      // the firm itself, from its own conversation and network, still applies
      await h.ra.submitApplication(cardApplication({ source: owner }));
      // once the window has passed, the stranger's client may apply again
      h.clock.advance(applicationLimits.windowMs + 1_000);
      await h.ra.submitApplication(cardApplication({ source: stranger }));
      expect(await h.database.db.application.count()).toBe(applicationLimits.perSubjectAndClient + 2);
    } finally {
      await h.dispose();
    }
  }, 120_000);

  it("stops one client (one IPv6 /64 here) applying for many firms with too_many_client_applications", async () => {
    const h = await createRaHarness(dialect);
    try {
      const firms = validVkns(applicationLimits.perClient + 1);
      const fromOneNetwork = (i: number): ApplicationSource => ({
        conversationId: `web-script-${i}`,
        // one IPv6 line: every address of its /64 is the same client
        network: `2001:db8:1:2::${(i + 1).toString(16)}`,
      });
      for (let i = 0; i < applicationLimits.perClient; i++)
        await h.ra.submitApplication(cardApplication({ idNumber: firms[i]!, source: fromOneNetwork(i) }));
      const last = applicationLimits.perClient;
      expect(
        await codeOf(
          h.ra.submitApplication(cardApplication({ idNumber: firms[last]!, source: fromOneNetwork(last) })),
        ),
      ).toBe("too_many_client_applications");
      // a Telegram chat (no network) is counted by its conversation
      const chat: ApplicationSource = { conversationId: "tg-4242" };
      for (let i = 0; i < applicationLimits.perClient; i++)
        await h.ra.submitApplication(cardApplication({ idNumber: firms[i]!, source: chat }));
      expect(
        await codeOf(h.ra.submitApplication(cardApplication({ idNumber: firms[last]!, source: chat }))),
      ).toBe("too_many_client_applications");
      expect(await h.database.db.application.count()).toBe(2 * applicationLimits.perClient);
    } finally {
      await h.dispose();
    }
  }, 120_000);

  it("caps one firm's applications over all clients, and blanks the sources after the window", async () => {
    const h = await createRaHarness(dialect);
    try {
      const clients = (i: number): ApplicationSource => ({
        conversationId: `web-${i}`,
        network: `192.0.2.${i + 1}`,
      });
      for (let i = 0; i < applicationLimits.perSubject; i++)
        await h.ra.submitApplication(cardApplication({ source: clients(i) }));
      const next = applicationLimits.perSubject;
      expect(await codeOf(h.ra.submitApplication(cardApplication({ source: clients(next) })))).toBe(
        "too_many_applications",
      );
      // another firm is not affected
      await h.ra.submitApplication(cardApplication({ idNumber: "4540536920", source: clients(next) }));
      const stored = await h.database.db.application.findMany({ where: { vkn: firm } });
      expect(stored.every((row) => row.sourceConversation !== null && row.sourceNetwork !== null)).toBe(true);

      // KVKK: the client is kept only while the budget counts it
      const store = new PrismaRetentionStore(h.database.db);
      const early = await applyRetention(store, defaultRetentionPolicy, h.clock.now());
      expect(early.applicationSources).toBe(0);
      h.clock.advance(applicationLimits.windowMs + 1_000);
      const swept = await applyRetention(store, defaultRetentionPolicy, h.clock.now());
      expect(swept.applicationSources).toBe(applicationLimits.perSubject + 1);
      const left = await h.database.db.application.findMany({
        where: { OR: [{ sourceConversation: { not: null } }, { sourceNetwork: { not: null } }] },
      });
      expect(left).toHaveLength(0);
      expect(await h.database.db.application.count()).toBe(applicationLimits.perSubject + 1);
    } finally {
      await h.dispose();
    }
  }, 180_000);
});
