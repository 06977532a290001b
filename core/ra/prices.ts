/** Prices of R6.1: kept as configuration (the operator's pricing page), never in code paths. */

/** Current prices in kuruş (1 TL = 100 kuruş), VAT included. */
export interface PriceList {
  card: number;
  hsm: number;
  /** The on-site supervision fee for loading a certificate onto an HSM (R2.4). */
  hsmOnSiteFee: number;
}

/** The amount of an order: an HSM order includes the on-site supervision fee (R2.4). */
export function orderAmount(prices: PriceList, medium: "card" | "hsm"): number {
  return medium === "card" ? prices.card : prices.hsm + prices.hsmOnSiteFee;
}
