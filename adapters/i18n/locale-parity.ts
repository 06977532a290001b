import type { Resource } from "i18next";

/** Flattens nested translation objects to dotted keys: `{ a: { b: "x" } }` → `["a.b"]`. */
export function flattenKeys(value: unknown, prefix = ""): string[] {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return prefix ? [prefix] : [];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    flattenKeys(v, prefix ? `${prefix}.${k}` : k),
  );
}

/**
 * Lists every `namespace:key` present in one locale and missing in another, as
 * `"<missing-in>: <namespace>:<key>"`. An empty list means the locales agree.
 */
export function localeParityProblems(resources: Resource): string[] {
  const languages = Object.keys(resources);
  const keysOf = (lng: string) =>
    new Set(
      Object.entries(resources[lng] ?? {}).flatMap(([ns, tree]) =>
        flattenKeys(tree).map((k) => `${ns}:${k}`),
      ),
    );
  const sets = new Map(languages.map((l) => [l, keysOf(l)]));
  const problems: string[] = [];
  for (const from of languages) {
    for (const to of languages) {
      if (from === to) continue;
      for (const key of sets.get(from)!) if (!sets.get(to)!.has(key)) problems.push(`${to}: ${key}`);
    }
  }
  return [...new Set(problems)].sort();
}
