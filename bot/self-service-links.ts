/**
 * The seed's self-service addresses, named in answers: online transactions with e-Devlet login
 * (R7.3 revocation, R4.2 "Kilit Çözme" PIN unlock, R10.1 validity check), the virtual POS (R3.2),
 * the pricing page (R6.1), the "I received it, what now" page (R4.1) and the call centre (R11).
 * Defaults are the seed's; an engine may be given others ({@link linksOf}).
 */

/** Addresses and numbers customers are sent to. */
export interface SelfServiceLinks {
  onlineUrl: string;
  applyUrl: string;
  posUrl: string;
  pricingUrl: string;
  receivedUrl: string;
  callCentre: string;
}

/** The seed's values. */
export const defaultSelfServiceLinks: Readonly<SelfServiceLinks> = {
  onlineUrl: "https://onlineislemler.kamusm.gov.tr",
  applyUrl: "https://onlineislemler.kamusm.gov.tr/mmbasvuru/giris",
  posUrl: "https://sanalpos.kamusm.gov.tr/index.jsf",
  pricingUrl: "http://mm.kamusm.gov.tr/fiyatlandirma.jsp",
  receivedUrl: "http://mm.kamusm.gov.tr/surecler/aldim_ne_yapmaliyim",
  callCentre: "444 5 576",
};

/** The links of an engine: its configured ones over the seed's defaults. */
export function linksOf(deps: { links?: Partial<SelfServiceLinks> }): SelfServiceLinks {
  return { ...defaultSelfServiceLinks, ...deps.links };
}
