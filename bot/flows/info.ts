/** The informational topics: answered from the locale texts, with the follow-up buttons that fit. */
import { formatLira as formatLiraIn } from "../../core/text/lira.ts";
import { branchSealAsked } from "../nlu/branch-seal.ts";
import { cardReaderTroubleTold } from "../nlu/card-reader.ts";
import { cardReuseAsked } from "../nlu/card-reuse.ts";
import { cardWithheldTold } from "../nlu/card-withheld.ts";
import { discountAsked } from "../nlu/discount-asked.ts";
import { encryptionCertificateAsked } from "../nlu/encryption-certificate.ts";
import { expiredCardTold } from "../nlu/expired-card-lost.ts";
import type { Intent } from "../nlu/intents.ts";
import { invoiceAddresseeAsked } from "../nlu/invoice-addressee.ts";
import { newPinAsked } from "../nlu/new-pin-asked.ts";
import { oldCertificateKeptAsked, oldCertificateRevocationAsked } from "../nlu/old-certificate-revocation.ts";
import { pinMeaningAsked } from "../nlu/pin-meaning.ts";
import { pinMissing } from "../nlu/pin-missing.ts";
import { reminderMissingTold } from "../nlu/reminder-missing.ts";
import { sharedCardAsked } from "../nlu/shared-card.ts";
import { shippingFeeAsked } from "../nlu/shipping-fee.ts";
import { signatoryChanged } from "../nlu/signatory-changed.ts";
import { signedDocumentsAsked } from "../nlu/signed-documents.ts";
import { statusMeaningAsked } from "../nlu/status-meaning.ts";
import { suspensionAsked } from "../nlu/suspension-asked.ts";
import { titleShorteningAsked } from "../nlu/title-shortening.ts";
import { sealLossTold } from "../nlu/understand.ts";
import { linksOf } from "../self-service-links.ts";
import type { Turn } from "../turn.ts";

/** Topics answered by one text `info.<intent>`. */
export const infoIntents = [
  "about",
  "difference",
  "before_apply",
  "hsm_vs_card",
  "hsm_requirements",
  "hsm_supply",
  "payment",
  "received",
  "pin_locked",
  "puk",
  "vkn_title_change",
  "address_change",
  "invoice",
  "refund",
  "revoke_undo",
  "renewal",
  "r9",
  "contact",
  "thanks",
  "cancel_application",
] as const satisfies readonly Intent[];

/**
 * Whether a topic asked inside a dialog is answered in passing, the dialog kept and its question
 * asked again (bot/dispatch/intent.ts): the informational answers and the prices, and a status's
 * meaning asked (`folded`, the message). R9 is not: it tells the firm to apply in writing, which
 * ends an application.
 */
export function answeredInPassing(intent: Intent, folded?: string): boolean {
  // "askıda ne demek": the status's meaning is an answer too (answerStatusMeaning), no status check
  if (intent === "cert_status") return folded !== undefined && statusMeaningAsked(folded) !== undefined;
  return intent === "prices" || ((infoIntents as readonly Intent[]).includes(intent) && intent !== "r9");
}

/**
 * "Askıda ne demek", "iptal edildi ne demek", "what does revoked mean": the meaning of that status
 * (bot/nlu/status-meaning.ts), with the status check offered; true when the typed message asked it.
 */
export function answerStatusMeaning(turn: Turn): boolean {
  const term = turn.input.raw === undefined ? undefined : statusMeaningAsked(turn.input.folded);
  if (!term) return false;
  const next = term === "revoked" || term === "expired" ? "apply" : "cert_status";
  turn.say(`info.status_meaning.${term}`, linkParams(turn), [
    { id: `i:${next}`, label: turn.t(`menu.${next}`) },
  ]);
  return true;
}

/** Follow-up buttons per topic (menu intents). */
const followUps: Partial<Record<(typeof infoIntents)[number], Intent[]>> = {
  about: ["difference", "apply"],
  difference: ["apply"],
  before_apply: ["hsm_requirements", "apply"],
  hsm_vs_card: ["hsm_requirements", "apply"],
  hsm_requirements: ["hsm_supply", "apply"],
  received: ["pin_locked", "troubleshoot"],
  pin_locked: ["puk"],
  vkn_title_change: ["apply"],
  address_change: ["agent"],
  renewal: ["apply"],
  refund: ["agent"],
  revoke_undo: ["apply"],
  cancel_application: ["order_status", "agent"],
};

