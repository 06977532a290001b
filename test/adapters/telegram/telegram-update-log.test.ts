import { afterAll, describe, expect, it } from "vitest";
import { systemClock } from "../../../core/ports/clock.ts";
import { TelegramUpdateLog } from "../../../adapters/db/telegram-updates.ts";
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
    expect(await log.claim("1", 2_147_483_648)).toBe(true);
    expect(await log.claim("1", 2_147_483_648)).toBe(false);
    expect(await log.claim("2", 2_147_483_648)).toBe(true);
    const racing = await Promise.all([log.claim("1", 5), log.claim("1", 5), log.claim("1", 5)]);
    expect(racing.filter(Boolean)).toHaveLength(1);
    expect(await log.prune(-1)).toBe(3); // everything older than an hour from now
    expect(await log.claim("1", 5)).toBe(true);
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
