import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import express, { type Router } from "express";
import type { i18n } from "i18next";
import { methodNotAllowed } from "../http/errors.ts";

const publicDir = join(dirname(fileURLToPath(import.meta.url)), "public");

/** Keys of `locales/<lng>/web.json` the browser script needs. */
const clientKeys = [
  "you",
  "assistant",
  "choices_label",
  "error_network",
  "error_rate_limited",
  "error_refused",
  "error_session",
  "error_unavailable",
  "session_renewed",
] as const;

/** Content-Security-Policy of the page: everything from this origin, nothing inline that runs. */
const contentSecurityPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/**
 * `GET /` renders the chat page from `public/index.html.tmpl` with the texts of `locales/<lng>/web.json`
 * (Turkish unless `?lang=en`); `/chat/*` serves its stylesheet and script. No client build step.
 */
export function chatPageRoutes(translator: i18n): Router {
  const template = readFileSync(join(publicDir, "index.html.tmpl"), "utf8");
  const pages = new Map<string, string>();
  for (const lng of ["tr", "en"] as const) pages.set(lng, render(template, translator, lng));
  const router = express.Router();
  router.get("/", (req, res) => {
    const lng = req.query.lang === "en" ? "en" : "tr";
    res.setHeader("Content-Security-Policy", contentSecurityPolicy);
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "no-referrer");
    res.type("html").send(pages.get(lng));
  });
  router.all("/", methodNotAllowed(["GET", "HEAD"]));
  router.use("/chat", express.static(publicDir, { index: false, maxAge: "1h" }));
  return router;
}

function render(template: string, translator: i18n, lng: "tr" | "en"): string {
  const t = translator.getFixedT(lng, "web");
  const strings = Object.fromEntries(clientKeys.map((k) => [k, t(k)]));
  const values: Record<string, string> = {
    lang: lng,
    other_lang: lng === "tr" ? "en" : "tr",
    // JSON inside <script type="application/json">: escape "<" so no "</script>" can end it.
    strings_json: JSON.stringify(strings).replace(/</g, "\\u003c"),
  };
  return template.replace(/\{\{(\w+)\}\}/g, (_m, key: string) =>
    key in values ? (values[key] as string) : escapeHtml(t(key)),
  );
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
