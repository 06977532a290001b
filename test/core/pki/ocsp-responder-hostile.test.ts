import { OCSPRequest } from "@peculiar/asn1-ocsp";
import { AsnConvert } from "@peculiar/asn1-schema";
import { GeneralName } from "@peculiar/asn1-x509";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { IssuanceEngine } from "../../../core/pki/issuance-engine.ts";
import { FrozenClock } from "../../../core/ports/clock.ts";
import { testDialects } from "../../helpers/databases.ts";
import { ocspRequest } from "../../helpers/ocsp-request.ts";
import { type OcspStack, ocspAnswerOf, startOcspStack } from "../../helpers/ocsp-stack.ts";
import type { TestCa } from "../../helpers/test-ca.ts";

const MALFORMED = "30030a0101";
const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");
const statusOf = (der: Uint8Array) => ocspAnswerOf(der).status;

describe.each(testDialects)("OCSP responder against hostile requests on $name", (dialect) => {
  let stack: OcspStack;
  let ca: TestCa;
  let engine: IssuanceEngine;
  const clock = new FrozenClock("2026-11-20T07:00:00Z");
  const build = (options?: { cacheBytes?: number }) => stack.responder(options);

  beforeEach(async () => {
    stack = await startOcspStack(dialect, clock);
    ({ ca, engine } = stack);
  });
  afterEach(() => stack.dispose());

  const issue = async (n: number) =>
    (
      await engine.issueForOrder({
        orderId: `MM-H${n}`,
        vkn: "3230512384",
        title: "Örnek A.Ş.",
        tokenUri: `softkey:card-h${n}`,
        actor: "t",
      })
    ).signing.serial;

  it("answers malformedRequest to long serials, trailing bytes and BER lengths, signing nothing", async () => {
    const responder = build();
    const serial = await issue(1);
    const good = ocspRequest(ca.issuing, [serial]);
    const indefinite = Uint8Array.from([
      0x30,
      0x80,
      ...good.subarray(good[1]! < 0x80 ? 2 : 2 + (good[1]! & 0x7f)),
      0x00,
      0x00,
    ]);
    for (const bad of [
      ocspRequest(ca.issuing, ["7f".repeat(21)]),
      Uint8Array.from([...good, 0x00]),
      Uint8Array.from([...good, ...good]),
      indefinite,
    ])
      expect(hex(await responder.respond(bad))).toBe(MALFORMED);
    expect(stack.signatures()).toBe(0);
    expect(statusOf(await responder.respond(good))).toBe("good");
  });

  it("keeps answers by CertID: requests differing elsewhere share one signature", async () => {
    const responder = build();
    const serial = await issue(2);
    const plain = ocspRequest(ca.issuing, [serial]);
    const variants = [plain];
    for (let i = 0; i < 5; i++) {
      const parsed = AsnConvert.parse(plain, OCSPRequest);
      parsed.tbsRequest.requestorName = new GeneralName({ dNSName: `client${i}.example` });
      variants.push(new Uint8Array(AsnConvert.serialize(parsed)));
    }
    const answers = await Promise.all(variants.map((v) => responder.respond(v)));
    await Promise.all(variants.map((v) => responder.respond(v)));
    expect(new Set(answers.slice(1).map(hex)).size).toBe(1);
    expect(stack.signatures()).toBeLessThanOrEqual(variants.length); // the first concurrent wave may sign each
    const before = stack.signatures();
    for (const v of variants) expect(statusOf(await responder.respond(v))).toBe("good");
    expect(stack.signatures()).toBe(before);
  });

  it("bounds the kept answers in bytes, dropping the oldest", async () => {
    const serials = [await issue(3), await issue(4), await issue(5), await issue(6)];
    const probe = build();
    const one = (await probe.answer(ocspRequest(ca.issuing, [serials[0]!]))).der.byteLength;
    const limit = Math.floor(2.5 * (one + 400));
    const responder = build({ cacheBytes: limit });
    for (const s of serials) await responder.respond(ocspRequest(ca.issuing, [s]));
    expect(responder.keptBytes).toBeGreaterThan(0);
    expect(responder.keptBytes).toBeLessThanOrEqual(limit);
    const signed = stack.signatures();
    await responder.respond(ocspRequest(ca.issuing, [serials[3]!])); // newest: kept
    expect(stack.signatures()).toBe(signed);
    await responder.respond(ocspRequest(ca.issuing, [serials[0]!])); // oldest: dropped
    expect(stack.signatures()).toBe(signed + 1);
  });

  it("gives a kept answer its HTTP caching data, and none to unknown or nonce answers", async () => {
    const responder = build();
    const serial = await issue(8);
    const kept = await responder.answer(ocspRequest(ca.issuing, [serial]));
    expect(kept.caching?.thisUpdate.toISOString()).toBe("2026-11-20T07:00:00.000Z");
    expect(kept.caching?.nextUpdate.toISOString()).toBe("2026-11-20T08:00:00.000Z");
    expect(kept.caching?.etag).toMatch(/^"[0-9a-f]{40}"$/);
    expect((await responder.answer(ocspRequest(ca.issuing, [serial]))).caching?.etag).toBe(
      kept.caching?.etag,
    );
    expect((await responder.answer(ocspRequest(ca.issuing, ["0badc0de"]))).caching).toBeUndefined();
    expect((await responder.answer(ocspRequest(ca.issuing, [serial], true))).caching).toBeUndefined();
  });
});
