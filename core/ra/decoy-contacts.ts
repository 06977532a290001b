/**
 * Plausible contacts for a subject nobody registered (`interfaces.md` §4: an unknown VKN is answered
 * like a known one). A decoy is a whole e-mail address and mobile number, derived from the subject
 * under a server secret (the same subject always gets the same decoy), and goes through the same
 * masking functions as a real contact, so the masked answer has the same shape. A named contact shows
 * only the first letters of its local part and domain and the domain's public suffix
 * (maskEmailAndDomain): the lists below give decoys every first letter (of the Turkish alphabet
 * written in ASCII) and every common suffix, so that none of these shown tells a firm from a decoy.
 */
import { createHmac } from "node:crypto";

const localParts = [
  "bilgi",
  "info",
  "muhasebe",
  "iletisim",
  "finans",
  "destek",
  "yonetim",
  "satis",
  "ofis",
  "kurumsal",
  "ahmet",
  "mehmet",
  "ayse",
  "fatma",
  "mustafa",
  "zeynep",
  "emre",
  "elif",
  "hakan",
  "selin",
  "cem",
  "ceren",
  "genel",
  "gizem",
  "jale",
  "levent",
  "leyla",
  "nur",
  "nihat",
  "personel",
  "pinar",
  "rapor",
  "recep",
  "tolga",
  "teklif",
  "umut",
  "ugur",
  "volkan",
  "veli",
];
const freeMail = ["gmail.com", "hotmail.com", "outlook.com", "yandex.com", "yahoo.com", "icloud.com"];
const stems = [
  "anadolu",
  "marmara",
  "ege",
  "akdeniz",
  "kaya",
  "demir",
  "yildiz",
  "ozturk",
  "aydin",
  "sahin",
  "celik",
  "arslan",
  "dogan",
  "korkmaz",
  "ulus",
  "toros",
  "bereket",
  "baskent",
  "firat",
  "fidan",
  "guven",
  "gunes",
  "hilal",
  "hisar",
  "ipek",
  "inci",
  "jet",
  "lale",
  "lider",
  "nehir",
  "nova",
  "pamuk",
  "pinar",
  "rota",
  "ritim",
  "vadi",
  "vatan",
  "zirve",
  "zafer",
];
const trades = [
  "",
  "bilisim",
  "insaat",
  "gida",
  "tekstil",
  "lojistik",
  "enerji",
  "grup",
  "ticaret",
  "yazilim",
];
/**
 * Public suffixes, most of them `.com.tr`: the suffix is shown whole when a contact is named
 * (core/privacy/mask.ts, maskEmailAndDomain), so decoys have every kind registered firms, foundations
 * and public bodies use, and a suffix shown never tells a firm on record from a decoy.
 */
const suffixes = [
  ".com.tr",
  ".com",
  ".com.tr",
  ".net.tr",
  ".com.tr",
  ".com",
  ".com.tr",
  ".net",
  ".org.tr",
  ".org",
  ".gen.tr",
  ".gov.tr",
  ".bel.tr",
  ".edu.tr",
  ".tr",
  ".com.tr",
];
/** Turkish mobile prefixes after +90 (operators' 5xx ranges). */
const mobilePrefixes = [
  "530",
  "532",
  "533",
  "535",
  "536",
  "537",
  "538",
  "539",
  "541",
  "542",
  "543",
  "544",
  "545",
  "505",
  "506",
  "507",
  "551",
  "552",
  "553",
  "555",
];

/** Which contacts a code is said to have gone to. */
export type NamedContacts = "both" | "email" | "phone";

/**
 * A subscriber whose phone (or e-mail) is not proven is told of one contact only, so decoys name one
 * contact too, in one subject of four (the same subject always the same): a one-contact answer then
 * never proves that a VKN is on record.
 */
function decoyNames(byte: number): NamedContacts {
  const share = byte % 8;
  return share === 0 ? "email" : share === 1 ? "phone" : "both";
}

/** A decoy e-mail address and mobile number (+905XXXXXXXXX) for a subject, and which of them a code is said to have gone to. */
export function decoyContact(
  secret: Uint8Array,
  subject: string,
): { email: string; phone: string; names: NamedContacts } {
  const h = createHmac("sha256", secret).update(`decoy:${subject}`).digest();
  const pick = <T>(list: readonly T[], byte: number): T => list[h[byte]! % list.length]!;
  const local = pick(localParts, 0);
  const domain =
    h[1]! % 3 === 0 ? pick(freeMail, 2) : `${pick(stems, 3)}${pick(trades, 4)}${pick(suffixes, 5)}`;
  const subscriber = String(h.readUInt32BE(6) % 10_000_000).padStart(7, "0");
  return {
    email: `${local}@${domain}`,
    phone: `+90${pick(mobilePrefixes, 10)}${subscriber}`,
    names: decoyNames(h[11]!),
  };
}
