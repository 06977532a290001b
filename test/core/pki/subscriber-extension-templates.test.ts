import { describe, expect, it } from "vitest";
import { extensionDer } from "../../../core/pki/certificate-builder.ts";
import { subscriberExtensions } from "../../../core/pki/kamusm-profile.ts";
import { defaultProfileConfig } from "../../../core/pki/profile-config.ts";
import { profileExtensions } from "../../../core/pki/qseal-profile.ts";
import { SubscriberExtensionTemplates } from "../../../core/pki/subscriber-extension-templates.ts";

const config = defaultProfileConfig("http://127.0.0.1:3000");
const key = (fill: number) => new Uint8Array(20).fill(fill);

describe("subscriber extension templates", () => {
  for (const kind of ["sign", "encr"] as const) {
    for (const profile of ["kamusm", "qseal"] as const) {
      it(`encode ${kind}/${profile} exactly as the extension specs do, for every subject key`, () => {
        const templates = new SubscriberExtensionTemplates(config);
        for (const [subject, authority] of [
          [1, 9],
          [2, 9],
          [3, 8],
        ] as const) {
          const ids = { subjectKeyId: key(subject), authorityKeyId: key(authority) };
          const expected = [
            ...subscriberExtensions(kind, config, ids),
            ...profileExtensions(profile, kind),
          ].map(extensionDer);
          expect(templates.encode(kind, profile, ids).map((e) => Buffer.from(e).toString("hex"))).toEqual(
            expected.map((e) => Buffer.from(e).toString("hex")),
          );
        }
      });
    }
  }
});
