/**
 * Nationalities and foreign countries as words for "foreign" (folded text): "%100 Alman sermayeli"
 * says what "%100 yabancı sermayeli" says (R9.1), "Alman ortaklı" what "yabancı ortaklı" says.
 * {@link asForeign} writes them as "yabanci" (Turkish) or "foreign" (English), so the R9 rules and
 * the classifier, which know those two words, read every nationality alike. Words that are also
 * everyday Turkish or English words are left out ("çek", "kazak", "polish", "english" — the last
 * is the language far more often than the people); "İngilizce" (the language) is no nationality.
 */

/** Turkish nationality adjectives (folded), whole words, with a plural or copula at most. */
const turkishPeople = [
  "alman",
  "fransiz",
  "ingiliz",
  "amerikan",
  "amerikali",
  "japon",
  "cin",
  "cinli",
  "rus",
  "italyan",
  "hollandali",
  "ispanyol",
  "portekizli",
  "koreli",
  "isvicreli",
  "avusturyali",
  "belcikali",
  "isvecli",
  "danimarkali",
  "norvecli",
  "finlandiyali",
  "kanadali",
  "yunan",
  "bulgar",
  "romen",
  "macar",
  "azeri",
  "iranli",
  "arap",
  "katarli",
  "suudi",
  "kuveytli",
  "emirlikli",
  "israilli",
  "hintli",
  "pakistanli",
  "misirli",
  "irakli",
  "suriyeli",
  "lubnanli",
  "ukraynali",
  "polonyali",
  "gurcu",
  "ozbek",
  "kazakistanli",
  "luksemburglu",
  "irlandali",
  "avustralyali",
  "meksikali",
  "brezilyali",
  "singapurlu",
];
/** Turkish country names (folded) as stems: "Almanya merkezli", "Hollanda sermayeli". */
const turkishCountries = [
  "almanya",
  "fransa",
  "ingiltere",
  "birlesik krallik",
  "abd",
  "amerika",
  "japonya",
  "rusya",
  "italya",
  "hollanda",
  "ispanya",
  "portekiz",
  "guney kore",
  "isvicre",
  "avusturya",
  "belcika",
  "isvec",
  "danimarka",
  "norvec",
  "finlandiya",
  "kanada",
  "yunanistan",
  "bulgaristan",
  "romanya",
  "macaristan",
  "azerbaycan",
  "katar",
  "kuveyt",
  "suudi arabistan",
  "israil",
  "hindistan",
  "ukrayna",
  "polonya",
  "gurcistan",
  "ozbekistan",
  "luksemburg",
  "irlanda",
  "avustralya",
  "singapur",
];
/** English nationality adjectives (folded), also glued to "owned" ("German-owned" folds to "germanowned"). */
const englishPeople = [
  "german",
  "french",
  "british",
  "american",
  "japanese",
  "chinese",
  "russian",
  "italian",
  "dutch",
  "spanish",
  "portuguese",
  "korean",
  "swiss",
  "austrian",
  "belgian",
  "swedish",
  "danish",
  "norwegian",
  "finnish",
  "canadian",
  "greek",
  "bulgarian",
  "romanian",
  "hungarian",
  "azerbaijani",
  "iranian",
  "arab",
  "qatari",
  "saudi",
  "emirati",
  "israeli",
  "indian",
  "pakistani",
  "egyptian",
  "iraqi",
  "syrian",
  "ukrainian",
  "georgian",
  "irish",
  "australian",
  "mexican",
  "brazilian",
  "singaporean",
];

const turkish = new RegExp(
  String.raw`\b(?:(?:${turkishPeople.join("|")})(?:lar|ler|dir|dur|tir|tur)?|(?:${turkishCountries.join("|")})\w*)(?= |$)`,
  "g",
);
const english = new RegExp(String.raw`\b(?:${englishPeople.join("|")})(owned)?(?= |$)`, "g");

/** Whether a folded message names a nationality or a foreign country. */
export function namesNationality(folded: string): boolean {
  return new RegExp(turkish.source).test(folded) || new RegExp(english.source).test(folded);
}

/** The folded message with each nationality or foreign country written "yabanci" or "foreign". */
export function asForeign(folded: string): string {
  return folded
    .replace(turkish, "yabanci")
    .replace(english, (_, owned: string | undefined) => (owned ? "foreign owned" : "foreign"));
}
