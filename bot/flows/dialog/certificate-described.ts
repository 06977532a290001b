/**
 * A certificate told by a description at the revocation's "which certificate" question, not by its
 * serial or place in the list: by when it was issued ("geçen ay aldığımız", "2024'te alınan", "bu
 * yıl çıkan", "last month's", "ekimde aldığımız"), which is newer or older ("yeni olan", "eskisi",
 * "son aldığımız", "ilk aldığımız", "the older one", "the newest"), when it ends ("2027'de bitecek
 * olan") and its medium ("kart olan", "HSM'deki"), the criteria together ("kartlardan en yenisi").
 * Relative dates are read against the bot's clock in Istanbul time. Works on folded text.
 */

import type { HeldCertificate } from "../../../core/ra/registration-authority.ts";
import { digitWords } from "../../../core/text/number-words.ts";
import { tokensOf } from "../../nlu/fold.ts";

/** The criteria a description names; a field is absent when it is not named. */
interface Description {
  medium?: "card" | "hsm";
  /** Which date the period is of: the issue (notBefore) or the end (notAfter). */
  of: "notBefore" | "notAfter";
  /** An issue (or end) period, as [from, to) in Istanbul calendar months counted from year 0. */
  months?: { from: number; to: number; loose?: { from: number; to: number } };
  /** Days back from now (a week). */
  days?: number;
  extreme?: "newest" | "oldest";
}

const zone = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Istanbul",
  year: "numeric",
  month: "numeric",
});

/** The Istanbul calendar month of an instant, counted from year 0 (year × 12 + month − 1). */
function monthIndex(at: Date): number {
  const parts = zone.formatToParts(at);
  const year = Number(parts.find((p) => p.type === "year")?.value);
  const month = Number(parts.find((p) => p.type === "month")?.value);
  return year * 12 + month - 1;
}

const monthNames: readonly RegExp[] = [
  /^(ocak\w*|january)$/,
  /^(subat\w*|february)$/,
  /^(mart|marta|martta|marttaki|march)$/,
  /^(nisan|nisanda|nisandaki|april)$/,
  /^(mayis\w*|may)$/,
  /^(haziran\w*|june)$/,
  /^(temmuz\w*|july)$/,
  /^(agustos\w*|august)$/,
  /^(eylul\w*|september)$/,
  /^(ekim|ekimde|ekimdeki|october)$/,
  /^(kasim\w*|november)$/,
  /^(aralik\w*|december)$/,
];
/** A count in words ("iki ay önce", "a month ago"), the digit words shared with every number reader. */
const numberWords: Record<string, number> = { ...digitWords, a: 1, an: 1 };
const acquired =
  /^(al\w*|cikar\w*|cikan|cikti\w*|verilen|verildi\w*|duzenlen\w*|got|gotten|bought|issued|purchased|obtained|received|acquired|ordered|took|taken)$/;
/**
 * A new application, purchase or need ("yeni başvuru", "yeni kart almak istiyoruz", "yeni kart lazım
 * mı", "do we need a new card?"), no certificate held.
 */
const wantsAnother =
  /^(basvur\w*|apply\w*|application|almak|alacag\w*|alalim|alabilir\w*|alsak|buy|order|lazim|gerek\w*|ihtiyac\w*|need\w*)$/;
const ending = /^(bit\w*|sona|suresi\w*|dol\w*|gecerli\w*|expir\w*|until|valid|ends?|ending|kadar)$/;
const newer =
  /^(yeni|yni|yenisi\w*|yeniyi|yeniler\w*|yenilenen|newest|newer|new|latest|recent\w*|guncel\w*|gecenlerde|sonradan)$/;
const older = /^(eski\w*|older|oldest|old|earlier|earliest|previous|onceki\w*|evvelki\w*)$/;
const monthUnit = /^(ay|ayin|ayda|aydaki|months?)$/;
const yearUnit = /^(yil\w*|sene\w*|years?)$/;
const weekUnit = /^(hafta\w*|weeks?)$/;
const anyUnit = /^(ay|ayin|ayda|aydaki|months?|yil\w*|sene\w*|years?|hafta\w*|weeks?)$/;

/** Whether a token describes a certificate by itself: newer, older or a medium. */
const describing = (t: string) => newer.test(t) || older.test(t) || /^(hsm\w*|kart\w*|cards?)$/.test(t);

