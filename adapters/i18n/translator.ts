import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import i18next, { type i18n, type Resource, type ResourceLanguage } from "i18next";
import { defaultSelfServiceLinks, type SelfServiceLinks } from "../../bot/self-service-links.ts";

/** Locales the product speaks; Turkish first. */
export const locales = ["tr", "en"] as const;
/** One of {@link locales}. */
export type Locale = (typeof locales)[number];

const defaultLocalesDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "locales");

/** Reads every `locales/<lng>/<namespace>.json` file into i18next resources. */
export function readLocaleFiles(dir = defaultLocalesDir): Resource {
  const resources: Resource = {};
  for (const lng of locales) {
    const language: ResourceLanguage = {};
    resources[lng] = language;
    for (const file of readdirSync(join(dir, lng)).filter((f) => f.endsWith(".json"))) {
      language[file.replace(/\.json$/, "")] = JSON.parse(readFileSync(join(dir, lng, file), "utf8"));
    }
  }
  return resources;
}

/**
 * Creates an independent i18next instance loaded from the locale files (Turkish default, English
 * fallback). `links` are default parameters of every text (`{{callCentre}}`, `{{onlineUrl}}` …):
 * the configured ones in the service, the seed's otherwise.
 */
export async function createTranslator(
  dir = defaultLocalesDir,
  links: Readonly<SelfServiceLinks> = defaultSelfServiceLinks,
): Promise<i18n> {
  const resources = readLocaleFiles(dir);
  const instance = i18next.createInstance();
  await instance.init({
    resources,
    lng: "tr",
    fallbackLng: "tr",
    supportedLngs: [...locales],
    ns: Object.keys(resources.tr ?? {}),
    defaultNS: "common",
    interpolation: { escapeValue: false, defaultVariables: { ...links } },
    returnNull: false,
  });
  return instance;
}
