import { randomUUID } from "node:crypto";
import { BasicOCSPResponse, OCSPResponse, OCSPResponseStatus } from "@peculiar/asn1-ocsp";
import { AsnConvert } from "@peculiar/asn1-schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaCaRepository } from "../../../adapters/db/pki-ca-repository.ts";
import { OcspResponder } from "../../../core/pki/ocsp-responder.ts";
import { ensureOcspSigner } from "../../../core/pki/ocsp-signer.ts";
import {
  newSerialNumber,
  normaliseSerial,
  parseTypedSerial,
  serialFromOctets,
} from "../../../core/pki/serial-number.ts";
import { cryptoRandom } from "../../../core/ports/random.ts";
import { testDialects } from "../../helpers/databases.ts";
import { issueCard } from "../../helpers/issued-card.ts";
import { ocspRequest } from "../../helpers/ocsp-request.ts";
import { createRaHarness, proveContacts, type RaHarness } from "../../helpers/ra-harness.ts";
import { issuingCaRecord } from "../../helpers/test-ca.ts";

describe("serial numbers: one canonical form", () => {
  it("reads a serial however a person types it, and refuses what is not one", () => {
    const canonical = "0a1b2c3d4e5f";
    for (const typed of [
      "0a1b2c3d4e5f",
      "0A:1B:2C:3D:4E:5F",
      "0a 1b 2c 3d 4e 5f",
      "0x0A1B2C3D4E5F",
      "0XA1B2C3D4E5F",
      "a1b2c3d4e5f",
      "00000a1b2c3d4e5f",
      " 0a-1b-2c.3d.4e5f ",
    ]) {
      expect(normaliseSerial(typed), typed).toBe(canonical);
    }
    expect(normaliseSerial("0a1g")).toBeUndefined();
    expect(normaliseSerial("")).toBeUndefined();
    expect(normaliseSerial("0x")).toBeUndefined();
    expect(normaliseSerial("7f".repeat(21))).toBeUndefined();
    expect(normaliseSerial(`0000${"7f".repeat(20)}`)).toBe("7f".repeat(20));
  });

  it("keeps a fresh serial as it is, and reads DER integer octets to the same form", () => {
    for (let i = 0; i < 50; i++) {
      const serial = newSerialNumber(cryptoRandom);
      expect(normaliseSerial(serial)).toBe(serial);
      expect(serialFromOctets(Buffer.from(`00${serial}`, "hex"))).toBe(serial);
    }
    expect(serialFromOctets(new Uint8Array([0]))).toBe("00");
  });

  it("takes a typed serial only when it is long enough to be one", () => {
    expect(parseTypedSerial("0x1234abcd")).toBe("1234abcd");
    expect(parseTypedSerial("12:34:AB:CD")).toBe("1234abcd");
    expect(parseTypedSerial("1234abc")).toBeUndefined();
    expect(parseTypedSerial("1234abc", 4)).toBe("01234abc");
    expect(parseTypedSerial("merhaba")).toBeUndefined();
  });
});

describe.each(testDialects)(
  "one certificate found by any spelling of its serial (RA, status, revocation, OCSP) on $name",
  (dialect) => {
    let h: RaHarness;
    let serial: string;
    let spellings: string[];
    beforeAll(async () => {
      h = await createRaHarness(dialect);
      await proveContacts(h.deps); // R5.1: identity codes go only to proven contacts
      ({ serial } = await issueCard(h, "pos-sn"));
      const pairs = serial.toUpperCase().match(/../g)!;
      spellings = [
        pairs.join(":"),
        pairs.join(" "),
        `0x${serial}`,
        `0X${serial.toUpperCase()}`,
        `0000${serial}`,
        `00:${pairs.join(":")}`,
        serial.replace(/^0/, ""),
      ];
    });
    afterAll(async () => h?.dispose());

    it("the RA's status and the engine answer the same certificate", async () => {
      for (const typed of spellings) {
        expect((await h.ra.certificateStatus(typed))?.serial, typed).toBe(serial);
        expect((await h.engine.findBySerial(typed))?.serial, typed).toBe(serial);
      }
      expect(await h.ra.certificateStatus("0x")).toBeUndefined();
    });

    it("verification by serial reaches the certificate's holder", async () => {
      await h.ra.startVerification({ conversationId: "sn-1", subject: spellings[0]! });
      await h.ra.verifyCode({ conversationId: "sn-1", code: h.outbox.lastCode("bilgi@ornek.com.tr") });
      expect(await h.ra.verifiedSubject("sn-1")).toBe("3230512384");
    });

    it("a pending agent request is found by any spelling", async () => {
      const asked = await h.ra.revocation.byAgent({ serial: spellings[1]!, reason: "gib", agentId: "U1" });
      expect(asked.request.serial).toBe(serial);
      for (const typed of spellings)
        expect((await h.ra.revocation.findPending(typed))?.id, typed).toBe(asked.request.id);
    });

    it("OCSP reads the CertID's INTEGER to the same serial (a padded INTEGER is not DER: malformed)", async () => {
      const repository = new PrismaCaRepository(h.database.db, h.database.dialect);
      const issuing = issuingCaRecord(h.ca);
      const keys = { forUri: () => h.ca.keys, close: async () => {} };
      const deps = { repository, keys, clock: h.clock, random: cryptoRandom, newId: randomUUID };
      const signer = await ensureOcspSigner(deps, issuing);
      const responder = new OcspResponder({ repository, keys, clock: h.clock, issuing, signer });
      const answer = await responder.respond(ocspRequest(h.ca.issuing, [serial]));
      const response = AsnConvert.parse(answer, OCSPResponse);
      const basic = AsnConvert.parse(response.responseBytes!.response.buffer, BasicOCSPResponse);
      const single = basic.tbsResponseData.responses[0]!;
      expect(single.certStatus.good).not.toBeUndefined();
      const padded = AsnConvert.parse(
        await responder.respond(ocspRequest(h.ca.issuing, [`00${serial}`])),
        OCSPResponse,
      );
      expect(padded.responseStatus).toBe(OCSPResponseStatus.malformedRequest);
    });
  },
);
