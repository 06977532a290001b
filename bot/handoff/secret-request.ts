/**
 * Whether an agent's hand-off reply asks the customer for a PIN, PUK or password (R4, KVKK: staff
 * never ask for one, and the bot tells the customer so). Such a reply is never relayed
 * (handoff-service.ts `reply`). A reply that warns the customer NOT to share one ("PIN'inizi
 * kimseyle paylaşmayın", "never share your PIN"), or tells them to type it into the card tool, is
 * an ordinary reply.
 *
 * bot/nlu/secrets.ts `looksLikeSecret` is the detector of a secret *value* in the customer's own
 * text ("pinim 123456"); it does not tell a request from a warning, and its word list is private, so
 * here a request is read over the same folding (bot/nlu/fold.ts), clause by clause:
 * - Turkish: the secret word as an object ("PIN'inizi", "şifrenizi", "PUK kodunuzu", "pini") and,
 *   a few words after it, an asking verb in a positive form (söyleyin, yazar mısınız, iletir misiniz,
 *   gönderin, paylaşabilir misiniz, verin, istiyorum, söylemeniz gerek); "PIN'iniz nedir?" too.
 *   A negative form (söylemeyin, paylaşmayın, istemeyiz) or "…meniz gerekmez" is no request.
 * - English: an asking verb (tell, send, share, give, type, provide, read) and, a few words after
 *   it, the secret word ("tell me your PIN", "send us the PUK code"), or "what is your PIN?"; with
 *   never / don't / do not / no need before the verb in its clause it is no request.
 */
import { normaliseTyped } from "../../core/text/normalise-typed.ts";
import { foldTurkish, tokensOf } from "../nlu/fold.ts";

/** A secret word, folded: PIN, PUK, şifre (not şifreleme/şifreli: encryption), parola, password, passcode. */
const secretWord = /^(?:pin|puk|sifre|parola|password|passcode|passwd)[a-z]*$/;
const notSecret = /^(?:sifrele|sifreli|pink|pine|pinterest)/;
/** Suffix tokens an apostrophe split off ("PIN'inizi" → "pin inizi") and compound heads ("PIN kodunuzu"). */
const attached =
  /^(?:[iu]|y[iu]|n[iu]|[iu]n[iu]?|[iu]n[iu]z[iu]?n?|[iu]m[iu]?|[iu]m[iu]z[iu]?|kod[a-z]*|numara[a-z]*|code|number)$/;
/**
 * The secret named as the object of a verb, by the last word of its phrase: the accusative
 * ("PIN'inizi", "şifreyi", "PUK kodunuzu"), not "PIN'iniz" (your PIN, a subject) nor "PIN kodu".
 */
function isObject(last: string): boolean {
  if (/^(?:kod|numara|code|number)/.test(last))
    return /^(?:kod(?:u|um|umuz|unuz)n?u|numara(?:s|n|niz|m)?i)$/.test(last) && last !== "kodu";
  return /[iu]$/.test(last.replace(secretStem, ""));
}
/** "PIN'iniz", "şifreniz", "PIN kodunuz": the customer's own secret, for "… nedir?". */
const yours = /(?:[iu]n[iu]z|n[iu]z|[iu]n)$/;
/** A clause ends here: a conjunction or a conditional ("PIN'iniz bloke olursa bize yazın"). */
const clauseEnd = /^(?:ve|veya|ya|ama|fakat|ancak|sonra|ise|eger|yoksa|cunku|ki)$|^[a-z]{2,}(?:sa|se)$/;
/** A verbal noun object in between ("PIN'inizi unuttuğunuzu bize bildirin"): the verb asks for that. */
const nounClause = /(?:[dt][iu]g|m[ae]n[iu]z[iu]$|m[ae]s[iu]n[iu]$|m[ae]y[iu]$)/;
/** Turkish asking verbs, folded, with the positive forms that ask; a negative (…me/…ma) does not match. */
const turkishAsk =
  /^(?:soyle(?:|yin|yiniz|r|yebilir[a-z]*|meniz[a-z]*|sene[a-z]*)|(?:yaz|paylas|yolla)(?:|in|iniz|ar|ir|abilir[a-z]*|maniz[a-z]*|sana[a-z]*)|(?:ver|ilet|gonder|bildir)(?:|in|iniz|ir|ebilir[a-z]*|meniz[a-z]*|sene[a-z]*)|oku(?:|yun|yunuz|r|yabilir[a-z]*|maniz[a-z]*)|ist(?:iyor[a-z]*|er|erim|eriz|eyebilir[a-z]*))$/;
