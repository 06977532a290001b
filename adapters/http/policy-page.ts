import express, { type Router } from "express";
import type { i18n } from "i18next";
import type { ProfileConfig } from "../../core/pki/profile-config.ts";
import { methodNotAllowed } from "./errors.ts";

/** What the policy page names: the URLs and the policy OID the certificates carry. */
export interface PolicyPageFacts {
  /** The profile of the certificates (policy OID, CRL, OCSP and issuing CA certificate URLs). */
  profile: ProfileConfig;
  /** Where the root CA certificate is served (`<MM_PUBLIC_URL>/ca/root.crt`). */
  rootCertUri: string;
  /** The CA is the embedded default's development CA (not `NODE_ENV=production`): the page says so. */
  development: boolean;
}

/** Nothing on the page runs or loads: no script, no style sheet, no frame. */
const contentSecurityPolicy =
  "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * `GET /ilke`: the page the CPS qualifier of every certificate points at (core/pki/profile-config.ts).
 * A short, honest page in Turkish, then English (`locales/<lng>/common.json`, `policy_page`): this is
 * the service's own CA, not Kamu SM's, it issues under the profile's policy OID, and its CRL, OCSP
 * responder and CA certificates are at the URLs the certificates name. Rendered once, at start-up.
 */
export function policyPageRoutes(translator: i18n, facts: PolicyPageFacts): Router {
  const page = renderPolicyPage(translator, facts);
  const router = express.Router();
  router.get("/ilke", (_req, res) => {
    res.setHeader("Content-Security-Policy", contentSecurityPolicy);
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Cache-Control", "public, max-age=3600");
    res.type("html").send(page);
  });
  router.all("/ilke", methodNotAllowed(["GET", "HEAD"]));
  return router;
}

/** The whole HTML document of {@link policyPageRoutes}. */
export function renderPolicyPage(translator: i18n, facts: PolicyPageFacts): string {
  const tr = translator.getFixedT("tr", "common", "policy_page");
  return [
    "<!doctype html>",
    '<html lang="tr">',
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(tr("title"))}</title></head>`,
    "<body>",
    section(translator, "tr", facts),
    section(translator, "en", facts),
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

function section(translator: i18n, lng: "tr" | "en", facts: PolicyPageFacts): string {
  const t = translator.getFixedT(lng, "common", "policy_page");
  const { profile } = facts;
  const link = (label: string, url: string) =>
    `<li>${escapeHtml(t(label))} <a href="${escapeHtml(url)}">${escapeHtml(url)}</a></li>`;
  return [
    `<section lang="${lng}">`,
    `<h1>${escapeHtml(t("heading"))}</h1>`,
    `<p>${escapeHtml(t("intro"))}</p>`,
    `<p>${escapeHtml(t("policy", { policyOid: profile.policyOid }))}</p>`,
    ...(facts.development ? [`<p><strong>${escapeHtml(t("development"))}</strong></p>`] : []),
    `<h2>${escapeHtml(t("status_heading"))}</h2>`,
    "<ul>",
    link("crl", profile.crlUri),
    link("ocsp", profile.ocspUri),
    link("issuing", profile.caIssuersUri),
    link("root", facts.rootCertUri),
    "</ul>",
    "</section>",
  ].join("\n");
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