/**
 * The tokens of an answer split into those that speak for the certificate meant and those a negation
 * ("eskisi değil", "not the old one") or "X yerine" set aside.
 */
function meantAndSetAside(tokens: readonly string[]): { meant: string[]; setAside: string[] } {
  let meant = [...tokens];
  let setAside: string[] = [];
  const lastCut = Math.max(meant.lastIndexOf("degil"), meant.lastIndexOf("yerine"));
  if (lastCut >= 0) {
    setAside = meant.slice(0, lastCut);
    meant = meant.slice(lastCut + 1);
  }
  const not = meant.findIndex((t) => t === "not" || t === "dont" || t === "isnt");
  if (not >= 0) {
    // English negates what follows: up to the first word that describes, or all of it
    const described = meant.findIndex((t, i) => i > not && describing(t));
    let end = described >= 0 ? described + 1 : meant.length;
    // "not the old card": the noun after the word that describes is set aside with it
    if (/^(ones?|cards?|certificates?|seals?|hsms?)$/.test(meant[end] ?? "")) end += 1;
    setAside = meant.slice(not + 1, end);
    meant = [...meant.slice(0, not), ...meant.slice(end)];
  }
  return { meant, setAside };
}

/**
 * The criteria a folded answer names, or undefined when it names none. An answer that only sets a
 * certificate aside ("yeni olan değil", "not the one on the HSM") names the criteria of the one set
 * aside, `setAside`: the certificates meant are the others.
 */
function descriptionOf(folded: string, now: Date): (Description & { setAside?: true }) | undefined {
  const { meant, setAside } = meantAndSetAside(tokensOf(folded));
  const named = criteriaOf(meant, now);
  if (named || meant.some((t) => describing(t))) return named;
  const other = criteriaOf(setAside, now);
  return other ? { ...other, setAside: true } : undefined;
}

