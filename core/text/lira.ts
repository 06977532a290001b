/**
 * An amount in kuruş as a reader of the language reads Turkish lira: "1.750,00 TL" in Turkish,
 * "1,750.00 TL" in English (an English reader takes "1.750,00" for one lira seventy-five).
 */
export function formatLira(kurus: number, locale: "tr" | "en" = "tr"): string {
  return `${liraFormats[locale].format(kurus / 100)} TL`;
}

// Made once: building an Intl formatter costs far more than formatting with it.
const liraFormats = {
  tr: new Intl.NumberFormat("tr-TR", { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
};
