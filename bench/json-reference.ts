// The algorithm of sql/json/20_json_extract_property.sql written directly in TypeScript: same walk, same results,
// same error messages and positions. The benchmark runs it beside the SQL procedure, and the tests use it as an
// oracle. Keep the two in step: any change to one is a change to the other.
//
// Positions are 1-based and count Unicode code points, as MySQL counts characters. The walk indexes UTF-16 units
// (cheap), and converts an index to a code-point position only when it reports an error.

export type JsonPropertyType = "string" | "number" | "object" | "array" | "bool" | "null";

export interface JsonProperty {
  /** null when the property is missing. */
  readonly value: string | null;
  readonly type: JsonPropertyType | null;
}

/** What the SQL procedure signals: SQLSTATE 45000 with this message (errno 1644). */
export class JsonParseError extends Error {
  readonly sqlstate = "45000";
  readonly errno = 1644;
}

const PREFIX = "Not a JSON document or JSON array: ";

/** The seed's normalisation, the procedure's first step. */
export function normaliseJsonDocument(doc: string): string {
  return doc.replaceAll("\r", "").replaceAll("\n", "");
}

// What comes next in the walk; the same numbers as the SQL's `expect`.
const VALUE = 1;
const AFTER = 2;
const KEY = 3;
const COLON = 4;
const KEY_OR_END = 5;
const VALUE_OR_END = 6;

const OBJ = 123; // '{'
const ARR = 91; // '['

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Value of exactly four hex digits at d[i..i+4), or -1. */
function hex4(d: string, i: number): number {
  if (i + 4 > d.length) return -1;
  let total = 0;
  for (let k = i; k < i + 4; k++) {
    const c = d.charCodeAt(k);
    if (c >= 48 && c <= 57) total = total * 16 + c - 48;
    else if (c >= 65 && c <= 70) total = total * 16 + c - 55;
    else if (c >= 97 && c <= 102) total = total * 16 + c - 87;
    else return -1;
  }
  return total;
}

/**
 * Finds the member `name` of the top-level object of `doc` (after normalisation), validating the whole document.
 * Throws JsonParseError with the SQL procedure's message on any fault.
 */
export function jsonExtractProperty(document: string, name: string | null): JsonProperty {
  const d = normaliseJsonDocument(document);
  const n = d.length;
  // No closures in here: a closure that captured `p` would move it to the heap and slow every step of the walk.
  let p = 0;
  let expect = VALUE;
  const stack: number[] = [];
  let ctx = 0;
  let want = false;
  let vstart = 0;
  let vtype: JsonPropertyType = "null";
  let found: string | null = null;
  let foundType: JsonPropertyType | null = null;
  let sval = "";

  for (;;) {
    let c = 0;
    while (p < n) {
      c = d.charCodeAt(p);
      if (c !== 32 && c !== 9) break;
      p++;
    }
    if (p >= n) {
      if (expect === AFTER && stack.length === 0) break;
      endOfDocument(d);
    }
    let closed = false;
    if (expect === AFTER) {
      if (stack.length > 0 && c === 44) {
        p++;
        expect = ctx === OBJ ? KEY : VALUE;
        continue;
      }
      if (stack.length > 0 && ((c === 125 && ctx === OBJ) || (c === 93 && ctx === ARR))) closed = true;
      else incorrect(d, p);
    } else if (expect === COLON) {
      if (c !== 58) incorrect(d, p);
      p++;
      expect = VALUE;
      continue;
    } else if ((expect === KEY_OR_END && c === 125) || (expect === VALUE_OR_END && c === 93)) {
      closed = true;
    } else if ((expect === KEY || expect === KEY_OR_END) && c !== 34) {
      incorrect(d, p);
    }
    const depth = stack.length;

    if (closed) {
      stack.pop();
      ctx = stack.length === 0 ? 0 : (stack[stack.length - 1] ?? 0);
      p++;
    } else if (c === 34) {
      const isKey = expect === KEY || expect === KEY_OR_END;
      const decode = depth === 1 && (isKey || want);
      if (want && depth === 1) {
        vstart = p;
        vtype = "string";
      }
      const sstart = p;
      p++;
      let seg = p;
      let out = "";
      for (;;) {
        if (p >= n) unterminated(d, sstart);
        const u = d.charCodeAt(p);
        if (u === 34) break;
        if (u === 92) {
          if (p + 1 >= n) unterminated(d, sstart);
          const e = d.charCodeAt(p + 1);
          let len = 2;
          let cp: number;
          switch (e) {
            case 34:
            case 92:
            case 47:
              cp = e;
              break;
            case 98:
              cp = 8;
              break;
            case 102:
              cp = 12;
              break;
            case 110:
              cp = 10;
              break;
            case 114:
              cp = 13;
              break;
            case 116:
              cp = 9;
              break;
            case 117: {
              // SQL: fewer than 5 characters after the backslash means the string cannot end.
              if (!hasCodePoints(d, p + 1, 5)) unterminated(d, sstart);
              cp = hex4(d, p + 2);
              if (cp < 0) fail(`invalid escape "${messageChars(codePoints(d, p, 6))}" at position: ${position(d, p)}`);
              len = 6;
              if (cp >= 0xd800 && cp <= 0xdfff) {
                let lo = -1;
                if (cp < 0xdc00 && p + 11 < n && d.charCodeAt(p + 6) === 92 && d.charCodeAt(p + 7) === 117) {
                  lo = hex4(d, p + 8);
                }
                if (lo >= 0xdc00 && lo <= 0xdfff) {
                  cp = 0x10000 + (cp - 0xd800) * 1024 + (lo - 0xdc00);
                  len = 12;
                } else {
                  cp = 0xfffd;
                }
              }
              break;
            }
            default:
              return fail(`invalid escape "${messageChars(codePoints(d, p, 2))}" at position: ${position(d, p)}`);
          }
          if (decode) out += d.slice(seg, p) + String.fromCodePoint(cp);
          p += len;
          seg = p;
        } else if (u < 32) {
          fail(
            `unescaped control character U+${u.toString(16).toUpperCase().padStart(4, "0")} in string at position: ${position(d, p)}`,
          );
        } else {
          p++;
        }
      }
      if (decode) sval = out + d.slice(seg, p);
      p++;
      if (isKey) {
        if (depth === 1) want = name !== null && sval === name;
        expect = COLON;
        continue;
      }
    } else if (c === OBJ || c === ARR) {
      if (want && depth === 1) {
        vstart = p;
        vtype = c === OBJ ? "object" : "array";
      }
      stack.push(c);
      ctx = c;
      p++;
      expect = c === OBJ ? KEY_OR_END : VALUE_OR_END;
      continue;
    } else if (c === 45 || isDigit(c)) {
      if (want && depth === 1) {
        vstart = p;
        vtype = "number";
      }
      if (c === 45) c = ++p < n ? d.charCodeAt(p) : -1;
      if (c === 48) {
        c = ++p < n ? d.charCodeAt(p) : -1;
        if (isDigit(c)) fail(`invalid number, leading zero at position: ${position(d, p)}`);
      } else if (c >= 49 && c <= 57) {
        do c = ++p < n ? d.charCodeAt(p) : -1;
        while (isDigit(c));
      } else expectedDigit(d, p);
      if (c === 46) {
        c = ++p < n ? d.charCodeAt(p) : -1;
        if (!isDigit(c)) expectedDigit(d, p);
        do c = ++p < n ? d.charCodeAt(p) : -1;
        while (isDigit(c));
      }
      if (c === 101 || c === 69) {
        c = ++p < n ? d.charCodeAt(p) : -1;
        if (c === 43 || c === 45) c = ++p < n ? d.charCodeAt(p) : -1;
        if (!isDigit(c)) expectedDigit(d, p);
        do c = ++p < n ? d.charCodeAt(p) : -1;
        while (isDigit(c));
      }
    } else if (c === 116 || c === 102 || c === 110) {
      const lit = c === 116 ? "true" : c === 102 ? "false" : "null";
      if (want && depth === 1) {
        vstart = p;
        vtype = c === 110 ? "null" : "bool";
      }
      for (let i = 1; i < lit.length; i++) {
        if (p + i >= n) endOfDocument(d);
        if (d.charCodeAt(p + i) !== lit.charCodeAt(i)) incorrect(d, p + i);
      }
      p += lit.length;
    } else {
      incorrect(d, p);
    }

    // A value has been completed.
    expect = AFTER;
    if (want && stack.length === 1) {
      found = vtype === "string" ? sval : d.slice(vstart, p);
      foundType = vtype;
      want = false;
    }
  }
  return { value: found, type: foundType };
}