/** After a verbal noun ("söylemeniz", "vermenize"): it is not needed, so no request. */
const notNeeded = /^(?:gerekm[a-z]*|gerek\s?yok|yok|degil[a-z]*|istem[a-z]*|beklem[a-z]*)$/;
/** "PIN'iniz nedir / ne / kaç?" */
const turkishWhat = /^(?:nedir|ne|neydi|kac|kactir)$/;
/** Words that may stand between the secret and the verb ("PIN'inizi lütfen bana söyleyin"). */
const maxGap = 3;
/** Another object between them: the verb asks for that ("PIN'iniz bloke, VKN'nizi söyleyin"). */
const otherObject =
  /^(?:vkn|tckn|kimlik|numara|telefon|tel|eposta|mail|adres|seri|siparis|unvan|iban|kod)[a-z]*$/;
/** Where the card tool asks for the PIN: typing it there is an instruction, not a request. */
const inTheTool =
  /\b(?:arac\w*|ekran\w*|program\w*|uygulama\w*|yazilim\w*|tool|screen|app|software|reader)\b/;
const toUs = /\b(?:bana|bize|buraya|sohbete|mesaj\w*|me|us|here|chat)\b/;

const englishAsk = /^(?:tell|send|share|give|type|provide)$/;
const englishNegation = /^(?:never|dont|don|not|no|nobody|neither)$/;
/** "what is your PIN", "what's your card's PIN" */
const englishWhat =
  /\bwhat\s*(?:is|s|was)\s+(?:your|ur)\s+(?:[a-z]+\s+){0,2}?(?:pin|puk|password|passcode)\b/;

/**
 * A secret word written in disguise, with digits or signs for letters or letters spaced out ("p1n",
 * "p!n", "p.i.n", "ş1fre", "$ifre", "passw0rd", "par0la"), as its word: each pattern stands alone
 * (no letter or digit before it), so "p1n" inside a serial or a word is left as it is.
 */
const sep = "[\\s.\\-_*]?";
const iLike = "[i1!|ıİ]";
const disguised: readonly [RegExp, string][] = [
  [new RegExp(`(?<![\\p{L}\\p{N}])p${sep}${iLike}${sep}n(?![\\p{N}])`, "giu"), "pin"],
  [new RegExp(`(?<![\\p{L}\\p{N}])[sş$5]${sep}${iLike}${sep}f${sep}r${sep}[e3]`, "giu"), "sifre"],
  [/(?<![\p{L}\p{N}])p[a4@]r[o0][l1][a4@]/giu, "parola"],
  [/(?<![\p{L}\p{N}])p[a4@][s$5][s$5]w[o0]r[dt]/giu, "password"],
  [/(?<![\p{L}\p{N}])p[uü][kq](?![\p{N}])/giu, "puk"],
];

/** `text` with disguised secret words written out ("pls send ur p1n" → "pls send ur pin"). */
function revealDisguised(text: string): string {
  return disguised.reduce((out, [pattern, word]) => out.replace(pattern, word), text);
}

/** Whether `text` (an agent's reply, plain) asks the customer for a PIN, PUK or password. */
export function asksForSecret(text: string): boolean {
  // pasted or disguised text ("P\u200BIN", full-width letters, "p1n", "ş1fre") reads as what it looks like
  const plain = revealDisguised(normaliseTyped(text));
  return plain.split(/[.!?;\n]+/).some((sentence) => {
    const folded = foldTurkish(sentence);
    return turkishRequest(tokensOf(folded), folded) || englishRequest(sentence);
  });
}

