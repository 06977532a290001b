import { AsnConvert } from "@peculiar/asn1-schema";
import { describe, expect, it } from "vitest";
import {
  buildName,
  type NameAttribute,
  nameDerOf,
  turkishUpperCase,
} from "../../../core/pki/distinguished-name.ts";
import { subjectAttributes } from "../../../core/pki/qseal-profile.ts";

const hex = (bytes: ArrayBuffer | Uint8Array) => Buffer.from(new Uint8Array(bytes)).toString("hex");

describe("subject names", () => {
  it.each([
    ["kamusm", subjectAttributes("kamusm", "3230512384", turkishUpperCase("Örnek Bilişim Ltd. Şti."))],
    ["qseal", subjectAttributes("qseal", "3230512384", turkishUpperCase("ığüşöç A.Ş."))],
    [
      "a 200-character unvan (long length octets)",
      [{ type: "commonName", value: "Ç".repeat(200) }] as NameAttribute[],
    ],
  ])("writes the %s Name exactly as asn1-schema encodes it", (_what, attributes) => {
    expect(hex(nameDerOf(attributes))).toBe(hex(AsnConvert.serialize(buildName(attributes))));
  });
});
