/**
 * The configured self-service links, call centre and the CA's e-mail address (`MM_LINK_*`,
 * `MM_CALL_CENTRE`, `MM_CA_EMAIL`, `MM_PAYMENT_URL_TEMPLATE`).
 */
import type { SelfServiceLinks } from "../../bot/self-service-links.ts";
import type { Environment } from "./environment.ts";

/** The links customers are sent to, as the environment sets them (the seed's by default). */
export function selfServiceLinksOf(
  env: Pick<
    Environment,
    | "MM_LINK_ONLINE_URL"
    | "MM_LINK_APPLY_URL"
    | "MM_LINK_POS_URL"
    | "MM_LINK_PRICING_URL"
    | "MM_LINK_RECEIVED_URL"
    | "MM_CALL_CENTRE"
    | "MM_CA_EMAIL"
    | "MM_PAYMENT_URL_TEMPLATE"
  >,
): SelfServiceLinks {
  return {
    onlineUrl: env.MM_LINK_ONLINE_URL,
    applyUrl: env.MM_LINK_APPLY_URL,
    posUrl: env.MM_LINK_POS_URL,
    pricingUrl: env.MM_LINK_PRICING_URL,
    receivedUrl: env.MM_LINK_RECEIVED_URL,
    callCentre: env.MM_CALL_CENTRE,
    caEmail: env.MM_CA_EMAIL,
    paymentUrlTemplate: env.MM_PAYMENT_URL_TEMPLATE,
  };
}
