/**
 * Every code a customer can reach has Turkish and English text: the core's error codes (read
 * from the core's sources, their single source), the order steps and statuses the order view
 * shows, the menu label of every intent (the "Şunu mu demek istediniz?" buttons), and the info
 * answer of every informational intent.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { infoIntents } from "../../../bot/flows/info.ts";
import { intents } from "../../../bot/nlu/intents.ts";
import { orderSteps } from "../../../core/ra/production-service.ts";

const root = join(import.meta.dirname, "..", "..", "..");
const texts = {
  tr: JSON.parse(readFileSync(join(root, "locales", "tr", "bot.json"), "utf8")),
  en: JSON.parse(readFileSync(join(root, "locales", "en", "bot.json"), "utf8")),
};

function has(locale: "tr" | "en", key: string): boolean {
  let node: unknown = texts[locale];
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" && node.length > 0;
}

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourcesUnder(path);
    return name.endsWith(".ts") ? [path] : [];
  });
}

/** The codes of `new <Family>Error("code"…)` in core/, the families of core/errors/domain-error.ts. */
function coreErrorCodes(): string[] {
  const families = [
    ...readFileSync(join(root, "core", "errors", "domain-error.ts"), "utf8").matchAll(
      /export class (\w+Error) extends DomainError/g,
    ),
  ].map((m) => m[1]);
  const codes = new Set<string>();
  const pattern = new RegExp(`new (${families.join("|")})\\(\\s*"([a-z0-9_]+)"`, "g");
  for (const file of sourcesUnder(join(root, "core")))
    for (const m of readFileSync(file, "utf8").matchAll(pattern)) codes.add(m[2]!);
  return [...codes].sort();
}

const missing = (keys: string[]) =>
  keys.flatMap((key) => (["tr", "en"] as const).filter((l) => !has(l, key)).map((l) => `${l}:${key}`));

describe("customer texts are complete", () => {
  it("finds the core's error codes", () => {
    const codes = coreErrorCodes();
    expect(codes).toContain("duplicate_group_vkn");
    expect(codes.length).toBeGreaterThan(30);
  });

  it("translates every core error code (errors.<code>) in tr and en", () => {
    expect(missing(coreErrorCodes().map((c) => `errors.${c}`))).toEqual([]);
  });

  it("translates every order step, order status and delivery status", () => {
    const statuses = [
      "awaiting_payment",
      "paid",
      "in_production",
      "produced",
      "shipped",
      "delivered",
      "completed",
      "refunded",
    ];
    expect(orderSteps).toContain("appointment_set");
    expect(
      missing([
        ...orderSteps.map((s) => `order.step.${s}`),
        ...statuses.map((s) => `order.status.${s}`),
        ...["preparing", "shipped", "delivered", "returned"].map((s) => `order.delivery.${s}`),
      ]),
    ).toEqual([]);
  });

  it("covers every step the core records (addStep literals)", () => {
    const recorded = new Set<string>();
    for (const file of sourcesUnder(join(root, "core")))
      for (const m of readFileSync(file, "utf8").matchAll(/addStep\([^,]+,\s*"([a-z_]+)"/g))
        recorded.add(m[1]!);
    expect(recorded.size).toBeGreaterThan(3);
    expect([...recorded].filter((s) => !(orderSteps as readonly string[]).includes(s))).toEqual([]);
  });

  it("labels every intent (menu.<intent>) and answers every informational one (info.<intent>)", () => {
    expect(
      missing([
        ...intents.map((i) => `menu.${i}`),
        ...infoIntents.map((i) => `info.${i}`),
        "nlu.did_you_mean",
      ]),
    ).toEqual([]);
  });
});
