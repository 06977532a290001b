import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { localeParityProblems } from "../../../adapters/i18n/locale-parity.ts";
import { createTranslator, readLocaleFiles } from "../../../adapters/i18n/translator.ts";

describe("locales", () => {
  it("every key in tr exists in en and vice versa", () => {
    const resources = readLocaleFiles();
    expect(Object.keys(resources.tr ?? {})).toContain("common");
    expect(localeParityProblems(resources)).toEqual([]);
  });

  it("reports a key missing in one locale", () => {
    const dir = mkdtempSync(join(tmpdir(), "mm-locales-"));
    for (const lng of ["tr", "en"]) mkdirSync(join(dir, lng));
    writeFileSync(join(dir, "tr", "common.json"), JSON.stringify({ a: { b: "x", c: "y" } }));
    writeFileSync(join(dir, "en", "common.json"), JSON.stringify({ a: { b: "x" }, d: "z" }));
    expect(localeParityProblems(readLocaleFiles(dir))).toEqual(["en: common:a.c", "tr: common:d"]);
  });

  it("speaks Turkish by default and English on request, loaded from the files", async () => {
    const i18n = await createTranslator();
    expect(i18n.t("errors.rate_limited")).toContain("bekleyin");
    expect(i18n.t("errors.rate_limited", { lng: "en" })).toContain("wait");
  });
});
