// String builtins. Positions and lengths count characters (code points); see chars.ts for why that stays O(1).
// REPLACE, SUBSTRING_INDEX and TRIM match exactly (byte-wise), while LOCATE, INSTR, FIELD, FIND_IN_SET and STRCMP
// follow the collation, which by default ignores case and accents.

import type { ExecContext, StaticType } from "../compile/types.ts";
import { SqlError } from "../errors.ts";
import { toInt64, toUint64 } from "../values/coerce.ts";
import { type Collation, collation } from "../values/collation.ts";
import { rescale } from "../values/decimal.ts";
import { formatDecimal } from "../values/numtext.ts";
import { Bytes, Decimal, Double, type Value } from "../values/value.ts";
import { argBytes, argDouble, argInt, argText, BINARY, caseSensitive, INT, stringResult, TEXT } from "./args.ts";
import { charIndex, charLength, charOffset, charSlice, unitOffset, utf8Length } from "./chars.ts";
import { alias, fn } from "./define.ts";
import { indexOfCollated } from "./fold.ts";
import { roundDouble } from "./rounding.ts";
import type { Builtin } from "./types.ts";

const intType = (): StaticType => INT;

const INT64_MAX = 9223372036854775807n;

/**
 * A position, length or count: an unsigned value past BIGINT's range (18446744073709551615) is huge, not the
 * negative number its bits spell, since the server checks the argument's unsigned flag before its sign.
 */
function argLen(v: Value, ctx: ExecContext): number {
  if (typeof v === "bigint" && v > INT64_MAX) return Number.MAX_SAFE_INTEGER;
  return argInt(v, ctx);
}
const textType = (): StaticType => TEXT;

/** MySQL's SUBSTRING: 1-based `pos`, negative from the end, 0 or out of range gives ''. One index lookup per call. */
function substring(s: string, pos: number, len: number): string {
  if (pos === 0 || len <= 0) return "";
  const idx = charIndex(s);
  const n = idx === null ? s.length : idx.length - 1;
  const start = pos > 0 ? pos - 1 : n + pos;
  if (start < 0 || start >= n) return "";
  if (idx === null) return len === 1 ? s.charAt(start) : s.substring(start, start + len);
  return s.substring(idx[start], idx[Math.min(n, start + len)]);
}

function substringBytes(b: Uint8Array, pos: number, len: number): Bytes {
  const n = b.length;
  if (pos === 0 || len <= 0) return new Bytes(new Uint8Array(0));
  const start = pos > 0 ? pos - 1 : n + pos;
  if (start < 0 || start >= n) return new Bytes(new Uint8Array(0));
  return new Bytes(b.subarray(start, Math.min(n, start + len)));
}

/**
 * The collation the compared arguments agree on: binary if one is a binary string, else a _bin one, else the first
 * string's (the default one for numbers).
 */
function collationOf(types: readonly StaticType[]): Collation {
  let name: string | undefined;
  for (const t of types) {
    if (t.kind !== "string") continue;
    if (t.binary) return collation("binary");
    if (name === undefined || t.collation.endsWith("_bin")) name = t.collation;
  }
  return collation(name ?? "utf8mb4_0900_ai_ci");
}

/** Compares under the arguments' collation (UCA for the default one, so STRCMP('ß', 'ss') is 0): -1, 0 or 1. */
function compareText(a: string, b: string, types: readonly StaticType[]): number {
  return Math.sign(collationOf(types).compare(a, b));
}

/** Characters that UCA expands to several (ß = ss, æ = ae, ligatures), which one-to-one folding cannot match. */
const EXPANDING = /[\u00df\u00c6\u00e6\u0152\u0153\u0132\u0133\u01c4-\u01cc\u1e9e\ufb00-\ufb06]/;

// The last haystack tested, so a loop calling LOCATE on the same long document scans it once.
let lastHay = "";
let lastHayExpands = false;

function expands(hay: string): boolean {
  if (hay !== lastHay) {
    lastHay = hay;
    lastHayExpands = EXPANDING.test(hay);
  }
  return lastHayExpands;
}

/**
 * UTF-16 offset of `needle` in `hay` from `from` under `coll`, -1 when absent. my_instr_mb compares the needle with
 * each haystack slice of the needle's byte length that starts and ends on a character, so under the default
 * collation LOCATE('ss', 'straße') is 5 ('ß' is two bytes, like 'ss'). Text without expanding characters takes the
 * folding search.
 */
