import { describe, expect, it } from "vitest";
import { domainStatus } from "../../../adapters/http/errors.ts";
import {
  DomainError,
  KeyManagerError,
  NotFoundError,
  ValidationError,
} from "../../../core/errors/domain-error.ts";
import { type ErrorCode, errorCodes } from "../../../core/errors/error-codes.ts";

describe("HTTP status of a coded error", () => {
  it("is the registry's for a registered code, whatever class carries it", () => {
    expect(domainStatus(new DomainError("too_many_codes", "x"))).toBe(errorCodes.too_many_codes.status);
    expect(domainStatus(new DomainError("too_many_codes", "x"))).toBe(429);
    expect(domainStatus(new DomainError("unknown_order", "x"))).toBe(404);
    expect(domainStatus(new ValidationError("invalid_vkn", "x"))).toBe(400);
    expect(domainStatus(new KeyManagerError("pin_locked", "x"))).toBe(503);
  });

  it("falls back to the error's class for a code the registry does not know", () => {
    expect(domainStatus(new NotFoundError("no_such_thing_here" as ErrorCode, "x"))).toBe(404);
    expect(domainStatus(new DomainError("no_such_thing_here" as ErrorCode, "x"))).toBe(400);
  });
});
