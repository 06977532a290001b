/**
 * A lost-card revocation by a firm whose only certificate has expired (tester 20's d11) answered
 * "İptal edilebilecek geçerli bir sertifika bulunamadı": now it says the certificate expired (with
 * its date), so nothing needs revoking, and a new mali mühür is a new application (R8.3, R7.4).
 */
import { describe, expect, it } from "vitest";
import { firmA } from "../../helpers/two-firms.ts";
import { setup } from "../harness.ts";

async function verifiedForRevocation(
  seed: Parameters<Awaited<ReturnType<typeof setup>>["addCertificate"]>[0],
) {
  const ctx = await setup();
  await ctx.world.addCertificate(seed);
  await ctx.chat.say("kartımız kayboldu iptal etmek istiyoruz");
  await ctx.chat.say(firmA.vkn);
  const answer = await ctx.chat.say(ctx.world.lastCodeTo(firmA.email)!);
  return { ...ctx, answer };
}

describe("a revocation when the only certificate has expired", () => {
  it("says it expired on its date, needs no revocation, and a new application is needed", async () => {
    const { answer, chat } = await verifiedForRevocation({
      ...firmA,
      notBefore: "2023-01-10",
      status: "expired",
    });
    expect(answer).toMatch(/süresi .*dolmuş/);
    expect(answer).toMatch(/2026/);
    expect(answer).toMatch(/iptal etmeniz gerekmez/);
    expect(answer).toMatch(/yeniden başvur/);
    expect(answer).not.toContain("bulunamadı");
    expect(chat.buttons()).toContain("Başvuru");
  });

  it("a valid certificate is still offered for revocation", async () => {
    const { answer } = await verifiedForRevocation(firmA);
    expect(answer).toMatch(/İptal nedeni/);
  });
});
