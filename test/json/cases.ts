// Every grammar production and every error message of the JSON parser, each with its position, as data: the unit
// tests run them through the parser under test (productions.test.ts) and on MariaDB (productions.mariadb.test.ts).

import type { CallOutcome } from "./mariadb.ts";

export interface ParserCase {
  readonly doc: string;
  readonly key: string | null;
  readonly expected: CallOutcome;
}

export interface CaseGroup {
  readonly name: string;
  readonly cases: readonly ParserCase[];
}

export const GROUPS: CaseGroup[] = [];
let current: ParserCase[] = [];

function group(name: string, body: () => void): void {
  current = [];
  body();
  GROUPS.push({ name, cases: current });
}

type Found = readonly [value: string | null, type: string | null];

function found(doc: string, key: string | null, expected: Found): void {
  current.push({ doc, key, expected: { value: expected[0], type: expected[1] } });
}

function fails(doc: string, message: string): void {
  const error = { errno: 1644, sqlstate: "45000", message: `Not a JSON document or JSON array: ${message}` };
  current.push({ doc, key: "a", expected: { error } });
}

group("objects: members, empty objects, whitespace around every token", () => {
  found('{"a":1}', "a", ["1", "number"]);
  found('{"b":1,"a":2}', "a", ["2", "number"]);
  found("{}", "a", [null, null]);
  found("{ \t}", "a", [null, null]);
  found(' \t{ \t"a" \t: \t1 \t, \t"b":2 \t} \t', "a", ["1", "number"]);
  found('{"a":{}}', "a", ["{}", "object"]);
  found('{"a":{ "b" : [ 1 ] }}', "a", ['{ "b" : [ 1 ] }', "object"]);
});

group("arrays: elements, empty arrays, nesting; a top-level array has no properties", () => {
  found('{"a":[]}', "a", ["[]", "array"]);
  found('{"a":[ ]}', "a", ["[ ]", "array"]);
  found('{"a":[1, "x", [true], {"b": null}]}', "a", ['[1, "x", [true], {"b": null}]', "array"]);
  found('[{"a": 1}]', "a", [null, null]);
  found("[]", "a", [null, null]);
  found('[1, [2, [3]], {"a": []}]', "a", [null, null]);
});

group("top-level scalars are valid documents without properties", () => {
  for (const doc of ['"a"', "1", "-0.5e1", "true", "false", "null", ' "x" ']) found(doc, "a", [null, null]);
});

group("only members of the top-level object are found, however deep a same-named key is", () => {
  found('{"x": {"a": 1}}', "a", [null, null]);
  found('{"x": [{"a": 1}], "a": 2}', "a", ["2", "number"]);
  found('{"x": {"a": {"a": 3}}, "a": [{"a": 4}]}', "a", ['[{"a": 4}]', "array"]);
});

group("nested containers that are not sought are skipped, to any depth", () => {
  const deep = `${"[".repeat(3000)}${"]".repeat(3000)}`;
  found(`{"x": ${deep}, "a": "after"}`, "a", ["after", "string"]);
  const objects = `${'{"k":'.repeat(700)}1${"}".repeat(700)}`;
  found(`{"a": ${objects}}`, "a", [objects, "object"]);
  // Alternating kinds across the 64-level boundary of the parser's stack.
  let mixed = "0";
  for (let i = 0; i < 200; i++) mixed = i % 2 === 0 ? `[${mixed}]` : `{"m":${mixed}}`;
  found(`{"a": ${mixed}, "b": 1}`, "b", ["1", "number"]);
});

group("duplicate keys: the last one wins", () => {
  found('{"a": 1, "a": "two"}', "a", ["two", "string"]);
  found('{"a": [1], "b": 0, "a": {"c": 2}}', "a", ['{"c": 2}', "object"]);
  found('{"a": 1, "x": {"a": 9}}', "a", ["1", "number"]);
});

group("keys match exactly: case, spaces and escapes", () => {
  found('{"A": 1}', "a", [null, null]);
  found('{"a ": 1}', "a", [null, null]);
  found('{"a": 1}', "a ", [null, null]);
  found('{"\\u0061": 5}', "a", ["5", "number"]);
  found('{"\\ud83d\\ude00": 6}', "😀", ["6", "number"]);
  found('{"": 7}', "", ["7", "number"]);
  found('{"a": 1}', null, [null, null]);
});

