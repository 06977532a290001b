/**
 * The hand-weighted keyword rules the bot used before the classifier (kept as the baseline of
 * `npm run nlu:eval` and `npm run bench -- nlu`, and for the "is this another topic?" test of the
 * verification step): each intent has folded phrases (matched as whole words inside the message)
 * and word stems (matched against each word, tolerating Turkish suffixes and one typo), each with
 * a weight. The best-scoring intent wins when it scores at least 1.
 */
import { tokensOf } from "./fold.ts";
import { stemMatch } from "./fuzzy.ts";
import type { Intent } from "./intent-names.ts";

type Weighted = [string, number];

interface IntentRule {
  phrases?: Weighted[];
  stems?: Weighted[];
}

// Folded forms (no diacritics, no hyphens inside words). Weights: 3 decisive, 2 strong, 1 hint.
const rules: Partial<Record<Intent, IntentRule>> = {
  greeting: {
    stems: [
      ["merhaba", 1],
      ["selam", 1],
      ["hello", 1],
      ["gunaydin", 1],
      ["hey", 1],
    ],
    phrases: [
      ["iyi gunler", 1],
      ["hi", 1],
      ["iyi aksamlar", 1],
    ],
  },
  thanks: {
    stems: [
      ["tesekkur", 2],
      ["sagol", 2],
      ["thank", 2],
    ],
    phrases: [["eyvallah", 2]],
  },
  apply: {
    stems: [
      ["basvur", 2],
      ["apply", 2],
      ["applica", 2],
      ["satinal", 2],
    ],
    phrases: [
      ["almak istiyorum", 2],
      ["satin al", 2],
      ["mali muhur al", 2],
      ["yeni sertifika", 1.5],
      ["sign up", 2],
    ],
  },
  about: {
    stems: [["nedir", 1]],
    phrases: [
      ["mali muhur", 0.5],
      ["ne ise yarar", 2],
      ["ne demek", 1.5],
      ["what is", 1.5],
      ["what does", 1],
      ["seal", 0.5],
    ],
  },
  difference: {
    stems: [
      ["eimza", 2],
      ["fark", 1],
      ["differ", 1],
      ["esignature", 2],
      ["nitelikli", 1],
    ],
    phrases: [
      ["e signature", 2],
      ["electronic signature", 2],
    ],
  },
  before_apply: {
    phrases: [
      ["basvurmadan once", 3],
      ["basvuru oncesi", 3],
      ["basvurudan once", 3],
      ["ne bilmeliyim", 2],
      ["before applying", 3],
      ["before i apply", 3],
      ["gib kayd", 2],
      ["efatura kayd", 2],
      ["efaturaya kayit", 2],
      ["edefter kayd", 2],
      ["gib e kayit", 2],
      ["efatura", 0.5],
    ],
  },
  hsm_vs_card: {
    stems: [
      ["hangisi", 1.5],
      ["hsm", 1],
      ["which", 1],
    ],
    phrases: [
      ["dakikada", 3],
      ["per minute", 3],
      ["a minute", 2],
      ["birden fazla kisi", 2],
      ["subelerimiz", 2],
      ["kart mi", 1],
      ["hsm mi", 1.5],
      ["smart card or", 1.5],
      ["akilli kart", 0.5],
      ["card or hsm", 2],
    ],
  },
  hsm_requirements: {
    stems: [
      ["gereksinim", 2],
      ["gereklilik", 2],
      ["requirement", 2],
      ["fips", 2],
      ["sartlar", 1],
      ["kosul", 1],
    ],
    phrases: [
      ["eal4", 2],
      ["hsm ozellik", 2],
      ["hsm sart", 2],
    ],
  },
  hsm_supply: {
    stems: [["dirak", 3]],
    phrases: [
      ["hsm nereden", 3],
      ["hsm sat", 2],
      ["hsm kim", 2],
      ["hsm temin", 3],
      ["hsm kurulum", 2],
      ["buy an hsm", 3],
      ["where can i get", 2],
    ],
  },
  order_status: {
    stems: [
      ["siparis", 2],
      ["durum", 1],
      ["order", 2],
      ["odedim", 2],
    ],
    phrases: [
      ["ne durumda", 1.5],
      ["order status", 3],
      ["odeme yaptim", 2],
    ],
  },
  payment: {
    stems: [
      ["vakifbank", 3],
      ["ziraat", 3],
      ["payment", 1.5],
      ["odeme", 1.5],
    ],
    phrases: [
      ["nasil oder", 3],
      ["odeme nasil", 3],
      ["sanal pos", 3],
      ["how do i pay", 3],
      ["how to pay", 3],
      ["borc sorgula", 3],
    ],
  },
  production: {
    stems: [
      ["uretil", 2],
      ["uretim", 2],
      ["produc", 2],
    ],
    phrases: [
      ["ne zaman", 1],
      ["when will", 1],
      ["ne zaman hazir", 2],
      ["ne kadar sure", 4],
      ["ne kadar surer", 4],
      ["kac gun", 4],
      ["how long", 4],
    ],
  },
  delivery: {
    stems: [
      ["kargo", 2],
      ["teslimat", 2],
      ["takip", 1],
      ["deliver", 2],
      ["shipping", 2],
      ["vekalet", 2],
      ["dilekce", 2],
    ],
    phrases: [
      ["teslim alamiyor", 3],
      ["yetkili ayrildi", 3],
      ["imza yetkilisi yok", 3],
      ["kim teslim", 2],
    ],
  },
  received: {
    stems: [
      ["geldi", 2],
      ["kurulum", 2],
      ["received", 2],
      ["arrived", 2],
      ["install", 2],
    ],
    phrases: [
      ["teslim aldim", 3],
      ["elime ulasti", 3],
      ["ne yapmaliyim", 1],
      ["ne yapmam gerek", 1],
      ["what now", 1.5],
      ["kartim geldi", 3],
      ["got my card", 3],
      ["nasil kurarim", 3],
    ],
  },
  pin_locked: {
    stems: [
      ["bloke", 2],
      ["kilit", 2],
      ["locked", 2],
      ["blocked", 2],
      ["pin", 1.5],
    ],
    phrases: [
      ["unuttum", 1],
      ["forgot", 1],
      ["yanlis girdim", 1.5],
    ],
  },
  puk: { stems: [["puk", 3]] },
  contact_update: {
    stems: [
      ["guncelle", 2],
      ["update", 2],
      ["eposta", 1],
      ["email", 1],
      ["mail", 1],
      ["telefon", 1],
      ["degistir", 1],
    ],
    phrases: [
      ["iletisim bilgi", 2],
      ["contact details", 2],
      ["numaram degisti", 3],
      ["adresim degisti", 2],
      ["change my", 1.5],
    ],
  },
  vkn_title_change: {
    stems: [
      ["unvan", 2],
      ["degis", 1],
      ["changed", 1],
    ],
    phrases: [
      ["vkn degis", 3],
      ["vergi numara", 1],
      ["sirket adi", 2],
      ["nevi degis", 3],
      ["company name", 2],
      ["tax number changed", 3],
      ["title changed", 3],
    ],
  },
  prices: {
    stems: [
      ["fiyat", 3],
      ["ucret", 3],
      ["price", 3],
      ["cost", 3],
      ["pricing", 3],
    ],
    phrases: [
      ["ne kadar", 3],
      ["kac tl", 3],
      ["how much", 3],
    ],
  },
  invoice: {
    stems: [
      ["fatura", 2],
      ["invoice", 3],
    ],
    phrases: [
      ["faturam", 2],
      ["fatura bilgi", 3],
      ["fatura yanlis", 3],
      ["yanlis fatura", 3],
      ["fatura gelmedi", 3],
    ],
  },
  refund: {
    stems: [
      ["iade", 3],
      ["refund", 3],
    ],
    phrases: [
      ["parami geri", 3],
      ["para geri", 3],
      ["money back", 3],
    ],
  },
  revoke: {
    stems: [
      ["kaybet", 3],
      ["kaybol", 3],
      ["kayip", 2],
      ["calin", 3],
      ["calindi", 3],
      ["calinti", 3],
      ["revok", 3],
      ["lost", 2],
      ["stolen", 3],
    ],
    phrases: [
      ["iptal et", 2],
      ["iptal etmek", 3],
      ["sertifika iptal", 3],
      ["iptali", 2],
      ["iptal ettir", 3],
    ],
  },
  renewal: {
    stems: [
      ["yenile", 3],
      ["renew", 3],
      ["expir", 2],
      ["hatirlatma", 2],
    ],
    phrases: [
      ["suresi dol", 3],
      ["suresi bit", 3],
      ["kac yil", 2],
      ["gecerlilik sure", 2],
    ],
  },
  r9: {
    stems: [
      ["kooperatif", 3],
      ["kollektif", 3],
      ["mersis", 3],
      ["cooperative", 3],
    ],
    phrases: [
      ["adi ortaklik", 3],
      ["yabanci ortak", 3],
      ["yabanci sermaye", 3],
      ["organize sanayi", 3],
      ["osb", 3],
      ["fon", 1.5],
      ["kimler basvuramaz", 3],
      ["online basvuramaz", 3],
      ["cevrim ici basvuramaz", 3],
      ["ordinary partnership", 3],
      ["foreign owned", 3],
      ["yazili basvuru", 2],
    ],
  },
  troubleshoot: {
    stems: [
      ["hata", 2],
      ["sorun", 1.5],
      ["calismiyor", 2],
      ["imzalayamiyor", 2],
      ["imzalarken", 1],
      ["error", 2],
      ["problem", 1.5],
    ],
    phrases: [
      ["not working", 2],
      ["imza atamiyor", 2],
      ["goremiyor", 1.5],
    ],
  },
  cert_status: {
    stems: [["serial", 2]],
    phrases: [
      ["seri no", 3],
      ["seri numara", 3],
      ["sertifika durum", 3],
      ["gecerli mi", 3],
      ["sertifikam gecerli", 3],
      ["certificate status", 3],
      ["is my certificate valid", 3],
      ["iptal edilmis mi", 3],
    ],
  },
  contact: {
    stems: [
      ["ofis", 1.5],
      ["corlu", 2],
    ],
    phrases: [
      ["cagri merkezi", 3],
      ["telefon numaraniz", 3],
      ["numaraniz", 2],
      ["size nasil ulas", 3],
      ["iletisim", 1],
      ["call centre", 3],
      ["call center", 3],
      ["phone number", 2],
      ["contact you", 3],
      ["adresiniz", 2],
      ["bizi ara", 2],
    ],
  },
  agent: {
    stems: [["temsilci", 5]],
    phrases: [
      ["canli destek", 5],
      ["agent", 5],
    ],
  },
  menu: {
    stems: [["menu", 3]],
    phrases: [
      ["neler yapabilir", 3],
      ["what can you do", 3],
      ["yardim", 2],
    ],
  },
};

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
const phrasePatterns = new Map<string, RegExp>();
function phraseRegex(phrase: string): RegExp {
  let re = phrasePatterns.get(phrase);
  if (!re) {
    // Short phrases ("hi", "osb", "fon") must be whole words; longer ones may carry suffixes.
    re = new RegExp(`(^|\\s)${escapeRegex(phrase)}${phrase.length < 4 ? "(\\s|$)" : ""}`);
    phrasePatterns.set(phrase, re);
  }
  return re;
}

/** Scores of every intent for a folded message (non-zero ones only). */
export function scoreIntents(folded: string): Map<Intent, number> {
  const tokens = tokensOf(folded);
  const scores = new Map<Intent, number>();
  for (const [intent, rule] of Object.entries(rules) as [Intent, IntentRule][]) {
    let score = 0;
    for (const [phrase, weight] of rule.phrases ?? []) if (phraseRegex(phrase).test(folded)) score += weight;
    for (const [stem, weight] of rule.stems ?? []) {
      let best = 0;
      for (const token of tokens) best = Math.max(best, stemMatch(token, stem));
      score += best * weight;
    }
    if (score > 0) scores.set(intent, score);
  }
  return scores;
}

/** The best intent of a folded message with its score, or undefined when nothing scores 1 or more. */
export function recogniseIntent(folded: string): { intent: Intent; score: number } | undefined {
  let best: { intent: Intent; score: number } | undefined;
  for (const [intent, score] of scoreIntents(folded)) {
    if (!best || score > best.score) best = { intent, score };
  }
  return best && best.score >= 1 ? best : undefined;
}
