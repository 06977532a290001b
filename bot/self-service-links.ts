/**
 * The seed's self-service addresses, named in answers: online transactions with e-Devlet login
 * (R7.3 revocation, R4.2 "Kilit Çözme" PIN unlock, R10.1 validity check), the virtual POS (R3.2)
 * and its per-order link, the pricing page (R6.1), the "I received it, what now" page (R4.1) and
 * the call centre (R11), the CA's e-mail address for a delivery petition (R3.3.2). Defaults are the seed's; the configuration gives others (`MM_LINK_*`,
 * `MM_CALL_CENTRE`, `MM_PAYMENT_URL_TEMPLATE`), which reach the engine as `EngineDeps.links`.
 */

/** Addresses and numbers customers are sent to; each is also a text parameter of the same name. */
export interface SelfServiceLinks {
  /** Online transactions with e-Devlet login: revocation, PIN unlock, validity check. */
  onlineUrl: string;
  /** The online application form. */
  applyUrl: string;
  /** The virtual POS. */
  posUrl: string;
  /** The page of current prices. */
  pricingUrl: string;
  /** The "I received it, what now" page. */
  receivedUrl: string;
  /** The call centre's number as customers dial it. */
  callCentre: string;
  /** The CA's e-mail address a delivery petition goes to with the imza sirküleri (R3.3.2). */
  caEmail: string;
  /** One order's virtual POS address (core/ra/payment-link.ts). */
  paymentUrlTemplate: string;
}

/** The seed's values. */
export const defaultSelfServiceLinks: Readonly<SelfServiceLinks> = {
  onlineUrl: "https://onlineislemler.kamusm.gov.tr",
  applyUrl: "https://onlineislemler.kamusm.gov.tr/mmbasvuru/giris",
  posUrl: "https://sanalpos.kamusm.gov.tr/index.jsf",
  pricingUrl: "http://mm.kamusm.gov.tr/fiyatlandirma.jsp",
  receivedUrl: "http://mm.kamusm.gov.tr/surecler/aldim_ne_yapmaliyim",
  callCentre: "444 5 576",
  caEmail: "bilgi@kamusm.gov.tr",
  paymentUrlTemplate: "https://sanalpos.kamusm.gov.tr/index.jsf?siparis={orderNo}",
};

/** The links of an engine: its configured ones over the seed's defaults. */
export function linksOf(deps: { links?: Partial<SelfServiceLinks> }): SelfServiceLinks {
  return { ...defaultSelfServiceLinks, ...deps.links };
}

type Params = Record<string, string | number>;

/**
 * Wraps a text lookup so that every text may name a link (`{{callCentre}}`, `{{onlineUrl}}` …):
 * the links are given as parameters under the caller's own.
 */
export function withLinks<L>(
  texts: (locale: L, key: string, params?: Params) => string,
  links: SelfServiceLinks,
): (locale: L, key: string, params?: Params) => string {
  const base: Params = { ...links };
  return (locale, key, params) => texts(locale, key, params ? { ...base, ...params } : base);
}