/** The self-service links as text parameters (R3.2, R4.2, R6.1, R7.3, R10.1). */
export function linkParams(turn: Turn): Record<string, string> {
  return { ...linksOf(turn.deps) };
}

/** Formats kuruş as Turkish lira in the conversation's locale. */
export function formatLira(turn: Turn, kurus: number): string {
  return formatLiraIn(kurus, turn.ref.locale === "tr" ? "tr" : "en");
}

/**
 * The PUK already entered wrong ("PUK kodumu 3 kere yanlış girdim", "I entered the PUK wrong"): R4.3's
 * warning comes too late, and "Kilit Çözme" cannot help a card the PUK has disabled.
 */
const pukEnteredWrong = (folded: string) => /\bpuk/.test(folded);
const wrongEntry = /\b(yanlis|hatali|wrong|incorrect\w*)\b/;
const entered = /\b(gir(dim|dik|di|ildi|mis\w*|ilmis\w*)|entered|typed|tried)\b/;

/** Answers one informational topic. */
export function answerInfo(turn: Turn, intent: (typeof infoIntents)[number]): void {
  const folded = turn.input.folded;
  if (intent === "puk" && pukEnteredWrong(folded) && wrongEntry.test(folded) && entered.test(folded)) {
    turn.say("info.puk_entered", linkParams(turn), [
      { id: "i:apply", label: turn.t("menu.apply") },
      { id: "i:agent", label: turn.t("menu.agent") },
    ]);
    return;
  }
  // "PIN nedir", "what is a PIN": what the PIN is for, before what to do when it is locked
  if (intent === "pin_locked" && pinMeaningAsked(folded)) {
    turn.say("info.pin_meaning", linkParams(turn), [
      { id: "i:pin_locked", label: turn.t("menu.pin_locked") },
      { id: "i:puk", label: turn.t("menu.puk") },
    ]);
    return;
  }
  // "zarfın içinde PIN yok", "PIN zarfı gelmedi", "will we get a new PIN?": the PIN is set online,
  // never sent nor asked for
  if (intent === "pin_locked" && (pinMissing(folded) || newPinAsked(folded))) {
    turn.say("info.pin_missing", linkParams(turn), [{ id: "i:agent", label: turn.t("menu.agent") }]);
    return;
  }
  // "unvan çok uzun kısaltabilir miyim": the certificate names the firm by its full unvan
  if (intent === "vkn_title_change" && titleShorteningAsked(folded)) {
    turn.say("info.title_full", linkParams(turn));
    return;
  }
  // "faturayı kime kesiyorsunuz": where the invoice goes (R6.2); on whose name, the call centre
  if (intent === "invoice" && invoiceAddresseeAsked(folded)) {
    turn.say("info.invoice_addressee", linkParams(turn), [{ id: "i:agent", label: turn.t("menu.agent") }]);
    return;
  }
  // "muhasebecimiz kartı iade etmiyor": the domain is silent; revocation is what is known (R7)
  if (intent === "contact" && cardWithheldTold(folded)) {
    turn.say("info.card_withheld", linkParams(turn), [
      { id: "i:revoke", label: turn.t("menu.revoke") },
      { id: "i:agent", label: turn.t("menu.agent") },
    ]);
    return;
  }
  // "yetkili değişti", "we have a new director": the seal names the firm, not the signatory
  if (intent === "vkn_title_change" && signatoryChanged(folded)) {
    turn.say("info.signatory_changed");
    return;
  }
  // "eskisini iptal etmemiz gerekir mi": renewal needs no revocation of the old certificate
  if (intent === "renewal" && sealLossTold(folded) && expiredCardTold(folded)) {
    turn.say("info.expired_card_lost", linkParams(turn), [
      { id: "i:revoke", label: turn.t("menu.revoke") },
      { id: "i:apply", label: turn.t("menu.apply") },
    ]);
    return;
  }
  // "yeni başvuruda aynı kartı mı kullanırız": a new certificate is produced; the old card, unknown
  if (intent === "renewal" && cardReuseAsked(folded)) {
    turn.say("info.card_reuse", linkParams(turn), [
      { id: "i:apply", label: turn.t("menu.apply") },
      { id: "i:agent", label: turn.t("menu.agent") },
    ]);
    return;
  }
  if (intent === "renewal" && oldCertificateRevocationAsked(folded)) {
    turn.say("info.old_certificate", linkParams(turn), [{ id: "i:apply", label: turn.t("menu.apply") }]);
    return;
  }
  // "aynı kartı iki bilgisayarda kullanabilir miyiz": one computer at a time; an HSM to sign from
  // several at once (R2.2)
  if (intent === "hsm_vs_card" && sharedCardAsked(folded)) {
    turn.say("info.shared_card", linkParams(turn), [
      { id: "i:hsm_requirements", label: turn.t("menu.hsm_requirements") },
      { id: "i:apply", label: turn.t("menu.apply") },
    ]);
    return;
  }
  // "şubemiz için de mühür gerekir mi": one seal per VKN; an HSM for branches that sign too (R2.2)
  if (intent === "before_apply" && branchSealAsked(folded)) {
    turn.say("info.branch_seal", linkParams(turn), [
      { id: "i:hsm_vs_card", label: turn.t("menu.hsm_vs_card") },
      { id: "i:apply", label: turn.t("menu.apply") },
    ]);
    return;
  }
  // "hatırlatma maili gelmedi": the address on record, the spam folder, the update (R8.2, R5.1)
  if (intent === "renewal" && reminderMissingTold(folded)) {
    turn.say("info.reminder_missing", linkParams(turn), [
      { id: "i:contact_update", label: turn.t("menu.contact_update") },
      { id: "i:cert_status", label: turn.t("menu.cert_status") },
    ]);
    return;
  }
  if (intent === "renewal" && oldCertificateKeptAsked(folded)) {
    turn.say("info.old_certificate_kept", linkParams(turn), [{ id: "i:apply", label: turn.t("menu.apply") }]);
    return;
  }
  // "kart okuyucu kayboldu", "our card reader is broken": the reader, not the seal; no revocation
  if (intent === "received" && cardReaderTroubleTold(folded)) {
    turn.say("info.card_reader", linkParams(turn), [
      { id: "i:troubleshoot", label: turn.t("menu.troubleshoot") },
    ]);
    return;
  }
  // "şifreleme sertifikası nedir": the card's two certificates, signing and encryption
  if (intent === "about" && encryptionCertificateAsked(folded)) {
    turn.say("info.encryption_certificate", linkParams(turn), [
      { id: "i:difference", label: turn.t("menu.difference") },
    ]);
    return;
  }
  // "imzaladığımız faturalar ne olacak": the domain does not say; the call centre does
  if (intent === "revoke_undo" && signedDocumentsAsked(folded)) {
    turn.say("info.signed_documents", linkParams(turn), [{ id: "i:agent", label: turn.t("menu.agent") }]);
    return;
  }
  // "askıya alınabilir mi": no suspension, only the revocation, which cannot be undone (R7.1)
  if (intent === "revoke_undo" && suspensionAsked(folded)) {
    turn.say("info.no_suspension", linkParams(turn));
    return;
  }
  const buttons = (followUps[intent] ?? []).map((i) => ({ id: `i:${i}`, label: turn.t(`menu.${i}`) }));
  turn.say(`info.${intent}`, linkParams(turn), buttons);
}