function indexUnder(hay: string, needle: string, from: number, exact: boolean, coll: Collation): number {
  if (exact || !coll.name.includes("_0900_") || !(expands(hay) || EXPANDING.test(needle))) {
    return indexOfCollated(hay, needle, from, exact);
  }
  const want = utf8Length(needle);
  for (let i = from; i < hay.length; ) {
    let bytes = 0;
    let j = i;
    while (j < hay.length && bytes < want) {
      const cp = hay.codePointAt(j) ?? 0;
      bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      j += cp > 0xffff ? 2 : 1;
    }
    if (bytes === want && coll.equals(hay.substring(i, j), needle)) return i;
    i += (hay.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
  }
  return -1;
}

/**
 * LOCATE(needle, haystack[, pos]): 1-based character position, 0 when absent. With `pos` (Item_func_locate::val_int)
 * the position is first checked against the haystack's length in bytes and then turned into a byte offset; an
 * empty needle answers that byte offset + 1, so LOCATE('', 'éé', 2) is 3, as on the server.
 */
function locate(needle: string, hay: string, pos: number | undefined, exact: boolean, coll: Collation): number {
  if (pos === undefined) {
    if (needle === "") return 1;
    const at = indexUnder(hay, needle, 0, exact, coll);
    return at < 0 ? 0 : charOffset(hay, at) + 1;
  }
  const hayBytes = utf8Length(hay);
  if (pos < 1 || pos > hayBytes) return 0;
  const n = charLength(hay);
  // String::charpos past the end answers more than the length, which the next test rejects.
  if (pos - 1 > n) return 0;
  const from = unitOffset(hay, pos - 1);
  const byteStart = utf8Length(hay.substring(0, from));
  if (byteStart + utf8Length(needle) > hayBytes) return 0;
  if (needle === "") return byteStart + 1;
  const at = indexUnder(hay, needle, from, exact, coll);
  return at < 0 ? 0 : charOffset(hay, at) + 1;
}

/**
 * @@max_allowed_packet: a longer string result is NULL with warning 1301 (ER_WARN_ALLOWED_PACKET_OVERFLOWED), an
 * error when the value is being stored under strict mode.
 */
function maxPacket(ctx: ExecContext): number {
  const v = ctx.session.getSystemVar("max_allowed_packet", "SESSION");
  return typeof v === "number" ? v : Number(v ?? 67108864);
}

/** True (after warning 1301) when a result of `bytes` bytes is longer than max_allowed_packet. */
function overflows(ctx: ExecContext, name: string, bytes: number): boolean {
  const max = maxPacket(ctx);
  if (bytes <= max) return false;
  const message = `Result of ${name}() was larger than max_allowed_packet (${max}) - truncated`;
  // Strict_error_handler lists ER_WARN_ALLOWED_PACKET_OVERFLOWED: storing the value under strict mode fails.
  if (ctx.storing && ctx.strict) throw new SqlError(1301, "HY000", message);
  ctx.session.warn(1301, "HY000", message);
  return true;
}

function byteLength(v: Value): number {
  return v instanceof Bytes ? v.bytes.length : utf8Length(argText(v));
}

/** A binary string's bytes as a JS string of code units 0-255, so character algorithms work on bytes. */
function byteString(v: Value): string {
  return Buffer.from(argBytes(v)).toString("latin1");
}

function fromByteString(s: string): Bytes {
  return new Bytes(new Uint8Array(Buffer.from(s, "latin1")));
}

/** LOCATE on binary strings: byte positions, exact bytes. */
function locateBytes(needle: string, hay: string, pos: number | undefined): number {
  const p = pos ?? 1;
  if (p < 1 || p > Math.max(hay.length, pos === undefined ? 1 : 0)) return 0;
  if (needle === "") return p;
  return hay.indexOf(needle, p - 1) + 1;
}

function isBinary(types: readonly StaticType[], args: readonly Value[]): boolean {
  for (const a of args) if (a instanceof Bytes) return true;
  for (const t of types) if (t.kind === "string" && t.binary) return true;
  return false;
}

function concatValues(parts: readonly Value[], binary: boolean): Value {
  if (!binary) {
    let out = "";
    for (const p of parts) out += argText(p);
    return out;
  }
  const chunks = parts.map(argBytes);
  const total = chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return new Bytes(out);
}

/**
 * Simple (one-to-one) case mappings where JS's full mapping gives more characters: MySQL maps one character to one,
 * so UPPER('ß') stays 'ß' but LOWER('İ') is 'i' (UnicodeData's simple lowercase of U+0130).
 */
const SIMPLE_LOWER: Record<string, string> = { "\u0130": "i" };

/** Per-character case mapping as MySQL's casedn/caseup: never a one-to-many mapping. */
function mapCase(s: string, upper: boolean): string {
  const whole = upper ? s.toUpperCase() : s.toLowerCase();
  if (whole.length === s.length && (upper || !s.includes("\u0130"))) return whole;
  let out = "";
  for (const ch of s) {
    const m = upper ? ch.toUpperCase() : ch.toLowerCase();
    out += m.length === ch.length ? m : upper ? ch : (SIMPLE_LOWER[ch] ?? ch);
  }
  return out;
}

/**
 * BIN and OCT are CONV(N, 10, 2|8) (Item_func_conv): a non-binary argument is read as text the way my_strntoull
 * reads it, so BIN(2.7) is '10' (the digits stop at the point) and BIN(-1) wraps to 64 ones.
 */
function convText(v: Value, base: number): string {
  if (typeof v === "number" || typeof v === "bigint") return BigInt.asUintN(64, BigInt(v)).toString(base);
  const text = argText(v);
  const m = /^[ \t\n\r\f\v]*([-+]?)(\d*)/.exec(text);
  const digits = m?.[2] ?? "";
  let n = digits === "" ? 0n : BigInt(digits);
  if (n > 18446744073709551615n) n = 18446744073709551615n;
  else if (m?.[1] === "-") n = BigInt.asUintN(64, -n);
  return n.toString(base);
}

/** LPAD/RPAD; a length past max_allowed_packet / 4 (utf8mb4's longest character) is NULL with warning 1301. */
function pad(s: string, len: number, padding: string, left: boolean, ctx: ExecContext, name: string): Value {
  if (len < 0) return null;
  const n = charLength(s);
  if (len <= n) return charSlice(s, 0, len);
  if (overflows(ctx, name, Math.min(len, 2147483647) * 4)) return null;
  if (padding === "") return null;
  const need = len - n;
  const pn = charLength(padding);
  const fill = padding.repeat(Math.floor(need / pn)) + charSlice(padding, 0, need % pn);
  return left ? fill + s : s + fill;
}

/** LPAD/RPAD of binary strings count bytes (the padding's bytes too); the result is binary. */
function padArgs(a: readonly Value[], t: readonly StaticType[], ctx: ExecContext, left: boolean): Value {
  const name = left ? "lpad" : "rpad";
  const len = argLen(a[1], ctx);
  if (!isBinary([t[0], t[2]], [a[0], a[2]])) return pad(argText(a[0]), len, argText(a[2]), left, ctx, name);
  const r = pad(byteString(a[0]), len, byteString(a[2]), left, ctx, name);
  return typeof r === "string" ? fromByteString(r) : r;
}

function trimWith(s: string, rem: string, leading: boolean, trailing: boolean): string {
  if (rem === "") return s;
  let a = 0;
  let b = s.length;
  if (leading) while (s.startsWith(rem, a)) a += rem.length;
  if (trailing) while (b - rem.length >= a && s.startsWith(rem, b - rem.length)) b -= rem.length;
  return s.substring(a, b);
}

const SOUNDEX_MAP = "01230120022455012623010202";

/** Item_func_soundex: A-Z keep their code; every other letter (U+00C0 and above counts as one) codes as a vowel. */
function soundexCode(cp: number): string {
  const up = cp >= 97 && cp <= 122 ? cp - 32 : cp;
  return up >= 65 && up <= 90 ? SOUNDEX_MAP[up - 65] : "0";
}

function soundexLetter(cp: number): boolean {
  return (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122) || cp >= 0xc0;
}

/**
 * SOUNDEX as MySQL computes it: the first letter (ASCII upper-cased), then the codes of later letters that are not
 * vowels and differ from the last code written (vowels do not reset it), padded with '0' to four characters but never
 * cut; no letter at all gives ''.
 */
function soundex(s: string): string {
  let out = "";
  let last = "";
  let n = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (!soundexLetter(cp)) continue;
    if (n === 0) {
      out = cp >= 97 && cp <= 122 ? String.fromCharCode(cp - 32) : ch;
      last = soundexCode(cp);
      n = 1;
      continue;
    }
    const code = soundexCode(cp);
    if (code !== "0" && code !== last) {
      out += code;
      n++;
      last = code;
    }
  }
  if (n === 0) return "";
  return n < 4 ? out + "0".repeat(4 - n) : out;
}

