import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/** Source files that may define HTTP routes (the replay runner's fakes are not the service's routes). */
function routeSources(dir = "adapters"): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return path === join("adapters", "replay") ? [] : routeSources(path);
    return name.endsWith(".ts") ? [path] : [];
  });
}

const routePatterns = [
  /\brouter\.(?:get|post|put|patch|delete|use)\(\s*"(\/[^"]*)"/g,
  /_PATH = "(\/[^"]*)"/g,
  /\bpath === "(\/[^"]*)"/g,
];

/** Route paths written in a source text. */
function routesIn(source: string): string[] {
  return routePatterns.flatMap((pattern) => [...source.matchAll(pattern)].map((m) => m[1]!));
}

/** A route as a pattern over the docs: `:param` stands for any segment text. */
function documented(route: string, text: string): boolean {
  const escaped = route.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/:\w+/g, "[^/ `]+");
  return new RegExp(`\`(?:GET|POST|PUT|PATCH|DELETE) ${escaped}|\`${escaped}`).test(text);
}

describe("docs/http.md", () => {
  const text = readFileSync(join("docs", "http.md"), "utf8");

  it("matches a parameterised route against the documented example", () => {
    expect(documented("/ca/:name.:format", "`GET /ca/root.crt`")).toBe(true);
    expect(documented("/api/x/:id", "`GET /api/y/1`")).toBe(false);
  });

  it("documents every route the service's adapters define", () => {
    const routes = new Set(routeSources().flatMap((file) => routesIn(readFileSync(file, "utf8"))));
    expect(routes.size).toBeGreaterThan(8);
    expect([...routes].filter((route) => !documented(route, text))).toEqual([]);
  });
});