/** Whether a Turkish clause names the secret as an object and then asks for it. */
function turkishRequest(tokens: string[], folded: string): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (!isSecret(tokens[i]!)) continue;
    let end = i;
    while (end + 1 < tokens.length && end - i < 2 && attached.test(tokens[end + 1]!)) end++;
    const last = tokens[end]!;
    const asObject = isObject(last);
    for (let j = end + 1; j <= Math.min(tokens.length - 1, end + 1 + maxGap); j++) {
      const word = tokens[j]!;
      if (turkishWhat.test(word) && yours.test(last.replace(secretStem, "")) && j - end <= 2) return true;
      if (turkishAsk.test(word)) {
        // the object a few words before the verb ("PIN'inizi lütfen bana söyleyin"), or right before it ("PIN söyleyin")
        if (!asObject && j !== end + 1) continue;
        if (/m[ae]n[a-z]*$/.test(word) && tokens.slice(j + 1, j + 3).some((w) => notNeeded.test(w))) continue;
        if (/^yaz/.test(word) && inTheTool.test(folded) && !toUs.test(folded)) continue;
        return true;
      }
      if (otherObject.test(word) || isSecret(word) || clauseEnd.test(word) || nounClause.test(word)) break;
    }
  }
  return false;
}

/** The secret word at the start of a token ("pininizi" → "inizi"), for the accusative of a glued suffix. */
const secretStem = /^(?:pin|puk|sifre|parola)/;

function isSecret(token: string): boolean {
  return secretWord.test(token) && !notSecret.test(token);
}

