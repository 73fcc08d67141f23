// Parsing JSON text into the tree JsonValue holds (see json-text.ts): objects become Maps with MySQL's key order
// (shorter keys first, then byte order; the last duplicate wins, as in MySQL 8), integers become number or bigint,
// numbers with a fraction or exponent become Double. Errors carry RapidJSON's messages, which MySQL reports
// (error 3141 `Invalid JSON text ...: "Invalid value." at position 0.`), and a position in characters.

import { Double } from "./value.ts";

export type JsonParse =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly message: string; readonly position: number };

class JsonSyntax {
  constructor(
    readonly message: string,
    readonly position: number,
  ) {}
}

/** MySQL's key order: by length in bytes (UTF-8), then by bytes. */
function keyOrder(a: string, b: string): number {
  const x = Buffer.byteLength(a);
  const y = Buffer.byteLength(b);
  if (x !== y) return x - y;
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

export function sortJsonObject(m: Map<string, unknown>): Map<string, unknown> {
  const keys = [...m.keys()].sort(keyOrder);
  return new Map(keys.map((k) => [k, m.get(k)]));
}

export function parseJson(text: string): JsonParse {
  let i = 0;
  const n = text.length;
  const ws = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
  };
  const fail = (message: string): never => {
    throw new JsonSyntax(message, i);
  };
  const parseString = (): string => {
    i++; // opening quote
    let out = "";
    for (;;) {
      if (i >= n) fail("Missing a closing quotation mark in string.");
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return out;
      }
      if (c === 92) {
        const e = text[i + 1];
        i += 2;
        switch (e) {
          case '"':
            out += '"';
            break;
          case "\\":
            out += "\\";
            break;
          case "/":
            out += "/";
            break;
          case "b":
            out += "\b";
            break;
          case "f":
            out += "\f";
            break;
          case "n":
            out += "\n";
            break;
          case "r":
            out += "\r";
            break;
          case "t":
            out += "\t";
            break;
          case "u": {
            const hex = text.slice(i, i + 4);
            if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail("Incorrect hex digit after \\u escape in string.");
            out += String.fromCharCode(Number.parseInt(hex, 16));
            i += 4;
            break;
          }
          default:
            i -= 1;
            fail("Invalid escape character in string.");
        }
        continue;
      }
      if (c < 32) fail("Invalid encoding in string.");
      out += text[i++];
    }
  };
  const parseValue = (): unknown => {
    ws();
    if (i >= n) fail("Invalid value.");
    const c = text[i];
    if (c === "{") {
      i++;
      const m = new Map<string, unknown>();
      ws();
      if (text[i] === "}") {
        i++;
        return m;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail("Missing a name for object member.");
        const key = parseString();
        ws();
        if (text[i] !== ":") fail("Missing a colon after a name of object member.");
        i++;
        const v = parseValue();
        m.delete(key);
        m.set(key, v);
        ws();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "}") {
          i++;
          return sortJsonObject(m);
        }
        fail("Missing a comma or '}' after an object member.");
      }
    }
    if (c === "[") {
      i++;
      const a: unknown[] = [];
      ws();
      if (text[i] === "]") {
        i++;
        return a;
      }
      for (;;) {
        a.push(parseValue());
        ws();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "]") {
          i++;
          return a;
        }
        fail("Missing a comma or ']' after an array element.");
      }
    }
    if (c === '"') return parseString();
    if (text.startsWith("true", i)) {
      i += 4;
      return true;
    }
    if (text.startsWith("false", i)) {
      i += 5;
      return false;
    }
    if (text.startsWith("null", i)) {
      i += 4;
      return null;
    }
    const m = /^-?(?:0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) fail("Invalid value.");
    const lit = (m as RegExpExecArray)[0];
    if (m?.[1] === undefined && m?.[2] === undefined) {
      i += lit.length;
      const b = BigInt(lit);
      return b >= BigInt(Number.MIN_SAFE_INTEGER) && b <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(b) : b;
    }
    const x = Number(lit);
    // RapidJSON refuses a number a double cannot hold (1e400), at the number's start
    if (!Number.isFinite(x)) fail("Number too big to be stored in double.");
    i += lit.length;
    return new Double(x);
  };
  try {
    // RapidJSON reports a document of nothing but whitespace as empty, not as an invalid value.
    ws();
    if (i >= n) fail("The document is empty.");
    const value = parseValue();
    ws();
    if (i < n) fail("The document root must not be followed by other values.");
    return { ok: true, value };
  } catch (e) {
    if (e instanceof JsonSyntax) return { ok: false, message: e.message, position: e.position };
    throw e;
  }
}