/** 1-based code-point position of UTF-16 index i of d (past the end counts on by units). */
function position(d: string, i: number): number {
  const n = d.length;
  let pos = 1;
  for (let k = 0; k < i && k < n; k++) {
    const u = d.charCodeAt(k);
    if (u >= 0xd800 && u <= 0xdbff && k + 1 < n) {
      const v = d.charCodeAt(k + 1);
      if (v >= 0xdc00 && v <= 0xdfff) k++;
    }
    pos++;
  }
  return pos + Math.max(0, i - n);
}

function fail(text: string): never {
  throw new JsonParseError(PREFIX + text);
}

function incorrect(d: string, i: number): never {
  return fail(`found incorrect "${messageChars(codePoints(d, i, 1))}" at position: ${position(d, i)}`);
}

function endOfDocument(d: string): never {
  return fail(`unexpected end of document at position: ${position(d, d.length)}`);
}

function unterminated(d: string, start: number): never {
  return fail(`unterminated string starting at position: ${position(d, start)}`);
}

function expectedDigit(d: string, i: number): never {
  return fail(`invalid number, expected a digit at position: ${position(d, i)}`);
}

/** Whether d holds at least `count` code points from UTF-16 index i (looks at no more than 2 * count units). */
function hasCodePoints(d: string, i: number, count: number): boolean {
  let k = i;
  for (let m = 0; m < count; m++) {
    if (k >= d.length) return false;
    const cp = d.codePointAt(k) ?? 0;
    k += cp > 0xffff ? 2 : 1;
  }
  return true;
}

/** Up to `count` code points of d starting at UTF-16 index i (what SUBSTRING(d, pos, count) shows). */
function codePoints(d: string, i: number, count: number): string {
  let k = i;
  for (let m = 0; m < count && k < d.length; m++) {
    const cp = d.codePointAt(k) ?? 0;
    k += cp > 0xffff ? 2 : 1;
  }
  return d.slice(i, k);
}

/**
 * A fragment of the document made printable as the SQL's json_message_chars does: characters outside the BMP become
 * '?' (messages are utf8mb3 on the servers) and C0/C1 controls and DEL become \u00XX.
 */
function messageChars(text: string): string {
  let out = "";
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp > 0xffff) out += "?";
    else if (cp < 32 || (cp >= 0x7f && cp <= 0x9f)) out += `\\u${cp.toString(16).toUpperCase().padStart(4, "0")}`;
    else out += ch;
  }
  return out;
}
