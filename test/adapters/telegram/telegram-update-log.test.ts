import { afterAll, describe, expect, it } from "vitest";
import { TelegramUpdateLog } from "../../../adapters/db/telegram-updates.ts";
import { FrozenClock, systemClock } from "../../../core/ports/clock.ts";
import { freshDatabase, testDialects } from "../../helpers/databases.ts";

describe.each(testDialects)("Telegram update log on $name", (dialect) => {
  const disposers: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const d of disposers) await d();
  });

  it("takes an update id once per bot, also when two deliveries race, and prunes old ids", async () => {
    const database = await freshDatabase(dialect);
    disposers.push(database.dispose);
    const log = new TelegramUpdateLog(database.db, systemClock);
    expect(await log.claim("1", 2_147_483_648)).toBe("new");
    expect(await log.claim("1", 2_147_483_648)).toBe("busy");
    await log.complete("1", 2_147_483_648);
    expect(await log.claim("1", 2_147_483_648)).toBe("done");
    expect(await log.claim("2", 2_147_483_648)).toBe("new");
    const racing = await Promise.all([log.claim("1", 5), log.claim("1", 5), log.claim("1", 5)]);
    expect(racing.filter((c) => c === "new")).toHaveLength(1);
    expect(await log.prune(-1)).toBe(3); // everything older than an hour from now
    expect(await log.claim("1", 5)).toBe("new");
  });

  it("answers a claim cut off before its effect once, on the first redelivery after the wait", async () => {
    const database = await freshDatabase(dialect);
    disposers.push(database.dispose);
    const clock = new FrozenClock("2026-11-29T10:00:00Z");
    const log = new TelegramUpdateLog(database.db, clock, { abandonedAfterSeconds: 10 });
    expect(await log.claim("1", 77)).toBe("new"); // … and the process dies here
    clock.advance(9_000);
    expect(await log.claim("1", 77)).toBe("busy"); // maybe still being handled
    clock.advance(2_000);
    const redeliveries = await Promise.all([log.claim("1", 77), log.claim("1", 77)]);
    expect(redeliveries.sort()).toEqual(["cut_off", "done"]);
    expect(await log.claim("1", 77)).toBe("done");
    // A completed update is never answered again, however late the redelivery.
    expect(await log.claim("1", 78)).toBe("new");
    await log.complete("1", 78);
    clock.advance(3_600_000);
    expect(await log.claim("1", 78)).toBe("done");
  });

  it("keeps a chat's keyboard generation and language", async () => {
    const database = await freshDatabase(dialect);
    disposers.push(database.dispose);
    const log = new TelegramUpdateLog(database.db, systemClock);
    expect(await log.chat("42")).toBeUndefined();
    await log.saveChat({ chatId: "42", keyboardGeneration: 3, locale: "en" });
    await log.saveChat({ chatId: "42", keyboardGeneration: 4, locale: "en" });
    expect(await log.chat("42")).toEqual({ chatId: "42", keyboardGeneration: 4, locale: "en" });
  });
});
