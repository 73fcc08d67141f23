import { describe, expect, test } from "vitest";
import { lookupBuiltin } from "../../src/functions/registry.ts";
import type { EagerBuiltin } from "../../src/functions/types.ts";
import { cases } from "./cases/json.ts";
import { evaluateBoth, testContext } from "./support.ts";
import { caseTable } from "./table.ts";

describe("JSON builtins (recorded on the server)", () => {
  const mysqlQuiet = (result: string) => ({
    result,
    warnings: [],
    why: "MariaDB adds warning 4037/4038 for invalid JSON; MySQL's JSON_VALID and JSON_UNQUOTE do not warn",
  });
  caseTable("json", cases, {
    "JSON_VALID('[1, 2')": mysqlQuiet("0"),
    "JSON_VALID('')": mysqlQuiet("0"),
    "JSON_VALID('nul')": mysqlQuiet("0"),
    "JSON_UNQUOTE('\"abc')": mysqlQuiet('"abc'),
    "JSON_CONTAINS('{\"a\": 1}', '1', '$.z')": {
      result: null,
      warnings: [],
      why: "MySQL returns NULL when the path does not identify a section of the target (json-search-functions.html); MariaDB 0",
    },
  });
});

// MySQL 8 answers from the reference manual (json.html, json-search-functions.html, json-creation-functions.html):
// MySQL sorts object keys (shorter first, then bytewise), prints `{"a": 1}` and raises errors where MariaDB
// returns NULL with a warning. See docs/mysql-vs-mariadb.md.
describe("JSON builtins (MySQL 8 behaviour)", () => {
  test.each([
    [`JSON_OBJECT('id', 87, 'name', 'carrot')`, `{"id": 87, "name": "carrot"}`],
    [`JSON_OBJECT('bb', 1, 'a', 2.50, 'c', NULL)`, `{"a": 2.50, "c": null, "bb": 1}`],
    [`JSON_OBJECT('k', 1, 'k', 2)`, `{"k": 2}`],
    [`JSON_OBJECT('d', JSON_ARRAY(1, JSON_OBJECT('x', 'y')))`, `{"d": [1, {"x": "y"}]}`],
    [`JSON_ARRAY(1, 'abc', NULL, 'é😀')`, `[1, "abc", null, "é😀"]`],
    [`JSON_EXTRACT('{"b": [1, 2], "a": 1}', '$')`, `{"a": 1, "b": [1, 2]}`],
    [`JSON_EXTRACT('{"id": 14, "name": "Aztalan"}', '$.name')`, `"Aztalan"`],
    [`JSON_EXTRACT('[10, 20, [30, 40]]', '$[2][*]')`, `[30, 40]`],
    [`JSON_EXTRACT('{"a": {"b": 1}}', '$.a')`, `{"b": 1}`],
    [`JSON_EXTRACT('"tab\\\\tquote\\\\""', '$')`, `"tab\\tquote\\""`],
    [`JSON_EXTRACT('[1, 2]', '$[0]', '$[5]')`, `[1]`],
    [`JSON_EXTRACT('{"a": 1}', '$.*')`, `[1]`],
    [`JSON_UNQUOTE(JSON_EXTRACT('{"a": [1, 2]}', '$.a'))`, `[1, 2]`],
    [`JSON_TYPE(JSON_EXTRACT('{"a": [1]}', '$.a'))`, `ARRAY`],
    [`JSON_TYPE('18446744073709551615')`, `UNSIGNED INTEGER`],
    [`JSON_QUOTE('a"b')`, `"a\\"b"`],
    [`JSON_SET('{"a": 1, "b": [10, 20]}', '$.a', 2, '$.c', 'x')`, `{"a": 2, "b": [10, 20], "c": "x"}`],
    [`JSON_SET('{"b": [10]}', '$.b[5]', 30, '$.z.y', 1)`, `{"b": [10, 30]}`],
    [`JSON_SET('1', '$[1]', 2)`, `[1, 2]`],
    [`JSON_SET('1', '$[0]', 2)`, `2`],
    [`JSON_INSERT('{"a": 1}', '$.a', 2, '$.bb', 3, '$.c', 4)`, `{"a": 1, "c": 4, "bb": 3}`],
    [`JSON_REPLACE('{"a": 1}', '$.a', 2, '$.c', 3)`, `{"a": 2}`],
    [`JSON_REMOVE('{"a": 1, "b": [10, 20]}', '$.b[0]', '$.a')`, `{"b": [20]}`],
    [`JSON_REMOVE('[1, 2, 3]', '$[last]')`, `[1, 2]`],
    [`JSON_KEYS('{"bb": 1, "a": {"c": 2}}')`, `["a", "bb"]`],
    [`JSON_KEYS('{"a": {"c": 2}}', '$.a')`, `["c"]`],
    [`JSON_MERGE_PRESERVE('{"a": 1}', '{"a": 2, "b": [3]}', '4')`, `[{"a": [1, 2], "b": [3]}, 4]`],
    [`JSON_MERGE_PATCH('{"a": 1, "b": {"c": 2}}', '{"a": null, "b": {"d": 3}}')`, `{"b": {"c": 2, "d": 3}}`],
    [`JSON_MERGE_PATCH(NULL, '{"a": 1}', '[2]')`, `[2]`],
    [`JSON_ARRAY_APPEND('{"a": [1], "b": 5}', '$.a', 2, '$.b', 6, '$.zz', 7)`, `{"a": [1, 2], "b": [5, 6]}`],
    [`JSON_ARRAY_INSERT('[1, 2]', '$[0]', 'x', '$[9]', 'y', '$[last]', 'z')`, `["x", 1, 2, "z", "y"]`],
    [`JSON_ARRAY(1e0, 2.5e0, -3e0, 1e20)`, `[1.0, 2.5, -3.0, 1e20]`],
    [`JSON_EXTRACT('[12.00]', '$[0]')`, `12.0`],
  ])("%s = %s", (sql, expected) => {
    expect(evaluateBoth(sql)).toEqual({ result: expected, warnings: [] });
  });

  test.each([
    [`JSON_EXTRACT('{', '$')`, 3141],
    [`JSON_EXTRACT('[1, 2', '$[0]')`, 3141],
    [`JSON_TYPE('')`, 3141],
    [`JSON_EXTRACT('{}', '$.')`, 3143],
    [`JSON_EXTRACT('{}', 'a')`, 3143],
    [`JSON_EXTRACT('[1]', '$[x]')`, 3143],
    [`JSON_EXTRACT('[1]', '$**')`, 3143],
    [`JSON_EXTRACT(1, '$')`, 3146],
    [`JSON_TYPE(1)`, 3146],
    [`JSON_OBJECT(NULL, 1)`, 3158],
    [`JSON_OBJECT('a')`, 1582],
    [`JSON_SET('{}', '$.a')`, 1582],
    [`JSON_SET('{}', '$[*]', 1)`, 3149],
    [`JSON_REMOVE('{}', '$')`, 3153],
    [`JSON_KEYS('{}', '$.*')`, 3149],
    [`JSON_ARRAY_INSERT('[1]', '$.a', 2)`, 3165],
    [`JSON_ARRAY_APPEND('[1]', '$[*]', 2)`, 3149],
  ])("%s raises %i", (sql, errno) => {
    expect(evaluateBoth(sql).error).toBe(errno);
  });

  test("error messages name the function, RapidJSON's message and the position", () => {
    const extract = lookupBuiltin("JSON_EXTRACT") as EagerBuiltin;
    const ctx = testContext();
    expect(() => extract.impl(["[1, x]", "$"], ctx, [])).toThrow(
      'Invalid JSON text in argument 1 to function json_extract: "Invalid value." at position 4.',
    );
    expect(() => extract.impl(["[1]", "$.a.", "$"], ctx, [])).toThrow(
      "Invalid JSON path expression. The error is around character position 4.",
    );
    const type = lookupBuiltin("JSON_TYPE") as EagerBuiltin;
    expect(() => type.impl(["  "], ctx, [])).toThrow(
      'Invalid JSON text in argument 1 to function json_type: "The document is empty." at position 2.',
    );
    expect(() => type.impl(["[1,"], ctx, [])).toThrow('"Invalid value." at position 3.');
    // a number no double can hold is refused where it starts, as RapidJSON does
    expect(() => type.impl(["[1, 1e400]"], ctx, [])).toThrow('"Number too big to be stored in double." at position 4.');
    const object = lookupBuiltin("JSON_OBJECT") as EagerBuiltin;
    expect(() => object.impl(["a"], ctx, [])).toThrow(
      "Incorrect parameter count in the call to native function 'JSON_OBJECT'",
    );
  });
});