group("strings: every escape decoded", () => {
  found('{"a": "x\\"y\\\\z\\/w"}', "a", ['x"y\\z/w', "string"]);
  found('{"a": "\\b\\f\\n\\r\\t"}', "a", ["\b\f\n\r\t", "string"]);
  found('{"a": "\\u0041\\u00e9\\u4E2D\\uffff\\u0000"}', "a", ["Aé中\uffff\u0000", "string"]);
  found('{"a": ""}', "a", ["", "string"]);
  found('{"a": "raw é 中 😀 \u2028"}', "a", ["raw é 中 😀 \u2028", "string"]);
  found('{"a": "\u007f"}', "a", ["\u007f", "string"]);
});

group("strings: surrogate pairs decode to one character, lone surrogates to U+FFFD", () => {
  found('{"a": "\\ud83d\\ude00"}', "a", ["😀", "string"]);
  found('{"a": "\\uD834\\uDD1E"}', "a", ["𝄞", "string"]);
  found('{"a": "\\udbff\\udfff"}', "a", ["\u{10ffff}", "string"]);
  found('{"a": "x\\ud800y"}', "a", ["x\ufffdy", "string"]);
  found('{"a": "\\udc00"}', "a", ["\ufffd", "string"]);
  found('{"a": "\\ude00\\ud83d"}', "a", ["\ufffd\ufffd", "string"]);
  found('{"a": "\\ud800\\ud800\\udc00"}', "a", ["\ufffd\u{10000}", "string"]);
  found('{"a": "\\ud800\\n"}', "a", ["\ufffd\n", "string"]);
});

group("long strings with many escapes are decoded whole", () => {
  const raw = "ab\\n\\u00e9".repeat(3000);
  found(`{"a": "${raw}"}`, "a", ["ab\né".repeat(3000), "string"]);
});

group("numbers exactly as written", () => {
  for (const n of ["0", "-0", "-0.0", "7", "-12", "0.5", "10.25", "1e5", "1E+5", "1e-5", "-0e0", "1.5E400", "5e-324"]) {
    found(`{"a": ${n}}`, "a", [n, "number"]);
  }
  found('{"a": 123456789012345678901234567890.5}', "a", ["123456789012345678901234567890.5", "number"]);
  found('{"a":1,"b":2}', "a", ["1", "number"]);
});

group("true, false and null as written", () => {
  found('{"a": true}', "a", ["true", "bool"]);
  found('{"a": false}', "a", ["false", "bool"]);
  found('{"a": null}', "a", ["null", "null"]);
});

group("the seed's normalisation removes CR and LF everywhere, even inside strings", () => {
  found('{\r\n  "a" : "x\ny"\r\n}', "a", ["xy", "string"]);
  found('{"a":\n[1,\r\n2]}', "a", ["[1,2]", "array"]);
  found('{"a": 1}\r\n', "a", ["1", "number"]);
});

group("the API Gateway envelope: body is a JSON string holding JSON", () => {
  const reply = '{\n  "statusCode" : "200",\n  "body" : "{\\"output\\":\\"5\\",\\"input\\":{\\"fib\\":5}}"\n}';
  found(reply, "body", ['{"output":"5","input":{"fib":5}}', "string"]);
  found('{"output":"5","input":{"fib":5}}', "output", ["5", "string"]);
});

group("found incorrect character", () => {
  fails("x", 'found incorrect "x" at position: 1');
  fails("  }", 'found incorrect "}" at position: 3');
  fails('{"a" 1}', 'found incorrect "1" at position: 6');
  fails("{a: 1}", 'found incorrect "a" at position: 2');
  fails("{'a': 1}", 'found incorrect "\'" at position: 2');
  fails('{"a": 1,}', 'found incorrect "}" at position: 9');
  fails("[1,]", 'found incorrect "]" at position: 4');
  fails("[1 2]", 'found incorrect "2" at position: 4');
  fails('{"a": 1]', 'found incorrect "]" at position: 8');
  fails("[1}", 'found incorrect "}" at position: 3');
  fails('{"a": +1}', 'found incorrect "+" at position: 7');
  fails('{"a": .5}', 'found incorrect "." at position: 7');
  fails('{"a": 1.5.2}', 'found incorrect "." at position: 10');
  fails('{"a": 1a}', 'found incorrect "a" at position: 8');
  fails('{"a": True}', 'found incorrect "T" at position: 7');
  fails('{"a": trUe}', 'found incorrect "U" at position: 9');
  fails('{"a": nulL}', 'found incorrect "L" at position: 10');
  fails('{"a": NaN}', 'found incorrect "N" at position: 7');
  fails('{"a": 1 /* c */}', 'found incorrect "/" at position: 9');
});

