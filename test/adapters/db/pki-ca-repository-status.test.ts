import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PrismaCaRepository } from "../../../adapters/db/pki-ca-repository.ts";
import { freshDatabase, testDialects } from "../../helpers/databases.ts";

describe.each(testDialects)("certificate status reads on $name", (dialect) => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let repository: PrismaCaRepository;

  beforeEach(async () => {
    database = await freshDatabase(dialect);
    repository = new PrismaCaRepository(database.db, database.dialect);
  });
  afterEach(async () => {
    await database.dispose();
  });

  async function issued(serial: string): Promise<void> {
    const row = await repository.insertPendingOrGet({
      id: randomUUID(),
      serial,
      issuanceKey: `O-${serial}:sign`,
      vkn: "3230512384",
      subjectCn: "ÖRNEK A.Ş.",
      kind: "sign",
      profile: "kamusm",
      issuerId: "ca-1",
      tbsDer: Uint8Array.of(0x30, 0x00),
      state: "pending",
      notBefore: new Date("2026-11-25T08:00:00Z"),
      notAfter: new Date("2029-11-25T08:00:00Z"),
    });
    await repository.markIssued(row.id, Uint8Array.of(0x30, 0x00));
  }

  it("answers many concurrent reads (one batched query) each with its own serial's status", async () => {
    const serials = Array.from({ length: 40 }, (_, i) => `7a${i.toString(16).padStart(4, "0")}`);
    for (const serial of serials) await issued(serial);
    await repository.revokeOnce(serials[3]!, new Date("2026-11-25T09:00:00Z"), 1);
    const asked = [...serials, "7fffff", serials[3]!];
    const answers = await Promise.all(asked.map((s) => repository.statusBySerial(s)));
    expect(answers.map((a) => a?.serial)).toEqual([...serials, undefined, serials[3]]);
    expect(answers[3]).toMatchObject({ state: "issued", revocationReason: 1 });
    expect(answers[3]!.revokedAt?.toISOString()).toBe("2026-11-25T09:00:00.000Z");
    expect(answers[4]!.revokedAt).toBeUndefined();
  });

  it("never serves a status from memory: a revocation shows in the very next read", async () => {
    await issued("7b01");
    expect((await repository.statusBySerial("7b01"))?.revokedAt).toBeUndefined();
    await repository.revokeOnce("7b01", new Date("2026-11-25T09:00:00Z"), 1);
    expect((await repository.statusBySerial("7b01"))?.revokedAt).toBeDefined();
  });

  it("reads the same statuses through Prisma on a client openDatabase did not open (no driver-level reads)", async () => {
    await issued("7c01");
    await issued("7c02");
    await repository.revokeOnce("7c02", new Date("2026-11-25T09:00:00Z"), 4);
    // a client of another identity: the driver-level reads are registered per client opened
    const viaPrisma = new PrismaCaRepository(new Proxy(database.db, {}), database.dialect);
    const asked = ["7c01", "7c02", "7cff"];
    const expected = await Promise.all(asked.map((s) => repository.statusBySerial(s)));
    expect(await Promise.all(asked.map((s) => viaPrisma.statusBySerial(s)))).toEqual(expected);
    expect(expected[1]).toMatchObject({ serial: "7c02", state: "issued", revocationReason: 4 });
    expect(expected[2]).toBeUndefined();
  });
});