/** The criteria the tokens of an answer name, or undefined when they name none. */
function criteriaOf(tokens: readonly string[], now: Date): Description | undefined {
  if (tokens.length === 0 || tokens.length > 12 || tokens.some((t) => wantsAnother.test(t))) return undefined;
  const any = (re: RegExp) => tokens.some((t) => re.test(t));
  const pair = (a: RegExp, b: RegExp) => tokens.some((t, i) => a.test(t) && b.test(tokens[i + 1] ?? ""));
  const description: Description = { of: any(ending) && !any(acquired) ? "notAfter" : "notBefore" };
  let named = false;

  const media = new Set(
    tokens.flatMap((t) => (/^hsm/.test(t) ? ["hsm"] : /^(kart|card)/.test(t) ? ["card"] : [])),
  );
  if (media.size === 1) {
    description.medium = [...media][0] as "card" | "hsm";
    named = true;
  }

  const current = monthIndex(now);
  const currentYear = Math.floor(current / 12);
  const yearToken = tokens
    .map((t) =>
      /^(20\d\d)(?:de|da|te|ta|den|dan|ten|tan|deki|daki|teki|taki|yilinda\w*|senesinde\w*)?$/.exec(t),
    )
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => Number(m[1]))
    .filter((y) => y >= 2000 && y <= currentYear + 10);
  const year = yearToken.length === 1 ? yearToken[0] : undefined;
  const month = monthNames.findIndex((re) =>
    tokens.some((t, i) => re.test(t) && (t !== "may" || (year !== undefined && tokens[i + 1] !== "i"))),
  );
  const count = (t: string | undefined) =>
    t === undefined ? undefined : (numberWords[t] ?? (/^\d$/.test(t) ? Number(t) : undefined));
  const ago = (unit: RegExp) => {
    const i = tokens.findIndex((t, j) => unit.test(t) && /^(once\w*|ago|evvel)$/.test(tokens[j + 1] ?? ""));
    return i > 0 ? count(tokens[i - 1]) : undefined;
  };
  const thisOrLast = (unit: RegExp): 0 | 1 | undefined =>
    pair(/^(bu|this)$/, unit) ? 0 : pair(/^(gecen|last|previous|onceki|evvelki)$/, unit) ? 1 : undefined;

  const monthsBack = thisOrLast(monthUnit) ?? ago(monthUnit);
  const yearsBack = thisOrLast(yearUnit) ?? ago(yearUnit);
  if (month >= 0) {
    const y = year ?? (currentYear * 12 + month <= current ? currentYear : currentYear - 1);
    description.months = { from: y * 12 + month, to: y * 12 + month + 1 };
  } else if (year !== undefined) description.months = { from: year * 12, to: year * 12 + 12 };
  else if (monthsBack !== undefined) {
    const m = current - monthsBack;
    // "geçen ay" is said loosely of a few weeks ago too: the months either side when none was that month
    description.months = {
      from: m,
      to: m + 1,
      ...(monthsBack > 0 ? { loose: { from: m - 1, to: m + 2 } } : {}),
    };
  } else if (yearsBack !== undefined) {
    const y = currentYear - yearsBack;
    description.months = { from: y * 12, to: y * 12 + 12 };
  } else if (thisOrLast(weekUnit) !== undefined || ago(weekUnit) !== undefined)
    description.days = 7 * ((thisOrLast(weekUnit) ?? ago(weekUnit) ?? 1) + 1);
  if (description.months || description.days) named = true;

  // the words of a period ("geçen ay", "önceki yıl", "iki ay önce") say no newer or older
  const rest = tokens.filter(
    (_, i) => !anyUnit.test(tokens[i + 1] ?? "") && !anyUnit.test(tokens[i - 1] ?? ""),
  );
  const has = (re: RegExp) => rest.some((t) => re.test(t));
  const restPair = (a: RegExp, b: RegExp) => rest.some((t, i) => a.test(t) && b.test(rest[i + 1] ?? ""));
  const isNewer =
    has(newer) ||
    restPair(/^en$/, /^son\w*$/) ||
    (has(/^(son|sonra|last|latest)$/) && any(acquired)) ||
    restPair(/^(yakin|most)$/, /^(zamanda|recent\w*)$/);
  const isOlder =
    has(older) ||
    restPair(/^en$/, /^(ilk\w*|eski\w*)$/) ||
    (has(/^(ilk|once|first|earlier)$/) && any(acquired));
  if (isNewer !== isOlder) {
    description.extreme = isNewer ? "newest" : "oldest";
    named = true;
  } else if (isNewer && isOlder) return { of: "notBefore", months: { from: 0, to: 0 } };
  return named ? description : undefined;
}

/**
 * The certificates a description at the "which certificate" question fits, from `certs`; undefined
 * when the answer describes none (then it is read as a serial or a place in the list). One match
 * is the certificate meant; several or none are asked again.
 */
export function certificatesDescribed(
  folded: string,
  certs: readonly HeldCertificate[],
  now: Date,
): HeldCertificate[] | undefined {
  const d = descriptionOf(folded, now);
  if (!d) return undefined;
  if (d.setAside) {
    const setAside = new Set(fitting(d, certs, now));
    return certs.filter((c) => !setAside.has(c));
  }
  return fitting(d, certs, now);
}

/** Whether a folded answer describes a certificate, or sets one aside, by the criteria above. */
export function describesCertificate(folded: string, now: Date): boolean {
  return descriptionOf(folded, now) !== undefined;
}

/** The certificates that fit the criteria of a description. */
function fitting(d: Description, certs: readonly HeldCertificate[], now: Date): HeldCertificate[] {
  let fit = d.medium ? certs.filter((c) => c.medium === d.medium) : [...certs];
  if (d.months) {
    const within = (w: { from: number; to: number }) =>
      fit.filter((c) => monthIndex(c[d.of]) >= w.from && monthIndex(c[d.of]) < w.to);
    const strict = within(d.months);
    fit = strict.length === 0 && d.months.loose ? within(d.months.loose) : strict;
  }
  if (d.days) {
    const since = now.getTime() - d.days * 86_400_000;
    fit = fit.filter((c) => c.notBefore.getTime() >= since && c.notBefore.getTime() <= now.getTime());
  }
  if (d.extreme && fit.length > 1) {
    const times = fit.map((c) => c.notBefore.getTime());
    const extreme = d.extreme === "newest" ? Math.max(...times) : Math.min(...times);
    fit = fit.filter((c) => c.notBefore.getTime() === extreme);
  }
  return fit;
}