function hexOfBytes(b: Uint8Array): string {
  let out = "";
  for (const x of b) out += x.toString(16).toUpperCase().padStart(2, "0");
  return out;
}

/**
 * HEX of a number prints val_int() as 64 unsigned bits (Item_func_hex::val_str_ascii in MySQL 8): a DOUBLE is
 * rounded half to even and clamped to BIGINT (HEX(2.5e0) is '2', HEX(1e20) '7FFFFFFFFFFFFFFF'), a DECIMAL rounded
 * half away from zero, clamped to BIGINT UNSIGNED when positive, as a DECIMAL literal is unsigned.
 */
function hex(v: Value, ctx: ExecContext): string {
  let n: bigint;
  if (typeof v === "number") n = BigInt(v);
  // A literal past BIGINT (-99999999999999999999) may arrive as a bigint; MySQL reads it as a clamped DECIMAL.
  else if (typeof v === "bigint") n = v < -(2n ** 63n) ? -(2n ** 63n) : v > 2n ** 64n - 1n ? 2n ** 64n - 1n : v;
  else if (v instanceof Decimal && v.unscaled > 0n) n = toUint64(v, ctx) ?? 0n;
  else if (v instanceof Decimal || v instanceof Double) n = toInt64(v, ctx) ?? 0n;
  // Strings, and temporal and JSON values (whose result type is a string), print their bytes.
  else return hexOfBytes(argBytes(v));
  return BigInt.asUintN(64, n).toString(16).toUpperCase();
}

