// fast-check generators of JSON text for the parser's properties: values printed with arbitrary whitespace and
// line breaks, strings with arbitrary escapes, numbers in every form the grammar allows, and mutated documents.

import fc from "fast-check";

/** JSON whitespace between tokens, including the CR/LF that the seed's normalisation removes. */
const space = fc.array(fc.constantFrom(" ", "\t", "\n", "\r\n", "  "), { maxLength: 3 }).map((a) => a.join(""));

/** Characters worth putting in strings: ASCII, escapable controls, quotes, BMP and astral characters. */
const stringChar = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: "binary-ascii", minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: fc.constantFrom('"', "\\", "/", "\b", "\f", "\n", "\r", "\t", "\u0000", "\u001f") },
  { weight: 2, arbitrary: fc.constantFrom("é", "中", "\u2028", "\uffff", "😀", "𝄞", "\u0085", "\u00a0") },
  { weight: 1, arbitrary: fc.constantFrom("\ud800", "\udc00", "\udbff") }, // lone surrogates (only via \u)
);

function escapeChar(ch: string, style: number): string {
  const code = ch.charCodeAt(0);
  const hex = (u: number, upper: boolean) => {
    const h = u.toString(16).padStart(4, "0");
    return `\\u${upper ? h.toUpperCase() : h}`;
  };
  const short: Record<string, string> = {
    '"': '\\"',
    "\\": "\\\\",
    "/": "\\/",
    "\b": "\\b",
    "\f": "\\f",
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
  };
  const mustEscape = code < 32 || ch === '"' || ch === "\\" || (code >= 0xd800 && code <= 0xdfff && ch.length === 1);
  if (style === 0 && !mustEscape) return ch;
  if (style === 1 && short[ch] !== undefined) return short[ch];
  if (ch.length === 2) return hex(code, style === 2) + hex(ch.charCodeAt(1), style === 2);
  if (!mustEscape && style === 1) return ch;
  return short[ch] !== undefined && style === 3 ? short[ch] : hex(code, style === 2);
}

/** A JSON string literal and the JS string it stands for. */
export const jsonString: fc.Arbitrary<{ text: string; value: string }> = fc
  .array(fc.tuple(stringChar, fc.nat(3)), { maxLength: 12 })
  .map((parts) => ({
    text: `"${parts.map(([ch, style]) => escapeChar(ch, style)).join("")}"`,
    value: parts.map(([ch]) => ch).join(""),
  }));

/** Number texts exactly per the grammar: -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)? */
export const jsonNumberText: fc.Arbitrary<string> = fc
  .tuple(
    fc.boolean(),
    fc.oneof(fc.constant("0"), fc.tuple(fc.integer({ min: 1, max: 9 }), fc.stringMatching(/^[0-9]{0,25}$/))),
    fc.option(fc.stringMatching(/^[0-9]{1,20}$/)),
    fc.option(fc.tuple(fc.constantFrom("e", "E"), fc.constantFrom("", "+", "-"), fc.stringMatching(/^[0-9]{1,4}$/))),
  )
  .map(([neg, int, frac, exp]) => {
    const i = typeof int === "string" ? int : `${int[0]}${int[1]}`;
    return `${neg ? "-" : ""}${i}${frac === null ? "" : `.${frac}`}${exp === null ? "" : exp.join("")}`;
  });

/** Keys: short, often colliding, sometimes needing escapes. */
export const jsonKey = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom("a", "b", "output", "body", "A", "a ", "", "é", "😀", "x\ny", 'q"') },
  { weight: 2, arbitrary: fc.string({ maxLength: 6 }) },
);

/** The text of a key: escaped at random, so that a key can match in several spellings. */
export const keyText = (key: string): fc.Arbitrary<string> =>
  fc
    .array(fc.nat(3), { minLength: [...key].length, maxLength: [...key].length })
    .map((styles) => `"${[...key].map((ch, i) => escapeChar(ch, styles[i] ?? 0)).join("")}"`);

/** Any JSON value as text, with arbitrary whitespace inside containers. */
export const jsonText: fc.Arbitrary<string> = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    jsonNumberText,
    jsonString.map((s) => s.text),
    fc.constantFrom("true", "false", "null"),
    fc
      .array(fc.tuple(space, tie("value"), space), { maxLength: 4 })
      .chain((items) =>
        space.map((s) => (items.length === 0 ? `[${s}]` : `[${items.map(([a, v, b]) => a + v + b).join(",")}]`)),
      ),
    fc
      .array(fc.tuple(space, jsonKey.chain(keyText), space, space, tie("value"), space), { maxLength: 4 })
      .chain((members) =>
        space.map((s) =>
          members.length === 0
            ? `{${s}}`
            : `{${members.map(([a, k, b, c, v, e]) => `${a}${k}${b}:${c}${v}${e}`).join(",")}}`,
        ),
      ),
  ),
})).value;

/** A top-level object whose members are `members` (key text, value text), printed with arbitrary whitespace. */
export const objectOf = (members: readonly (readonly [string, string])[]): fc.Arbitrary<string> =>
  fc.array(space, { minLength: members.length * 4 + 2, maxLength: members.length * 4 + 2 }).map((ws) => {
    const at = (i: number) => ws[i] ?? "";
    const body = members.map(([k, v], i) => `${at(4 * i)}${k}${at(4 * i + 1)}:${at(4 * i + 2)}${v}${at(4 * i + 3)}`);
    return `${at(ws.length - 2)}{${members.length === 0 ? at(0) : body.join(",")}}${at(ws.length - 1)}`;
  });

/** A document with the sought key placed among other members (maybe more than once; the last one counts). */
export const documentWithKey = fc
  .record({
    key: jsonKey,
    before: fc.array(fc.tuple(jsonKey, jsonText), { maxLength: 3 }),
    earlier: fc.option(jsonText),
    value: jsonText,
    after: fc.array(fc.tuple(jsonKey, jsonText), { maxLength: 3 }),
  })
  .chain(({ key, before, earlier, value, after }) => {
    const others = (list: [string, string][]) => list.filter(([k]) => k !== key);
    const entries: [string, string][] = [...others(before)];
    if (earlier !== null) entries.push([key, earlier]);
    entries.push([key, value]);
    entries.push(...others(after));
    return fc
      .tuple(...entries.map(([k]) => keyText(k)))
      .chain((keys) => objectOf(entries.map(([, v], i) => [keys[i] ?? '""', v] as const)))
      .map((doc) => ({ doc, key, valueText: value }));
  });

/** Characters that break JSON in interesting ways when inserted or substituted. */
const mutationChar = fc.constantFrom(...Array.from("{}[]\",:\\/0123456789eE+-.tfnrua \tx'😀\u0000\u0085é"));

/** A valid document with one character inserted, deleted or replaced: accepted or rejected by JSON.parse. */
export const mutatedDocument: fc.Arbitrary<string> = fc
  .tuple(jsonText, fc.nat(), fc.nat(2), mutationChar)
  .map(([text, at, how, ch]) => {
    const i = text.length === 0 ? 0 : at % (text.length + 1);
    if (how === 0) return text.slice(0, i) + ch + text.slice(i);
    if (how === 1) return text.slice(0, i) + text.slice(i + 1);
    return text.slice(0, i) + ch + text.slice(i + 1);
  });

/** Runs per property: 1,000 in `npm test`, 20,000 under SPBED_LONG=1 (`npm run test:long`). */
export const RUNS = process.env.SPBED_LONG === "1" ? 20_000 : 1_000;
