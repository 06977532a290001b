import type { ApplicationInput } from "../../core/ra/registration-authority.ts";
import { cardApplication, type RaHarness, testPrices } from "./ra-harness.ts";

/**
 * Applies for a card (`application`, by default the tüzel card of VKN 3230512384 from
 * `cardApplication()`) through the harness's RA and pays the card price by virtual POS under
 * `providerRef`: the payment posts at once and the card is produced. Returns the order number and the
 * serial of the signing certificate this production added; throws if none was added.
 */
export async function issueCard(
  h: Pick<RaHarness, "ra" | "engine">,
  providerRef: string,
  application: ApplicationInput = cardApplication(),
): Promise<{ orderNo: string; serial: string }> {
  const before = new Set((await h.engine.findByVkn(application.idNumber)).map((c) => c.serial));
  const { orderNo } = await h.ra.submitApplication(application);
  await h.ra.payments.record({ orderNo, channel: "sanalpos", providerRef, amountKurus: testPrices.card });
  const issued = (await h.engine.findByVkn(application.idNumber)).find(
    (c) => c.kind === "sign" && !before.has(c.serial),
  );
  if (!issued) throw new Error(`order ${orderNo} (${providerRef}) produced no signing certificate`);
  return { orderNo, serial: issued.serial };
}