/** The seal, its card or the HSM named (folded): their prices asked beside the shipping's. */
const sealPriced = /\b(?:kart\w*|muhur\w*|sertifika\w*|hsm\w*|card|seal|eseal|certificate)\b/;

/**
 * R6.1/R6.2: current prices from the RA's configuration. The shipping's cost asked ("kargo ücretli
 * mi") is not among them: what is known of it, and whom to ask (bot/nlu/shipping-fee.ts), after the
 * prices only when the seal's price is asked too.
 */
export function answerPrices(turn: Turn): void {
  const folded = turn.input.raw === undefined ? "" : turn.input.folded;
  if (shippingFeeAsked(folded)) {
    if (sealPriced.test(folded)) sayPrices(turn);
    turn.say("info.shipping_fee", linkParams(turn), [{ id: "i:delivery", label: turn.t("menu.delivery") }]);
    return;
  }
  // a discount asked: the domain names none (R6.1), so the answer says so before the prices
  if (discountAsked(folded)) turn.say("info.discount_unknown", linkParams(turn));
  sayPrices(turn);
}

function sayPrices(turn: Turn): void {
  const prices = turn.deps.ra.prices();
  turn.say(
    "info.prices",
    {
      card: formatLira(turn, prices.card),
      hsm: formatLira(turn, prices.hsm),
      fee: formatLira(turn, prices.hsmOnSiteFee),
      ...linkParams(turn),
    },
    [{ id: "i:apply", label: turn.t("menu.apply") }],
  );
}
