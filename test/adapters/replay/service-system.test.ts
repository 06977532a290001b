import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import type { ReplaySystem } from "../../../adapters/replay/replay-system.ts";
import { startReplaySystem } from "../../../adapters/replay/service-system.ts";
import { assertPostgresReachable, testPostgresUrl } from "../../helpers/databases.ts";

let system: ReplaySystem | undefined;
afterEach(async () => {
  await system?.close();
  system = undefined;
});

const firm = { title: "ÖRNEK BİLİŞİM ANONİM ŞİRKETİ", email: "bilgi@ornek.com.tr", phone: "+905321234567" };

describe("replay system over the real service", () => {
  it("freezes the clock and seeds valid, revoked and expired certificates through the issuance engine", async () => {
    system = await startReplaySystem({ now: new Date("2026-11-25T07:00:00Z"), locale: "tr" });
    expect(system.clock.now().toISOString()).toBe("2026-11-25T07:00:00.000Z");
    expect((await fetch(`${system.baseUrl}/healthz`)).status).toBe(200);
    await system.seedCertificate({
      ...firm,
      vkn: "3230512384",
      medium: "card",
      status: "valid",
      notBefore: system.clock.now(),
    });
    await system.seedCertificate({
      ...firm,
      vkn: "4540536920",
      medium: "hsm",
      status: "revoked",
      notBefore: new Date("2026-01-10T00:00:00Z"),
    });
    await system.seedCertificate({
      ...firm,
      vkn: "6180884538",
      medium: "card",
      status: "expired",
      notBefore: new Date("2021-11-25T00:00:00Z"),
    });
    const valid = await system.certificatesOf({ vkn: "3230512384" });
    expect(valid.map((c) => [c.kind, c.status]).sort()).toEqual([
      ["encr", "valid"],
      ["sign", "valid"],
    ]);
    expect((await system.certificatesOf({ vkn: "4540536920" })).every((c) => c.status === "revoked")).toBe(
      true,
    );
    expect((await system.certificatesOf({ vkn: "6180884538" }))[0]?.status).toBe("expired");
    const bySerial = await system.certificatesOf({ serial: valid[0]!.serial.toUpperCase() });
    expect(bySerial).toHaveLength(1);
    expect(await system.agentConsole.runCommand("/mm durum 3230512384")).toMatch(/geçerli/);
    expect(await system.agentConsole.runCommand("/mm durum 4540536920")).toMatch(/iptal edildi/);
    expect(await system.delivered()).toEqual([]);
  }, 60_000);

  it("starts each system from empty storage", async () => {
    system = await startReplaySystem({ locale: "tr" });
    expect(await system.certificatesOf({ vkn: "3230512384" })).toEqual([]);
  }, 60_000);
});

describe("replay system on PostgreSQL (DATABASE_URL=postgres://…)", () => {
  it("uses a fresh schema per replay and drops it afterwards", async () => {
    await assertPostgresReachable();
    const previous = process.env.DATABASE_URL;
    process.env.DATABASE_URL = testPostgresUrl;
    try {
      system = await startReplaySystem({ now: new Date("2026-11-25T07:00:00Z"), locale: "tr" });
      await system.seedCertificate({
        ...firm,
        vkn: "3230512384",
        medium: "card",
        status: "valid",
        notBefore: system.clock.now(),
      });
      expect((await system.certificatesOf({ vkn: "3230512384" })).length).toBe(2);
      await system.close();
      system = undefined;
      const client = new pg.Client({ connectionString: testPostgresUrl });
      await client.connect();
      const left = await client.query(
        "SELECT count(*)::int AS n FROM information_schema.schemata WHERE schema_name LIKE 'replay\\_%'",
      );
      await client.end();
      expect(left.rows[0].n).toBe(0);
    } finally {
      if (previous === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = previous;
    }
  }, 60_000);
});
