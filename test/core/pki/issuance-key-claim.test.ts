/**
 * Issue #16 (integrity): two productions of one order at once (the produce_card job and the inline
 * run, two payment notices, two instances) must never generate two keys on the card: the order's
 * key generation is claimed, the second production waits for the first one's key, and every
 * certificate of the order is for the key that is on the card.
 */
import { AsnConvert } from "@peculiar/asn1-schema";
import { Certificate } from "@peculiar/asn1-x509";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PrismaCaRepository } from "../../../adapters/db/pki-ca-repository.ts";
import { FrozenClock } from "../../../core/ports/clock.ts";
import type { KeyManager, KeyManagerResolver } from "../../../core/ports/key-manager.ts";
import { type CaDatabase, createCaDatabase } from "../../helpers/ca-database.ts";
import { type freshDatabase, testDialects } from "../../helpers/databases.ts";
import { type TestCa, testEngine } from "../../helpers/test-ca.ts";

/** The test CA's key store, counting key generations per URI. */
function countingKeys(ca: TestCa): { resolver: KeyManagerResolver; generated: Map<string, number> } {
  const generated = new Map<string, number>();
  const store = ca.keys;
  const counting: KeyManager = {
    generateKey: (request) => {
      generated.set(request.uri, (generated.get(request.uri) ?? 0) + 1);
      return store.generateKey(request);
    },
    getPublicKey: (uri) => store.getPublicKey(uri),
    sign: (request) => store.sign(request),
    storeCertificate: (uri, der, label) => store.storeCertificate(uri, der, label),
    close: () => store.close(),
  };
  return { resolver: { forUri: () => counting, close: async () => {} }, generated };
}

function spkiOf(der: Uint8Array): Buffer {
  const tbs = AsnConvert.parse(der, Certificate).tbsCertificate;
  return Buffer.from(AsnConvert.serialize(tbs.subjectPublicKeyInfo));
}

describe.each(testDialects)("two productions of one order at once on $name", (dialect) => {
  let ca: TestCa;
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  const clock = new FrozenClock("2026-11-20T07:00:00Z");

  let stored: CaDatabase;
  beforeEach(async () => {
    stored = await createCaDatabase(dialect);
    ({ ca, database } = stored);
  });
  afterEach(() => stored.dispose());

  it("generate one key on a fresh card and issue both certificates for the key on the card", async () => {
    const { resolver, generated } = countingKeys(ca);
    // three instances (three repositories, three engines) over one database and one token; the
    // first one also runs the order twice at once (the produce_card job and the inline run)
    const instances = [0, 1, 2].map(() =>
      testEngine(ca, new PrismaCaRepository(database.db, database.dialect), clock, resolver),
    );
    const engines = [instances[0]!, ...instances];
    const tokenUri = "softkey:card-race-1";
    const order = {
      orderId: "MM-RACE-1",
      vkn: "3230512384",
      title: "Örnek Bilişim A.Ş.",
      tokenUri,
      actor: "ra",
    };
    const results = await Promise.allSettled(engines.map((engine) => engine.issueForOrder(order)));
    const failures = results.filter((r) => r.status === "rejected").map((r) => String(r.reason));
    expect(failures).toEqual([]);
    expect(generated.get(tokenUri)).toBe(1);

    const onCard = Buffer.from((await ca.keys.getPublicKey(tokenUri)).spki);
    const rows = await new PrismaCaRepository(database.db, database.dialect).byVkn("3230512384");
    const issued = rows.filter((r) => r.state === "issued");
    expect(issued.map((r) => r.kind).sort()).toEqual(["encr", "sign"]);
    for (const row of issued) expect(spkiOf(row.certDer!).equals(onCard)).toBe(true);
    // every production answers with the same two certificates
    const serials = results.map((r) => (r.status === "fulfilled" ? r.value.signing.serial : ""));
    expect(new Set(serials).size).toBe(1);
  }, 60_000);
});
