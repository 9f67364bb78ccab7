import { describe, expect, it } from "vitest";
import { initials } from "./initials";

describe("initials", () => {
  it("takes the first letters of the first and last words", () => {
    expect(initials("Ada Lovelace")).toBe("AL");
    expect(initials("Alan Mathison Turing")).toBe("AT");
    expect(initials("grace")).toBe("G");
  });
  it("copes with empty names, extra spaces and non-Latin letters", () => {
    expect(initials("")).toBe("?");
    expect(initials(null)).toBe("?");
    expect(initials("  émile   zola ")).toBe("ÉZ");
    expect(initials("محمد علي")).toBe("مع");
  });
});