group("found incorrect character: trailing garbage after the top-level value", () => {
  fails('{"a": 1}}', 'found incorrect "}" at position: 9');
  fails('{"a": 1} x', 'found incorrect "x" at position: 10');
  fails("1 2", 'found incorrect "2" at position: 3');
  fails("[] []", 'found incorrect "[" at position: 4');
});

group("found incorrect character: positions count characters, not bytes or UTF-16 units", () => {
  fails('{"é😀": 1} x', 'found incorrect "x" at position: 11');
  fails('{"a": "😀"} 😀', 'found incorrect "?" at position: 12');
  fails('{"a":\u00a01}', 'found incorrect "\u00a0" at position: 6');
  fails('{"a":\u000b1}', 'found incorrect "\\u000B" at position: 6');
  fails('{"a":1}\u0085', 'found incorrect "\\u0085" at position: 8');
  fails('\r\n\r\n{"a": 1} x', 'found incorrect "x" at position: 10');
});

group("unexpected end of document", () => {
  fails("", "unexpected end of document at position: 1");
  fails(" \t\r\n", "unexpected end of document at position: 3");
  fails("{", "unexpected end of document at position: 2");
  fails('{"a"', "unexpected end of document at position: 5");
  fails('{"a":', "unexpected end of document at position: 6");
  fails('{"a": 1', "unexpected end of document at position: 8");
  fails('{"a": 1,', "unexpected end of document at position: 9");
  fails("[[1]", "unexpected end of document at position: 5");
  fails("tru", "unexpected end of document at position: 4");
  fails('{"a": nul', "unexpected end of document at position: 10");
});

group("unterminated string", () => {
  fails('"abc', "unterminated string starting at position: 1");
  fails('{"a": "abc}', "unterminated string starting at position: 7");
  fails('{"abc', "unterminated string starting at position: 2");
  fails('{"a": "x\\', "unterminated string starting at position: 7");
  fails('{"a": "\\u12', "unterminated string starting at position: 7");
  fails('{"a": "\\u', "unterminated string starting at position: 7");
});

group("invalid escape", () => {
  fails('{"a": "\\x"}', 'invalid escape "\\x" at position: 8');
  fails('{"a": "\\U0041"}', 'invalid escape "\\U" at position: 8');
  fails('{"a": "\\\'"}', 'invalid escape "\\\'" at position: 8');
  fails('{"a": "\\u12G4"}', 'invalid escape "\\u12G4" at position: 8');
  fails('{"a": "\\u12"}', 'invalid escape "\\u12"}" at position: 8');
  fails('{"a": "ab\\u-123"}', 'invalid escape "\\u-123" at position: 10');
  fails('{"a": "\\ud800\\uZZZZ"}', 'invalid escape "\\uZZZZ" at position: 14');
  fails('{"a": "\\\t"}', 'invalid escape "\\\\u0009" at position: 8');
  fails('{"a": "\\😀"}', 'invalid escape "\\?" at position: 8');
});

group("unescaped control character in a string", () => {
  fails('{"a": "tab\there"}', "unescaped control character U+0009 in string at position: 11");
  fails('{"a": "\u0000"}', "unescaped control character U+0000 in string at position: 8");
  fails('{"a": "\u001f"}', "unescaped control character U+001F in string at position: 8");
});

group("invalid number: expected a digit", () => {
  fails('{"a": -}', "invalid number, expected a digit at position: 8");
  fails('{"a": -x}', "invalid number, expected a digit at position: 8");
  fails('{"a": -Infinity}', "invalid number, expected a digit at position: 8");
  fails('{"a": 1.}', "invalid number, expected a digit at position: 9");
  fails('{"a": 1.e5}', "invalid number, expected a digit at position: 9");
  fails('{"a": 1e}', "invalid number, expected a digit at position: 9");
  fails('{"a": 1E+}', "invalid number, expected a digit at position: 10");
  fails('{"a": 1e-x}', "invalid number, expected a digit at position: 10");
  fails("-", "invalid number, expected a digit at position: 2");
  fails("1.", "invalid number, expected a digit at position: 3");
});

group("invalid number: leading zero", () => {
  fails('{"a": 01}', "invalid number, leading zero at position: 8");
  fails('{"a": -007}', "invalid number, leading zero at position: 9");
  fails("00", "invalid number, leading zero at position: 2");
});

group("errors deep inside skipped containers are still found", () => {
  fails(`{"x": ${"[".repeat(100)}01${"]".repeat(100)}}`, "invalid number, leading zero at position: 108");
  fails(`{"x": ${"[".repeat(100)}${"]".repeat(99)}}`, 'found incorrect "}" at position: 206');
  fails('{"a": 1, "x": {"y": [1, 2,]}}', 'found incorrect "]" at position: 27');
});
