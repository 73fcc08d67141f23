import { describe, expect, it } from "vitest";
import { collation, equalsUnfolded, findCollation, needsNoFolding } from "../../src/values/collation.ts";
import { compileLike } from "../../src/values/like.ts";

const ai = collation("utf8mb4_0900_ai_ci");
const gen = collation("utf8mb4_general_ci");
const bin = collation("utf8mb4_bin");
const binary = collation("binary");

describe("collations", () => {
  it("utf8mb4_0900_ai_ci is case- and accent-insensitive and NO PAD", () => {
    expect(ai.equals("abc", "ABC")).toBe(true);
    expect(ai.equals("a ", "a")).toBe(false);
    expect(ai.equals("résumé", "RESUME")).toBe(true);
    expect(ai.equals("ß", "ss")).toBe(true);
    expect(ai.compare("_", "a")).toBe(-1);
    expect(ai.compare("a", "B")).toBe(-1);
    expect(ai.compare("10", "9")).toBe(-1);
    expect(ai.compare("abc", "ab")).toBe(1);
  });
  it("utf8mb4_general_ci is PAD SPACE with one weight per character", () => {
    expect(gen.equals("a ", "a")).toBe(true);
    expect(gen.equals("ß", "s")).toBe(true);
    expect(gen.equals("ß", "ss")).toBe(false);
    expect(gen.compare("_", "a")).toBe(1);
  });
  it("utf8mb4_bin is exact and PAD SPACE; binary is exact and NO PAD", () => {
    expect(bin.equals("a", "A")).toBe(false);
    expect(bin.equals("a  ", "a")).toBe(true);
    expect(binary.equals("a ", "a")).toBe(false);
    // Code point order: U+1F600 (a surrogate pair in UTF-16) sorts after U+FFFD.
    expect(bin.compare("\u{1F600}", "\uFFFD")).toBe(1);
  });
  it("knows names case-insensitively and rejects unknown ones", () => {
    expect(findCollation("UTF8MB4_BIN")?.name).toBe("utf8mb4_bin");
    expect(findCollation("klingon_ci")).toBeUndefined();
  });
  it("uses plain === for constants without letters, and only then", () => {
    expect(needsNoFolding("{", ai)).toBe(true);
    expect(needsNoFolding("t", ai)).toBe(false);
    expect(needsNoFolding("t", bin)).toBe(true);
    expect(needsNoFolding("a ", bin)).toBe(false);
    expect(equalsUnfolded("{", "{", ai)).toBe(true);
    expect(equalsUnfolded("[", "{", ai)).toBe(false);
    // A full-width brace is the same character as '{' at the primary level.
    expect(equalsUnfolded("｛", "{", ai)).toBe(true);
  });
});

describe("LIKE", () => {
  const like = (s: string, p: string, c = ai, esc = 92) => compileLike(p, esc, c)(s);
  it("matches % and _ with collation folding", () => {
    expect(like("ABC", "a%")).toBe(true);
    expect(like("abc", "a_c")).toBe(true);
    expect(like("ab", "a_c")).toBe(false);
    expect(like("aXbXc", "a%b%c")).toBe(true);
    expect(like("abcabc", "%bc%bc")).toBe(true);
    expect(like("abcab", "%bc%bc")).toBe(false);
    expect(like("á", "a")).toBe(true);
    expect(like("ABC", "abc", bin)).toBe(false);
  });
  it("does not pad, counts a surrogate pair as one character, honours the escape", () => {
    expect(like("a ", "a", gen)).toBe(false);
    expect(like("\u{1F600}x", "_x")).toBe(true);
    expect(like("a%c", "a\\%c")).toBe(true);
    expect(like("abc", "a\\%c")).toBe(false);
    expect(like("a%c", "a|%c", ai, 124)).toBe(true);
  });
});
