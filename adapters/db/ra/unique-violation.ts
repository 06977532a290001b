/** Whether a Prisma error is a unique-constraint violation (P2002), on either dialect. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}

/** The columns a P2002 names (driver adapters report them in `meta`), best effort. */
export function uniqueViolationTargets(error: unknown): string {
  const meta = (error as { meta?: Record<string, unknown> }).meta ?? {};
  return JSON.stringify(meta);
}
