/** The subject question's reading of a typed VKN, TCKN or serial (bot/flows/dialog/subject.ts). */
import { describe, expect, it } from "vitest";
import { subjectOf } from "../../../../bot/flows/dialog/subject.ts";
import type { Turn } from "../../../../bot/turn.ts";
import { ValidationError } from "../../../../core/errors/domain-error.ts";

const turn = { deps: { testMode: false } } as unknown as Turn;

function reason(raw: string): string | undefined {
  try {
    subjectOf(turn, raw);
  } catch (error) {
    if (error instanceof ValidationError) return error.code;
    throw error;
  }
  return undefined;
}

describe("subjectOf", () => {
  it("reads grouped digits and a VKN or TCKN label", () => {
    expect(subjectOf(turn, "323.051.2384")).toBe("3230512384");
    expect(subjectOf(turn, "vkn: 3230512384")).toBe("3230512384");
    expect(subjectOf(turn, "Vergi no 323 051 23 84")).toBe("3230512384");
    expect(subjectOf(turn, "tckn 10000000146")).toBe("10000000146");
    expect(subjectOf(turn, "T.C. kimlik no: 100.000.001.46")).toBe("10000000146");
  });

  it("keeps the checksum and the reasons", () => {
    expect(reason("vkn: 4540536921")).toBe("invalid_vkn");
    expect(reason("vkn: 32305")).toBe("invalid_vkn_format");
    expect(subjectOf(turn, "hmm")).toBeUndefined();
  });

  it("still reads a serial", () => {
    expect(subjectOf(turn, "33:55:0f:a4:3e:78:ac:41")).toBe("33550fa43e78ac41");
  });
});
