// Writes test/json/corpus/*.json: tricky documents for the SQL JSON parser. Deterministic; run it with
// `npx tsx test/json/make-corpus.ts`, then record the server's answers with `npx tsx test/json/record-expected.ts`.
// Names starting with `invalid_` are documents JSON.parse rejects (after normalisation).

import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const dir = fileURLToPath(new URL("./corpus/", import.meta.url));

const nest = (depth: number, open: string, close: string, inner: string): string =>
  open.repeat(depth) + inner + close.repeat(depth);

function mixedNest(depth: number): string {
  let s = "1";
  for (let i = 0; i < depth; i++) s = i % 2 === 0 ? `[${s}, {"x": 2}]` : `{"x": ${s}, "y": [3]}`;
  return s;
}

function longString(length: number): string {
  const pieces = ["plain text ", "\\n", "\\u00e9", "\\ud83d\\ude00", "\\\\", '\\"', "中文", "😀", "\\t"];
  let s = "";
  for (let i = 0; s.length < length; i++) s += pieces[i % pieces.length];
  return s;
}

export const CORPUS: Record<string, string> = {
  seed_lambda_reply:
    '{\r\n  "statusCode" : "200",\r\n  "headers" : {\r\n    "Content-Type" : "application/json"\r\n  },\r\n' +
    '  "body" : "{\\"output\\":\\"5\\",\\"input\\":{\\"fib\\":5}}",\r\n  "isBase64Encoded" : false\r\n}\r\n',
  seed_fib_output: '{\n  "output" : "5",\n  "input" : {\n    "fib" : 5\n  }\n}',
  deep_arrays_1000: `{"a": ${nest(1000, "[", "]", "7")}, "b": "after"}`,
  deep_objects_500: `{"a": ${nest(500, '{"k":', "}", "true")}, "output": 1}`,
  deep_mixed_300: `{"a": ${mixedNest(300)}, "output": "z"}`,
  deep_top_array_2000: nest(2000, "[", "]", ""),
  long_string_100k: `{"s": "${longString(100_000)}", "output": 2}`,
  long_key_and_value: `{"${"k".repeat(5000)}": 1, "v": "${"v".repeat(40_000)}", "output": "x"}`,
  every_escape: '{"output": "q\\" b\\\\ s\\/ b\\b f\\f n\\n r\\r t\\t u\\u0041\\u00e9\\u4e2d\\uFFFF\\u0000 end"}',
  surrogates:
    '{"pair": "\\ud83d\\ude00", "upper": "\\uD834\\uDD1E", "max": "\\udbff\\udfff", "lone_high": "a\\ud800b",' +
    ' "lone_low": "\\udc00", "high_then_high": "\\ud800\\ud800\\udc00", "high_then_escape": "\\ud800\\n",' +
    ' "high_at_end": "\\ud83d", "reversed": "\\ude00\\ud83d"}',
  raw_unicode: '{"é": "é", "中文": "中文字符", "😀": "😀😀", "mixed": "a😀b\\u00e9c", "e\\u0301": 1}',
  numbers:
    '{"zero": 0, "negzero": -0, "negzerofrac": -0.0, "int": 1234567890, "neg": -987, "frac": 0.5,' +
    ' "exp": 1E400, "tiny": 5e-324, "big": 123456789012345678901234567890, "eplus": 1e+2, "eminus": 1E-2,' +
    ' "zeroexp": 0e0, "long": -12345678901234567890123456789.123456789e-123}',
  literals: '{"t": true, "f": false, "n": null, "arr": [true, false, null], "output": null}',
  whitespace: ' \t\r\n{ \t"a" \t: \t[ 1 , \t2 ] \r\n, "output"\n:\n"w" \t}\t \r\n ',
  pretty_printed: JSON.stringify({ output: { nested: [1, { deep: "x" }], s: "v" }, other: [] }, null, 4),
  top_array: '[{"output": 1}, "output"]',
  top_string: '"output"',
  top_number: "-1.5e3",
  top_null: "null",
  duplicates: '{"output": 1, "x": {"output": 2}, "output": "last", "y": 3, "y": [4]}',
  empty_containers: '{"o": {}, "a": [], "oo": [{}], "aa": [[]], "output": { }, "s": ""}',
  key_escapes: '{"out\\u0070ut": "decoded key", "\\"q\\"": 1, "a\\/b": 2, "": "empty key"}',
  value_32_chars: '{"output": "0123456789abcdefghijklmnopqrstuv", "multibyte32": "éééééééééééééééééééééééééééééééé"}',
  value_33_chars: '{"output": "0123456789abcdefghijklmnopqrstuvw", "short": "ok"}',
  case_sensitivity: '{"OUTPUT": 1, "Output": 2, "output": 3}',
  trailing_space_key: '{"output ": 1, " output": 2}',
  invalid_empty: "",
  invalid_whitespace_only: " \t \r\n ",
  invalid_trailing_comma_object: '{"a": 1,}',
  invalid_trailing_comma_array: '{"a": [1, 2,]}',
  invalid_leading_zero: '{"a": 012}',
  invalid_negative_leading_zero: '{"a": -01}',
  invalid_lone_minus: '{"a": -}',
  invalid_plus: '{"a": +1}',
  invalid_dot_start: '{"a": .5}',
  invalid_dot_end: '{"a": 5.}',
  invalid_exp_no_digits: '{"a": 5e+}',
  invalid_nan: '{"a": NaN}',
  invalid_infinity: '{"a": -Infinity}',
  invalid_true_case: '{"a": True}',
  invalid_null_truncated: '{"a": nul}',
  invalid_literal_at_end: "tru",
  invalid_bad_escape: '{"a": "\\x"}',
  invalid_bad_unicode_escape: '{"a": "\\u12G4"}',
  invalid_short_unicode_escape: '{"a": "\\u12"}',
  invalid_control_char: '{"a": "tab\there"}',
  invalid_unterminated_string: '{"a": "never ends}',
  invalid_unterminated_after_escape: '{"a": "x\\',
  invalid_single_quotes: "{'a': 1}",
  invalid_unquoted_key: "{a: 1}",
  invalid_missing_colon: '{"a" 1}',
  invalid_missing_comma: '{"a": 1 "b": 2}',
  invalid_unclosed_object: '{"a": 1',
  invalid_unclosed_array: "[1, [2, 3]",
  invalid_extra_close: '{"a": 1}}',
  invalid_mismatched_close: '{"a": [1}',
  invalid_trailing_garbage: '{"a": 1} x',
  invalid_two_values: "1 2",
  invalid_comment: '{"a": 1 /* c */}',
  invalid_deep_error: `{"a": ${nest(200, "[", "]", "01")}}`,
  invalid_deep_mismatch: `{"a": ${"[".repeat(100)}${"]".repeat(99)}}`,
  invalid_emoji_garbage: '{"a": "😀"} 😀',
  invalid_nbsp_whitespace: '{"a":\u00a01}',
  invalid_vertical_tab: '{"a":\u000b1}',
  invalid_c1_control: '{"a": 1}\u0085',
  invalid_escape_of_tab: '{"a": "\\\t"}',
  invalid_escape_of_emoji: '{"a": "\\😀"}',
  invalid_unicode_escape_emoji: '{"a": "\\u12😀4"}',
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(dir, { recursive: true });
  for (const [name, doc] of Object.entries(CORPUS)) writeFileSync(`${dir}${name}.json`, doc);
  console.log(`wrote ${Object.keys(CORPUS).length} documents to ${dir}`);
}
