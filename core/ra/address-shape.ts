/**
 * What makes a typed text a Turkish (or foreign) postal address, for the delivery and HSM address
 * questions (`interfaces.md` §4, question 9). Read on folded text (core/text/labelled-answer.ts
 * `foldForLabel`: lower case, Turkish letters as ASCII), so "Çankaya", "Cankaya" and "ÇANKAYA" read alike.
 *
 * An address names a place below the city: a street, avenue, neighbourhood, village, site or
 * building word ("Mah.", "Cad.", "Sok.", "Bulvarı", "Köyü", "Mevkii", "OSB", "Plaza") or a building
 * number in an address form ("No: 5", "No.5", "Kat 3", "Daire 7", "D:4", "12/3"); or a number with a
 * city ("Kızılay 15 Ankara") or a district/city pair ("Çankaya/Ankara") or a postcode. A digit alone
 * makes no address: "dakikada 500 fatura kesiyoruz", "adresi sonra yazarım 2 gün içinde" and
 * "1 2 3 4 5 abcde" are sentences or noise. A text with words of a remark or a change of mind
 * ("vazgeçtim", "sonra yazarım", "bilmiyorum", "olsun") is no address either, even with an address word.
 */

/** Words only an address has: its parts in Turkish ("Mah.", "Cad.", "Sok.") and English. */
const addressWords =
  /(^|[^a-z])(mah|mahalle\w*|mh|cad|cadde\w*|cd|sok|sokak|sokag\w*|sk|bulvar\w*|blv|bulv|bul|apt|apartman\w*|site\w*|sitesi|plaza|blok|koy|koyu|mevki\w*|mevkii|organize|osb|sanayi|is merkezi|is hani|teknopark\w*|teknokent\w*|kampus\w*|campus|avm|carsi\w*|pasaj\w*|rezidans\w*|residence|kume evler\w*|street|st|avenue|ave|road|rd|floor|building|lane|square|suite)([^a-z]|$)/;

/**
 * A building number in an address form: "No 5", "No:5", "No.12/A", "Numara 3", "Kat 2", "Daire: 7",
 * "D:4", "K.3", "Blok B No 2", "12/3" (building/flat), "#5". The word alone ("I have no idea",
 * "kat kat fazla") is none.
 */
const numberForm =
  /(^|[^a-z])(no|numara|nu|kat|daire|dair|d|k|bina|ic kapi|dis kapi|apt|flat|unit)\s*[:.]?\s*\d|\d+\s*[a-z]?\s*\/\s*\d+|#\s*\d/;

/** Turkey's 81 provinces (folded), with the names customers also use ("Maraş", "Urfa", "İçel"). */
const provinces = new Set(
  (
    "adana adiyaman afyon afyonkarahisar agri aksaray amasya ankara antalya ardahan artvin aydin balikesir bartin " +
    "batman bayburt bilecik bingol bitlis bolu burdur bursa canakkale cankiri corum denizli diyarbakir duzce edirne " +
    "elazig erzincan erzurum eskisehir gaziantep antep giresun gumushane hakkari hatay igdir isparta istanbul izmir " +
    "kahramanmaras maras karabuk karaman kars kastamonu kayseri kilis kirikkale kirklareli kirsehir kocaeli izmit konya " +
    "kutahya malatya manisa mardin mersin icel mugla mus nevsehir nigde ordu osmaniye rize sakarya adapazari samsun " +
    "sanliurfa urfa siirt sinop sivas sirnak tekirdag tokat trabzon tunceli usak van yalova yozgat zonguldak"
  ).split(" "),
);

/** A locality: a province, a district/city pair ("Çankaya/Ankara", "Pendik / İstanbul") or a postcode. */
function namesLocality(folded: string): boolean {
  if (/[a-z]{3,}\s*\/\s*[a-z]{3,}/.test(folded)) return true;
  if (/(^|[^\d])\d{5}([^\d]|$)/.test(folded)) return true;
  return folded.split(/[^a-z]+/).some((w) => provinces.has(w));
}

/**
 * Words of a remark, a promise or a change of mind: no part of an address ("adresi sonra yazarım",
 * "bilmiyorum", "vazgeçtim kart değil HSM olsun", "I will send it later").
 */
const remarkWords =
  /(^|[^a-z])(vazgec\w*|olsun|istiyor\w*|isterim|yazarim|yazacag\w*|yazariz|gonderirim|gondereceg\w*|bildiririm|bildireceg\w*|simdilik|henuz|bilmiyor\w*|bilmem|hatirlamiyor\w*|emin degil\w*|degil|kesiyoruz|kesiyorum|aslinda|later|dont know|don t know|not sure|instead|rather)([^a-z]|$)/;

/** The card or the HSM named, as a change of the certificate's medium names them ("kart değil HSM olsun"). */
const mediumWords =
  /(^|[^a-z])(hsm\w*|kart|karti|karta|kartta|kartla|kartin|akilli kart\w*|smart card|card)([^a-z]|$)/;

/** Words that change an earlier choice ("olsun", "değil", "vazgeçtim", "yerine", "tercih"). */
const changeCue =
  /(^|[^a-z])(olsun|degil|vazgec\w*|yerine|tercih\w*|degistir\w*|istiyor\w*|instead|rather|switch\w*|change\w*|prefer\w*)([^a-z]|$)/;

/** What a folded text typed at an address question is. */
export type AddressShape = "address" | "medium_change" | "not_address";

/** Whether a folded text changes the certificate's medium ("aslında vazgeçtim, kart değil HSM olsun"). */
export function namesMediumChange(folded: string): boolean {
  return mediumWords.test(folded) && changeCue.test(folded);
}

/** Whether a folded text is an address, a change of the medium, or something else. */
export function addressShape(folded: string): AddressShape {
  if (namesMediumChange(folded)) return "medium_change";
  if (remarkWords.test(folded)) return "not_address";
  const placed =
    addressWords.test(folded) || numberForm.test(folded) || (/\d/.test(folded) && namesLocality(folded));
  return placed ? "address" : "not_address";
}
