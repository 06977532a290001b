import { describe, expect, it } from "vitest";
import { errorLine, errorLogFields, knownErrorCode } from "../../../adapters/logging/error-fields.ts";
import { ConflictError } from "../../../core/errors/domain-error.ts";

describe("how a failure is told to operators", () => {
  it("a coded error: its message and code, no stack", () => {
    const error = new ConflictError("already_revoked", "the certificate is revoked already");
    expect(knownErrorCode(error)).toBe("already_revoked");
    expect(errorLogFields(error)).toEqual({
      code: "already_revoked",
      error: "the certificate is revoked already",
    });
    expect(errorLine(error)).toBe("the certificate is revoked already [already_revoked]");
  });

  it("a Node system error is known by its code", () => {
    const error = Object.assign(new Error("listen EADDRINUSE: address already in use 127.0.0.1:3000"), {
      code: "EADDRINUSE",
    });
    expect(errorLine(error)).toBe("listen EADDRINUSE: address already in use 127.0.0.1:3000 [EADDRINUSE]");
    expect(JSON.stringify(errorLogFields(error))).not.toMatch(/\bat /);
  });

  it("anything else is a bug: logged whole, with its stack", () => {
    const error = new TypeError("x is undefined\nsecond line");
    expect(errorLogFields(error)).toEqual({ err: error });
    expect(errorLine(error)).toBe("x is undefined");
    expect(errorLine("plain")).toBe("plain");
  });
});