function unhex(s: string): Value {
  const t = s.length % 2 === 1 ? `0${s}` : s;
  if (!/^[0-9a-fA-F]*$/.test(t)) return null;
  const out = new Uint8Array(t.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(t.substr(i * 2, 2), 16);
  return new Bytes(out);
}

function quote(v: Value): string {
  if (v === null) return "NULL";
  let out = "'";
  for (const ch of argText(v)) {
    if (ch === "'" || ch === "\\") out += `\\${ch}`;
    else if (ch === "\0") out += "\\0";
    else if (ch === "\x1a") out += "\\Z";
    else out += ch;
  }
  return `${out}'`;
}

/** A locale's number format: decimal point, thousands separator, group sizes from the right (the last repeats). */
type NumberFormat = readonly [string, string, readonly number[]];

const EN_US: NumberFormat = [".", ",", [3]];

/** The locales MySQL knows (sql_locale.cc) whose number format is not en_US's. */
const LOCALE_FORMATS: Record<string, NumberFormat> = {
  ar_SA: [".", "", []],
  be_BY: [",", ".", [3]],
  bg_BG: [",", "\u0000", [3]],
  ca_ES: [",", "", []],
  cs_CZ: [",", " ", [3]],
  da_DK: [",", ".", [3]],
  de_AT: [",", "", []],
  de_BE: [",", ".", [3]],
  de_CH: [".", "'", [3]],
  de_DE: [",", ".", [3]],
  de_LU: [",", ".", [3]],
  el_GR: [",", "", []],
  en_IN: [".", ",", [3, 2]],
  es_AR: [",", ".", [3]],
  es_BO: [",", ".", [3]],
  es_CL: [",", ".", [3]],
  es_CO: [",", ".", [3]],
  es_CR: [",", " ", [3]],
  es_EC: [",", ".", [3]],
  es_ES: [",", ".", [3]],
  es_PY: [",", ".", [3]],
  es_UY: [",", ".", [3]],
  es_VE: [",", ".", [3]],
  et_EE: [",", " ", [3]],
  eu_ES: [",", "", []],
  fi_FI: [",", " ", [3]],
  fo_FO: [",", ".", [3]],
  fr_BE: [",", "", []],
  fr_CA: [",", "", []],
  fr_CH: [",", "", []],
  fr_FR: [",", "", []],
  fr_LU: [",", "", []],
  gl_ES: [",", "", []],
  hr_HR: [",", "", []],
  hu_HU: [",", ".", [3]],
  id_ID: [",", ".", [3]],
  is_IS: [",", ".", [3]],
  it_CH: [",", "'", [3]],
  it_IT: [",", "", []],
  lt_LT: [",", ".", [3]],
  lv_LV: [",", " ", [3]],
  mk_MK: [",", " ", [3]],
  mn_MN: [",", ".", [3]],
  nb_NO: [",", ".", [3]],
  nl_BE: [",", "", []],
  nl_NL: [",", "", []],
  no_NO: [",", ".", [3]],
  pl_PL: [",", "", []],
  pt_BR: [",", "", []],
  pt_PT: [",", "", []],
  rm_CH: [",", "'", [3]],
  ro_RO: [",", ".", [3]],
  ru_RU: [",", " ", [3]],
  ru_UA: [",", ".", [3]],
  sk_SK: [",", " ", [3]],
  sl_SI: [",", "", []],
  sq_AL: [",", ".", [3]],
  sr_RS: [".", "", []],
  sv_FI: [",", " ", [3]],
  sv_SE: [",", " ", [3]],
  ta_IN: [".", ",", [3, 2]],
  te_IN: [".", ",", [3, 2]],
  tr_TR: [",", ".", [3]],
  uk_UA: [",", ".", [3]],
  vi_VN: [",", ".", [3]],
};

/** The locales that format numbers as en_US does. */
const EN_US_LIKE = new Set(
  "ar_AE ar_BH ar_DZ ar_EG ar_IN ar_IQ ar_JO ar_KW ar_LB ar_LY ar_MA ar_OM ar_QA ar_SD ar_SY ar_TN ar_YE en_AU en_CA en_GB en_NZ en_PH en_US en_ZA en_ZW es_DO es_GT es_HN es_MX es_NI es_PA es_PE es_PR es_SV es_US gu_IN he_IL hi_IN ja_JP ko_KR ms_MY th_TH ur_PK zh_CN zh_HK zh_TW".split(
    " ",
  ),
);

/** FORMAT's locale argument: unknown names and NULL warn 1649 and use en_US (Item_func_format::get_locale). */
function localeFormat(v: Value, ctx: ExecContext): NumberFormat {
  if (v !== null) {
    const name = argText(v);
    const key = Object.keys(LOCALE_FORMATS).find((k) => k.toLowerCase() === name.toLowerCase());
    if (key !== undefined) return LOCALE_FORMATS[key];
    for (const k of EN_US_LIKE) if (k.toLowerCase() === name.toLowerCase()) return EN_US;
  }
  ctx.session.warn(1649, "HY000", `Unknown locale: '${v === null ? "NULL" : argText(v)}'`);
  return EN_US;
}

/** Inserts the locale's separators into the integer digits `ip` (no sign). */
function group(ip: string, [, sep, sizes]: NumberFormat): string {
  if (sizes.length === 0 || ip.length <= sizes[0]) return ip;
  const parts: string[] = [];
  let end = ip.length;
  let k = 0;
  while (end > 0) {
    const size = sizes[Math.min(k, sizes.length - 1)];
    parts.unshift(ip.slice(Math.max(0, end - size), end));
    end -= size;
    k++;
  }
  return parts.join(sep);
}

/** The number as FORMAT() prints it: rounded to `d` places (exactly), with the locale's separators. */
function format(v: Value, d: number, ctx: ExecContext, locale: NumberFormat = EN_US): string {
  const places = Math.max(0, Math.min(30, d));
  let digits: string;
  if (!(v instanceof Decimal) && typeof v !== "number" && typeof v !== "bigint") {
    const x = argDouble(v, ctx);
    // A DOUBLE rounds like ROUND() does on doubles: to nearest, ties to even on the binary value.
    digits = roundDouble(x, places).toFixed(places);
    if (digits.includes("e")) digits = BigInt(Math.trunc(x)).toString() + (places ? `.${"0".repeat(places)}` : "");
  } else {
    const dec = v instanceof Decimal ? v : new Decimal(BigInt(v as number | bigint), 0);
    const r = rescale(dec, places);
    digits = formatDecimal(r.unscaled, r.scale);
  }
  const neg = digits.startsWith("-");
  if (neg) digits = digits.slice(1);
  const [ip, fp] = digits.split(".");
  const grouped = group(ip, locale);
  const body = fp === undefined ? grouped : `${grouped}${locale[0]}${fp}`;
  return neg && /[1-9]/.test(body) ? `-${body}` : body;
}

function field(args: readonly Value[], types: readonly StaticType[], ctx: ExecContext): number {
  const key = args[0];
  if (key === null) return 0;
  const allStrings = args.every((a) => a === null || typeof a === "string" || a instanceof Bytes);
  for (let i = 1; i < args.length; i++) {
    const a = args[i];
    if (a === null) continue;
    if (allStrings) {
      if (compareText(argText(key), argText(a), [types[0], types[i]]) === 0) return i;
    } else if (argDouble(key, ctx) === argDouble(a, ctx)) return i;
  }
  return 0;
}

function findInSet(s: string, list: string, types: readonly StaticType[]): number {
  if (s.includes(",")) return 0;
  if (list === "") return 0;
  const items = list.split(",");
  for (let i = 0; i < items.length; i++) if (compareText(s, items[i], types) === 0) return i + 1;
  return 0;
}

/**
 * SUBSTRING_INDEX as Item_func_substr_index::val_str: a count outside the 32-bit range returns the whole string.
 * Occurrences never overlap and are found from the left, also for a negative count on a multibyte (text) string:
 * MySQL counts them all and takes number total + count + 1, so SUBSTRING_INDEX('aaa', 'aa', -1) is 'a'. A binary
 * string searches from the right instead (String::strrstr), which gives ''.
 */
function substringIndex(s: string, delim: string, count: number, fromRight: boolean): string {
  if (s === "" || count === 0 || delim === "") return "";
  if (count > 2147483647 || count < -2147483648) return s;
  if (count < 0 && fromRight) {
    let at = s.length;
    for (let k = 0; k < -count; k++) {
      const from = at - delim.length;
      at = from < 0 ? -1 : s.lastIndexOf(delim, from);
      if (at < 0) return s;
    }
    return s.substring(at + delim.length);
  }
  const starts: number[] = [];
  for (let at = s.indexOf(delim); at >= 0; at = s.indexOf(delim, at + delim.length)) {
    starts.push(at);
    if (count > 0 && starts.length === count) return s.substring(0, at);
  }
  if (count > 0) return s;
  const k = starts.length + count;
  if (k < 0) return s;
  return s.substring(starts[k] + delim.length);
}

function insert(s: string, pos: number, len: number, repl: string): string {
  const n = charLength(s);
  if (pos < 1 || pos > n) return s;
  if (len < 0 || pos - 1 + len > n) return charSlice(s, 0, pos - 1) + repl;
  return charSlice(s, 0, pos - 1) + repl + charSlice(s, pos - 1 + len, Number.POSITIVE_INFINITY);
}

/** CHAR(n, ...): each integer as its big-endian bytes, without leading zero bytes; NULLs are skipped. */
function charFn(args: readonly Value[], ctx: ExecContext): Bytes {
  const out: number[] = [];
  for (const a of args) {
    if (a === null) continue;
    let n = BigInt.asUintN(32, BigInt(argInt(a, ctx)));
    const bytes: number[] = [];
    while (n > 0n) {
      bytes.unshift(Number(n & 255n));
      n >>= 8n;
    }
    out.push(...(bytes.length ? bytes : [0]));
  }
  return new Bytes(Uint8Array.from(out));
}

/**
 * ORD: the first character's UTF-8 bytes read as a big-endian number. Computed from the code point, because the
 * JSON parser written in SQL calls ORD(SUBSTRING(doc, i, 1)) for every character and encoding each one was a third
 * of its run time.
 */
function ord(s: string): number {
  if (s === "") return 0;
  const c = s.codePointAt(0) ?? 0;
  if (c < 0x80) return c;
  if (c < 0x800) return (0xc0 | (c >> 6)) * 0x100 + (0x80 | (c & 0x3f));
  if (c < 0x10000) return ((0xe0 | (c >> 12)) * 0x100 + (0x80 | ((c >> 6) & 0x3f))) * 0x100 + (0x80 | (c & 0x3f));
  return (
    (((0xf0 | (c >> 18)) * 0x100 + (0x80 | ((c >> 12) & 0x3f))) * 0x100 + (0x80 | ((c >> 6) & 0x3f))) * 0x100 +
    (0x80 | (c & 0x3f))
  );
}

const substringFn = fn("SUBSTRING", 2, 3, stringResult, (a, ctx) => {
  const s = a[0];
  const p = a[1];
  // The seed's hot path, SUBSTRING(doc, i, 1) with a string and integers, skips every conversion.
  if (typeof s === "string" && typeof p === "number") {
    if (a.length === 2) return substring(s, p, Number.POSITIVE_INFINITY);
    if (typeof a[2] === "number") return substring(s, p, a[2]);
  }
  const pos = argLen(a[1], ctx);
  const len = a.length > 2 ? argLen(a[2], ctx) : Number.POSITIVE_INFINITY;
  if (a[0] instanceof Bytes) return substringBytes(a[0].bytes, pos, len);
  return substring(argText(a[0]), pos, len);
});

/** LOCATE, INSTR and POSITION: `needle` and `hay` are argument indexes; `pos` the optional start position. */
function locateArgs(a: readonly Value[], t: readonly StaticType[], needle: number, hay: number, pos?: number): number {
  if (isBinary(t.slice(0, 2), a.slice(0, 2))) {
    return locateBytes(byteString(a[needle]), byteString(a[hay]), pos === undefined ? undefined : pos);
  }
  return locate(argText(a[needle]), argText(a[hay]), pos, caseSensitive(t), collationOf(t.slice(0, 2)));
}

const locateFn = fn("LOCATE", 2, 3, intType, (a, ctx, t) =>
  locateArgs(a, t, 0, 1, a.length > 2 ? argInt(a[2], ctx) : undefined),
);

const upperFn = fn("UPPER", 1, 1, stringResult, (a, _c, t) => (isBinary(t, a) ? a[0] : mapCase(argText(a[0]), true)));
const lowerFn = fn("LOWER", 1, 1, stringResult, (a, _c, t) => (isBinary(t, a) ? a[0] : mapCase(argText(a[0]), false)));
const lengthFn = fn("LENGTH", 1, 1, intType, (a) =>
  a[0] instanceof Bytes ? a[0].bytes.length : utf8Length(argText(a[0])),
);
const bitLengthFn = fn("BIT_LENGTH", 1, 1, intType, (a) =>
  a[0] instanceof Bytes ? a[0].bytes.length * 8 : utf8Length(argText(a[0])) * 8,
);
const charLengthFn = fn("CHAR_LENGTH", 1, 1, intType, (a) =>
  a[0] instanceof Bytes ? a[0].bytes.length : charLength(argText(a[0])),
);

/** TRIM([BOTH] [remstr FROM] s): args are [s, remstr?]. The compiler picks TRIM_LEADING / TRIM_TRAILING from the AST. */
function trimBuiltin(name: string, leading: boolean, trailing: boolean): Builtin {
  return fn(
    name,
    1,
    2,
    (t) => stringResult(t.slice(0, 1)),
    (a) => trimWith(argText(a[0]), a.length > 1 ? argText(a[1]) : " ", leading, trailing),
  );
}

/**
 * FORMAT(X, D[, locale]) reads X with val_decimal, at a quotient's full precision: FORMAT(1/3, 8) is 0.33333333
 * although 1/3 shows 0.3333. It is lazy only to read that unrounded value (`raw`); every argument is still evaluated
 * in order, and NULL X or D is NULL after the locale has been checked.
 */
const formatBuiltin: Builtin = {
  form: "lazy",
  name: "FORMAT",
  minArgs: 2,
  maxArgs: 3,
  returnType: textType,
  // A string computed from numbers: COERCIBLE, as the eager builtins' string results are.
  coercibility: 4,
  compile(args) {
    const [x, d, loc] = [args[0].raw ?? args[0].eval, args[1].eval, args[2]?.eval];
    return (ctx) => {
      const v = x(ctx);
      const places = d(ctx);
      const locale = loc === undefined ? EN_US : localeFormat(loc(ctx), ctx);
      if (v === null || places === null) return null;
      return format(v, argInt(places, ctx), ctx, locale);
    };
  },
};

export const stringBuiltins: readonly Builtin[] = [
  fn("CONCAT", 1, Number.POSITIVE_INFINITY, stringResult, (a, ctx, t) =>
    overflows(
      ctx,
      "concat",
      a.reduce((n: number, v) => n + byteLength(v), 0),
    )
      ? null
      : concatValues(a, isBinary(t, a)),
  ),
  fn(
    "CONCAT_WS",
    2,
    Number.POSITIVE_INFINITY,
    stringResult,
    (a, ctx, t) => {
      if (a[0] === null) return null;
      const parts: Value[] = [];
      for (let i = 1; i < a.length; i++) {
        if (a[i] === null) continue;
        if (parts.length > 0) parts.push(a[0]);
        parts.push(a[i]);
      }
      if (
        overflows(
          ctx,
          "concat_ws",
          parts.reduce((n: number, v) => n + byteLength(v), 0),
        )
      )
        return null;
      return concatValues(parts, isBinary(t, a));
    },
    { nullPropagating: false },
  ),
  fn("REPLACE", 3, 3, stringResult, (a, ctx) => {
    const from = argText(a[1]);
    const s = argText(a[0]);
    if (from === "") return s;
    const parts = s.split(from);
    const to = argText(a[2]);
    const bytes = utf8Length(s) + (parts.length - 1) * (utf8Length(to) - utf8Length(from));
    return overflows(ctx, "replace", bytes) ? null : parts.join(to);
  }),
  substringFn,
  alias(substringFn, "SUBSTR"),
  alias(substringFn, "MID"),
  fn("LEFT", 2, 2, stringResult, (a, ctx) => {
    const n = argLen(a[1], ctx);
    if (a[0] instanceof Bytes) return substringBytes(a[0].bytes, 1, n);
    return n <= 0 ? "" : charSlice(argText(a[0]), 0, n);
  }),
  fn("RIGHT", 2, 2, stringResult, (a, ctx) => {
    const n = argLen(a[1], ctx);
    if (a[0] instanceof Bytes) {
      const b = a[0].bytes;
      return n <= 0 ? new Bytes(new Uint8Array(0)) : new Bytes(b.subarray(Math.max(0, b.length - n)));
    }
    if (n <= 0) return "";
    const s = argText(a[0]);
    const len = charLength(s);
    return n >= len ? s : charSlice(s, len - n, n);
  }),
  locateFn,
  fn("INSTR", 2, 2, intType, (a, _c, t) => locateArgs(a, t, 1, 0)),
  fn("POSITION", 2, 2, intType, (a, _c, t) => locateArgs(a, t, 0, 1)),
  lengthFn,
  alias(lengthFn, "OCTET_LENGTH"),
  bitLengthFn,
  charLengthFn,
  alias(charLengthFn, "CHARACTER_LENGTH"),
  upperFn,
  alias(upperFn, "UCASE"),
  lowerFn,
  alias(lowerFn, "LCASE"),
  trimBuiltin("TRIM", true, true),
  trimBuiltin("TRIM_LEADING", true, false),
  trimBuiltin("TRIM_TRAILING", false, true),
  fn("LTRIM", 1, 1, stringResult, (a) => argText(a[0]).replace(/^ +/, "")),
  fn("RTRIM", 1, 1, stringResult, (a) => argText(a[0]).replace(/ +$/, "")),
  fn("LPAD", 3, 3, stringResult, (a, ctx, t) => padArgs(a, t, ctx, true)),
  fn("RPAD", 3, 3, stringResult, (a, ctx, t) => padArgs(a, t, ctx, false)),
  fn("REPEAT", 2, 2, stringResult, (a, ctx) => {
    const n = Math.min(argLen(a[1], ctx), 2147483647);
    if (n <= 0) return "";
    const s = argText(a[0]);
    if (s === "" || n === 1) return s;
    // Item_func_repeat::val_str's check: length > max_allowed_packet / count.
    const max = maxPacket(ctx);
    if (utf8Length(s) > Math.floor(max / n)) {
      overflows(ctx, "repeat", max + 1);
      return null;
    }
    return s.repeat(n);
  }),
  fn("REVERSE", 1, 1, stringResult, (a) =>
    a[0] instanceof Bytes ? new Bytes(a[0].bytes.slice().reverse()) : Array.from(argText(a[0])).reverse().join(""),
  ),
  fn("SPACE", 1, 1, textType, (a, ctx) => {
    const n = Math.min(argLen(a[0], ctx), 2147483647);
    if (n <= 0) return "";
    return overflows(ctx, "space", n) ? null : " ".repeat(n);
  }),
  fn("ASCII", 1, 1, intType, (a) => {
    const b = argBytes(a[0]);
    return b.length === 0 ? 0 : b[0];
  }),
  fn("ORD", 1, 1, intType, (a) => (a[0] instanceof Bytes ? (a[0].bytes[0] ?? 0) : ord(argText(a[0])))),
  fn(
    "CHAR",
    1,
    Number.POSITIVE_INFINITY,
    () => BINARY,
    (a, ctx) => charFn(a, ctx),
    { nullPropagating: false },
  ),
  fn("HEX", 1, 1, textType, (a, ctx) => hex(a[0], ctx)),
  fn(
    "UNHEX",
    1,
    1,
    () => BINARY,
    (a) => unhex(argText(a[0])),
  ),
  fn("STRCMP", 2, 2, intType, (a, _c, t) => compareText(argText(a[0]), argText(a[1]), t)),
  fn("SUBSTRING_INDEX", 3, 3, stringResult, (a, ctx, t) =>
    substringIndex(argText(a[0]), argText(a[1]), argLen(a[2], ctx), isBinary(t.slice(0, 2), a.slice(0, 2))),
  ),
  fn("INSERT", 4, 4, stringResult, (a, ctx, t) => {
    if (isBinary([t[0], t[3]], [a[0], a[3]])) {
      const b = insert(byteString(a[0]), argInt(a[1], ctx), argInt(a[2], ctx), byteString(a[3]));
      return overflows(ctx, "insert", b.length) ? null : fromByteString(b);
    }
    const r = insert(argText(a[0]), argInt(a[1], ctx), argInt(a[2], ctx), argText(a[3]));
    return overflows(ctx, "insert", utf8Length(r)) ? null : r;
  }),
  fn("FIELD", 2, Number.POSITIVE_INFINITY, intType, (a, ctx, t) => field(a, t, ctx), { nullPropagating: false }),
  fn(
    "ELT",
    2,
    Number.POSITIVE_INFINITY,
    (t) => stringResult(t.slice(1)),
    (a, ctx) => {
      if (a[0] === null) return null;
      const n = argInt(a[0], ctx);
      if (n < 1 || n >= a.length || a[n] === null) return null;
      return typeof a[n] === "string" || a[n] instanceof Bytes ? a[n] : argText(a[n]);
    },
    { nullPropagating: false },
  ),
  fn("FIND_IN_SET", 2, 2, intType, (a, _c, t) => findInSet(argText(a[0]), argText(a[1]), t)),
  fn("QUOTE", 1, 1, stringResult, (a) => quote(a[0]), { nullPropagating: false }),
  fn(
    "SOUNDEX",
    1,
    1,
    (t) => stringResult(t.slice(0, 1)),
    (a) => soundex(argText(a[0])),
  ),
  formatBuiltin,
  fn("BIN", 1, 1, textType, (a) => convText(a[0], 2)),
  fn("OCT", 1, 1, textType, (a) => convText(a[0], 8)),
  fn(
    "MAKE_SET",
    2,
    Number.POSITIVE_INFINITY,
    (t) => stringResult(t.slice(1)),
    (a, ctx) => {
      // The strings whose bit is set in the first argument, comma-separated; NULL strings are skipped.
      if (a[0] === null) return null;
      const bits = BigInt.asUintN(64, BigInt(argInt(a[0], ctx)));
      const parts: string[] = [];
      for (let i = 1; i < a.length; i++) {
        if (((bits >> BigInt(i - 1)) & 1n) === 1n && a[i] !== null) parts.push(argText(a[i]));
      }
      return parts.join(",");
    },
    { nullPropagating: false },
  ),
];
