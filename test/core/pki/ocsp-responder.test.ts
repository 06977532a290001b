import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PrismaCaRepository } from "../../../adapters/db/pki-ca-repository.ts";
import type { IssuanceEngine } from "../../../core/pki/issuance-engine.ts";
import type { OcspResponder } from "../../../core/pki/ocsp-responder.ts";
import { FrozenClock } from "../../../core/ports/clock.ts";
import { testDialects } from "../../helpers/databases.ts";
import { ocspRequest } from "../../helpers/ocsp-request.ts";
import { type OcspStack, ocspAnswerOf as read, startOcspStack } from "../../helpers/ocsp-stack.ts";
import type { TestCa } from "../../helpers/test-ca.ts";

describe.each(testDialects)("OCSP responder, pre-signed responses on $name", (dialect) => {
  let stack: OcspStack;
  let ca: TestCa;
  let engine: IssuanceEngine;
  let responder: OcspResponder;
  const clock = new FrozenClock("2026-11-20T07:00:00Z");

  beforeEach(async () => {
    stack = await startOcspStack(dialect, clock);
    ({ ca, engine } = stack);
    responder = stack.responder();
  });
  afterEach(() => stack.dispose());

  const order = {
    orderId: "MM-O",
    vkn: "3230512384",
    title: "Örnek A.Ş.",
    tokenUri: "softkey:card-o",
    actor: "t",
  };

  it("signs a request without a nonce once, answers repeats from the kept response, and shows a revocation at once", async () => {
    const { signing } = await engine.issueForOrder(order);
    const request = ocspRequest(ca.issuing, [signing.serial]);
    const first = await responder.respond(request);
    expect(read(first).status).toBe("good");
    clock.advance(5_000);
    const second = await responder.respond(request);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    expect(stack.signatures()).toBe(1);
    await engine.revoke({ serial: signing.serial, reason: "keyCompromise", actor: "t" });
    const afterRevocation = await responder.respond(request);
    expect(read(afterRevocation).status).toBe("revoked");
    expect(stack.signatures()).toBe(2);
  });

  it("sees a revocation written by another process (another repository on the same database)", async () => {
    const { signing } = await engine.issueForOrder(order);
    const request = ocspRequest(ca.issuing, [signing.serial]);
    expect(read(await responder.respond(request)).status).toBe("good");
    const elsewhere = new PrismaCaRepository(stack.database.db, stack.database.dialect);
    expect(await elsewhere.revokeOnce(signing.serial, clock.now(), 1)).toBe(true);
    expect(read(await responder.respond(request)).status).toBe("revoked");
  });

  it("signs every nonce request afresh and renews a kept response after half its validity", async () => {
    const { signing } = await engine.issueForOrder(order);
    const a = await responder.respond(ocspRequest(ca.issuing, [signing.serial], true));
    const b = await responder.respond(ocspRequest(ca.issuing, [signing.serial], true));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
    expect(stack.signatures()).toBe(2);
    const request = ocspRequest(ca.issuing, [signing.serial]);
    const kept = await responder.respond(request);
    clock.advance(31 * 60_000);
    const renewed = await responder.respond(request);
    expect(read(renewed).producedAt).not.toBe(read(kept).producedAt);
    expect(stack.signatures()).toBe(4);
  });

  it("answers unknown for never-issued serials and never keeps such an answer", async () => {
    const request = ocspRequest(ca.issuing, ["1234567890abcdef"]);
    expect(read(await responder.respond(request)).status).toBe("unknown");
    expect(read(await responder.respond(request)).status).toBe("unknown");
    expect(stack.signatures()).toBe(2);
    expect(responder.keptBytes).toBe(0);
  });
});
