import { describe, expect, test } from "vitest";
import { compileRegexp } from "../../src/functions/regexp.ts";
import { cases } from "./cases/regexp.ts";
import { evaluate, evaluateBoth } from "./support.ts";
import { caseTable } from "./table.ts";

const icu = (result: string | null, why: string) => ({ result, warnings: [], why });

describe("regular expressions (recorded on the server)", () => {
  caseTable("regexp", cases, {
    "REGEXP_SUBSTR('abc', 'x')": icu(null, "MySQL returns NULL when nothing matches (regexp.html); MariaDB ''"),
    "REGEXP_REPLACE('John Smith', '(\\\\w+) (\\\\w+)', '$2, $1')": icu(
      "Smith, John",
      "ICU's replacement syntax is $n; MariaDB's PCRE wrapper uses \\n",
    ),
    "REGEXP_REPLACE('abc', 'x*', '-')": icu("-a-b-c-", "ICU replaces every empty match; MariaDB replaces none"),
  });
  test("an empty pattern is error 3685 in MySQL (MariaDB returns the subject)", () => {
    expect(evaluate("REGEXP_REPLACE('abc', '', '-')").error).toBe(3685);
    expect(evaluate("REGEXP_LIKE(NULL, '')").error).toBe(3685);
  });
});

// MySQL 8 behaviour from the reference manual (regexp.html) and ICU's syntax documentation.
describe("regular expressions (MySQL 8, ICU syntax)", () => {
  test.each([
    ["REGEXP_LIKE('CamelCase', 'CAMELCASE')", "1"],
    ["REGEXP_LIKE('CamelCase', 'CAMELCASE' COLLATE utf8mb4_bin)", "0"],
    ["REGEXP_LIKE('CamelCase', BINARY 'CAMELCASE')", "0"],
    ["REGEXP_LIKE('abc', 'ABC', 'c')", "0"],
    ["REGEXP_LIKE('abc', 'ABC', 'ci')", "1"],
    ["REGEXP_LIKE('new*\\n*line', 'new\\\\*.\\\\*line')", "0"],
    ["REGEXP_LIKE('new*\\n*line', 'new\\\\*.\\\\*line', 'n')", "1"],
    ["REGEXP_LIKE('abc\\ndef', '^def$')", "0"],
    ["REGEXP_LIKE('abc\\ndef', '^def$', 'm')", "1"],
    ["REGEXP_LIKE('abc\\n', 'c$')", "1"],
    ["REGEXP_LIKE('abc\\n', 'c\\\\z')", "0"],
    ["REGEXP_LIKE('abc', '\\\\Aabc\\\\Z')", "1"],
    ["REGEXP_LIKE('a.b', '\\\\Qa.b\\\\E')", "1"],
    ["REGEXP_LIKE('axb', '\\\\Qa.b\\\\E')", "0"],
    ["REGEXP_LIKE('a-b', 'a\\\\-b')", "1"],
    ["REGEXP_LIKE('#', '\\\\#')", "1"],
    ["REGEXP_LIKE('é', '^[[:alpha:]]$')", "1"],
    ["REGEXP_LIKE('b', '^[a[bc]]$')", "1"],
    ["REGEXP_LIKE('abc', '(?x) a b c # spaced out')", "1"],
    ["REGEXP_LIKE('ABC', '(?-i)abc')", "0"],
    ["REGEXP_LIKE('a}', 'a}')", "1"],
    ["REGEXP_LIKE('A', '\\\\x{41}')", "1"],
    ["REGEXP_LIKE('aaa', '^a*+$')", "1"],
    ["REGEXP_INSTR('dog cat dog', 'dog', 2)", "9"],
    ["REGEXP_INSTR('dog cat dog', 'dog', 1, 1, 1)", "4"],
    ["REGEXP_INSTR('aa aaa aaaa', 'a{2}', 1, 3)", "8"],
    ["REGEXP_INSTR('a😀b😀c', '😀', 1, 2)", "4"],
    ["REGEXP_INSTR('é a', '\\\\ba')", "3"],
    ["REGEXP_SUBSTR('abc def ghi', '[a-z]+', 1, 3)", "ghi"],
    ["REGEXP_SUBSTR('abc def ghi', '[a-z]+', 1, 4)", null],
    ["REGEXP_SUBSTR('a😀b😀c', '😀.', 1, 2)", "😀c"],
    ["REGEXP_SUBSTR('x٣y', '\\\\d')", "٣"],
    ["REGEXP_SUBSTR('héllo wörld', '\\\\w+')", "héllo"],
    ["REGEXP_REPLACE('abc def ghi', '[a-z]+', 'X', 1, 3)", "abc def X"],
    ["REGEXP_REPLACE('a b c b', 'b', 'X', 4)", "a b c X"],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: ${...} is ICU's group reference inside SQL text
    ["REGEXP_REPLACE('a b', '(?<w>b)', '[${w}]')", "a [b]"],
    ["REGEXP_REPLACE('a b', 'b', '\\\\$')", "a $"],
  ])("%s = %s", (sql, expected) => {
    expect(evaluateBoth(sql)).toEqual({ result: expected, warnings: [] });
  });

  test.each([
    ["REGEXP_LIKE('a', '(')", 3691],
    ["REGEXP_LIKE('a', 'a)')", 3691],
    ["REGEXP_LIKE('a', 'a[')", 3696],
    ["REGEXP_LIKE('a', 'a{2,1}')", 3693],
    ["REGEXP_LIKE('a', 'a{}')", 3692],
    ["REGEXP_LIKE('a', '\\\\1')", 3694],
    ["REGEXP_LIKE('a', '*')", 3688],
    ["REGEXP_LIKE('a', '[b-a]')", 3697],
    ["REGEXP_LIKE('a', '\\\\y')", 3689],
    ["REGEXP_LIKE('a', '\\\\G')", 3690],
    ["REGEXP_LIKE('a', 'a', 'z')", 3900],
    ["REGEXP_INSTR('abc', 'b', 5)", 3686],
    ["REGEXP_INSTR('abc', 'b', 0)", 3686],
    ["REGEXP_INSTR('abc', 'b', 1, 1, 2)", 1210],
    ["REGEXP_REPLACE('a', '(a)', '$2')", 3686],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: ${...} is ICU's group reference inside SQL text
    ["REGEXP_REPLACE('a', '(a)', '${1}')", 3887],
  ])("%s raises %i", (sql, errno) => {
    expect(evaluateBoth(sql).error).toBe(errno);
  });

  test("compileRegexp caches compiled patterns and honours the flags", () => {
    const a = compileRegexp("a+b", { caseInsensitive: true });
    expect(compileRegexp("a+b", { caseInsensitive: true })).toBe(a);
    expect(a.flags).toContain("i");
    expect(a.flags).toContain("u");
    expect(compileRegexp("a+b", { caseInsensitive: false }).flags).not.toContain("i");
  });
});