/** Whether an English sentence asks for the secret: a verb, then the secret a few words on; or "what is your PIN". */
function englishRequest(sentence: string): boolean {
  return sentence.split(",").some((clause) => {
    const folded = foldTurkish(clause.replace(/['’]/g, ""));
    const tokens = tokensOf(folded);
    if (englishWhat.test(folded)) return true;
    for (let i = 0; i < tokens.length; i++) {
      if (!englishAsk.test(tokens[i]!)) continue;
      if (tokens.slice(0, i).some((w) => englishNegation.test(w))) continue;
      const after = tokens.slice(i + 1, i + 2 + maxGap);
      const at = after.findIndex(isSecret);
      if (at < 0 || after.slice(0, at).some((w) => otherObject.test(w))) continue;
      if (tokens[i] === "type" && inTheTool.test(folded) && !toUs.test(folded)) continue;
      return true;
    }
    return false;
  });
}

// ── one-time codes ──

/**
 * The code the customer received as the object of a Turkish verb: "kodu", "kodunu", "kodunuzu",
 * "kodları", "OTP'yi" (a code named in the nominative, "kod gelecek", is no object).
 */
const codeObject = /^(?:kod(?:u|unu|unuzu|umuzu|lari|larini|larinizi)|otp)$/;
/** "kodunuz nedir?" */
const codeYours = /^kod(?:unuz|un)$/;
/** Codes that are no one-time code: a postal, tracking, discount, product or error code. */
const otherCode =
  /^(?:posta|zip|postal|indirim|kupon|kampanya|promosyon|hediye|davet|hata|urun|sicil|referans|takip|kargo|siparis|swift|vergi|nace|il|ilce|karekod|qr|tracking|discount|promo|coupon|error|country|area|product|order|referral|gift)$/;
/** Pasting is asking too ("kodu sohbete yapıştırın"). */
const pasteAsk = /^yapistir(?:|in|iniz|ir|abilir[a-z]*|maniz[a-z]*|sana[a-z]*)$/;
/** Asked for on the phone (the call centre's way: the agent's `/mm kimlik`, the customer reads it out). */
const onThePhone =
  /\b(?:telefon ?(?:da|dan|la)|arayarak|arayip|arayin|arayiniz|444|cagri merkez[a-z]*|phone|call[a-z]*|over the line)\b/;
/** Typed where the bot or the card tool asks for it ("kodu asistana yazın", "doğrulama ekranına"). */
const toTheBot =
  /\b(?:asistan ?a|bot ?a|ekran[a-z]*|uygulama ?ya|site ?[iy]?[ea]|sayfa ?[iy]?a|assistant|bot|screen|app|website|page)\b/;

const englishCodeAsk = /^(?:tell|send|share|give|type|provide|paste|forward|enter|write|read|say|text)$/;
/** What may stand before an English asking verb that asks ("please", "can you", "I need you to"). */
const englishAskLead =
  /^(?:please|pls|plz|kindly|just|now|ok|okay|so|then|and|hi|hello|sir|maam|can|could|would|will|you|u|i|need|want|to|also)$/;
const englishCodeWord = /^(?:code|codes|otp|passcode)$/;
const englishWhatCode = /\bwhat\s*(?:is|s|was)\s+(?:the|your|ur)\s+(?:[a-z]+\s+){0,2}?(?:code|otp)\b/;

/**
 * Whether `text` (an agent's reply, plain) asks the customer for a one-time code in the chat ("Size
 * SMS ile gelen doğrulama kodunu buraya yazar mısınız?", "kodu bana iletin", "send me the code you
 * got", "what is the code you received?"). The code's own message tells the customer staff never
 * ask for it, and a code typed in the chat would reach a thread every agent reads. Not a request:
 * the code only mentioned ("asistan size e-postayla bir kod gönderecek"), a warning ("kodu kimseyle
 * paylaşmayın", "never share the code"), a code asked for on the phone ("kodu telefonda okur
 * musunuz?": the call centre's way of verifying a caller), or typed where the bot asks for it, and
 * other codes (posta kodu, takip kodu, zip code).
 */
export function asksForCode(text: string): boolean {
  const plain = normaliseTyped(text);
  return plain.split(/[.!?;\n]+/).some((sentence) => {
    const folded = foldTurkish(sentence.replace(/['’]/g, ""));
    if (onThePhone.test(folded)) return false;
    if (toTheBot.test(folded) && !toUs.test(folded)) return false;
    return turkishCodeRequest(tokensOf(folded)) || englishCodeRequest(folded);
  });
}

function turkishCodeRequest(tokens: string[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!;
    if (i > 0 && otherCode.test(tokens[i - 1]!)) continue;
    if (codeYours.test(word) && turkishWhat.test(tokens[i + 1] ?? "")) return true;
    if (!codeObject.test(word)) continue;
    let start = i + 1;
    if (word === "otp" && /^y[iu]$/.test(tokens[start] ?? "")) start++;
    for (let j = start; j <= Math.min(tokens.length - 1, start + maxGap); j++) {
      const next = tokens[j]!;
      if (turkishAsk.test(next) || pasteAsk.test(next)) {
        if (/m[ae]n[a-z]*$/.test(next) && tokens.slice(j + 1, j + 3).some((w) => notNeeded.test(w))) break;
        return true;
      }
      if (otherObject.test(next) || isSecret(next) || clauseEnd.test(next) || nounClause.test(next)) break;
    }
  }
  return false;
}

function englishCodeRequest(folded: string): boolean {
  if (englishWhatCode.test(folded)) return true;
  return folded.split(",").some((clause) => {
    const tokens = tokensOf(clause);
    for (let i = 0; i < tokens.length; i++) {
      if (!englishCodeAsk.test(tokens[i]!)) continue;
      // an imperative or a polite question ("please send", "could you type"), not "we will send"
      if (!tokens.slice(0, i).every((w) => englishAskLead.test(w))) continue;
      // "send you a code": the agent gives one
      if (/^(?:you|u)$/.test(tokens[i + 1] ?? "")) continue;
      const after = tokens.slice(i + 1, i + 2 + maxGap);
      const at = after.findIndex((w) => englishCodeWord.test(w));
      if (at < 0 || (at > 0 && otherCode.test(after[at - 1]!))) continue;
      return true;
    }
    return false;
  });
}
