// Translation of MySQL 8's regular expressions (ICU syntax) into JavaScript RegExp source for the `u` flag.
//
// Most of ICU's syntax is also JavaScript's. The differences that change results are translated: ICU's \d, \w, \s
// and \b are Unicode-aware (JS's are ASCII-only); `$` also matches before a final line terminator; \A, \z, \Z, \h,
// \R, \Q..\E, \x{..}, POSIX classes [[:alpha:]], nested sets [a[bc]], (?#comments), leading (?i)/(?x) flags.
// Escaped punctuation that `u` mode rejects (\- outside a set, \#) is re-emitted as a literal.
// Approximations: atomic groups (?>..) and possessive quantifiers (a*+) become ordinary ones (same matches except
// where backtracking into them would change the outcome); \X is a base character plus combining marks.
// Unsupported (error 3690, as ICU's unimplemented features): inline flags after the start, (?i:..), set operations
// && and --, \G, \N{name}.

import { SqlError } from "../errors.ts";

export interface RegexpFlags {
  caseInsensitive: boolean;
  multiline: boolean;
  dotAll: boolean;
  extended: boolean;
}

const WORD = "\\p{Alphabetic}\\p{M}\\p{Nd}\\p{Pc}\\u200C\\u200D";
const LINE_END = "\\n\\r\\u0085\\u2028\\u2029";
const SYNTAX = new Set("^$\\.*+?()[]{}|/".split(""));
const CLASS_SYNTAX = new Set("^$\\.*+?()[]{}|/-".split(""));

const POSIX: Record<string, string> = {
  alpha: "\\p{Alphabetic}",
  digit: "\\p{Nd}",
  alnum: "\\p{Alphabetic}\\p{Nd}",
  upper: "\\p{Uppercase}",
  lower: "\\p{Lowercase}",
  space: "\\p{White_Space}",
  blank: "\\t\\p{Zs}",
  punct: "\\p{P}",
  cntrl: "\\p{Cc}",
  xdigit: "0-9A-Fa-f",
  word: WORD,
  print: "\\P{C}",
  graph: "\\p{L}\\p{M}\\p{N}\\p{P}\\p{S}",
};

export function regexpError(errno: number, message: string): SqlError {
  return new SqlError(errno, "HY000", message);
}

const unimplemented = () => regexpError(3690, "Unimplemented feature in regular expression.");
const badEscape = () => regexpError(3689, "Unrecognized escape sequence in regular expression.");
const syntax = (at: number) => regexpError(3688, `Syntax error in regular expression on line 1, character ${at + 1}.`);

function codePointEscape(cp: number): string {
  return `\\u{${cp.toString(16)}}`;
}

class Translator {
  private i = 0;
  private out = "";
  readonly flags: RegexpFlags;

  constructor(
    private readonly p: string,
    flags: RegexpFlags,
  ) {
    this.flags = { ...flags };
  }

  run(): string {
    this.leadingFlags();
    // True where a quantifier has nothing to repeat: at the start, after '(' or '|'.
    let canRepeat = false;
    while (this.i < this.p.length) {
      const c = this.p[this.i];
      if (this.flags.extended && /\s/.test(c)) {
        this.i++;
        continue;
      }
      if (this.flags.extended && c === "#") {
        while (this.i < this.p.length && this.p[this.i] !== "\n") this.i++;
        continue;
      }
      switch (c) {
        case "\\":
          this.out += this.escape(false);
          canRepeat = true;
          continue;
        case "[":
          this.i++;
          this.out += this.set();
          canRepeat = true;
          continue;
        case "(":
          this.group();
          canRepeat = false;
          continue;
        case "|":
          this.out += "|";
          this.i++;
          canRepeat = false;
          continue;
        case "$":
          this.out += this.flags.multiline ? "$" : `(?=(?:\\r\\n|[${LINE_END}])?(?![\\s\\S]))`;
          this.i++;
          canRepeat = false;
          continue;
        case "*":
        case "+":
        case "?":
          if (!canRepeat) throw syntax(this.i);
          this.out += c;
          this.i++;
          this.lazyOrPossessive();
          continue;
        case "{": {
          const m = /^\{(\d+)(,(\d*))?\}/.exec(this.p.slice(this.i));
          if (!m) throw regexpError(3692, "Incorrect description of a {min,max} interval.");
          if (!canRepeat) throw syntax(this.i);
          if (m[3] !== undefined && m[3] !== "" && Number(m[3]) < Number(m[1])) {
            throw regexpError(3693, "The maximum is less than the minumum in a {min,max} interval.");
          }
          this.out += m[0];
          this.i += m[0].length;
          this.lazyOrPossessive();
          continue;
        }
        case "]":
        case "}":
          this.out += `\\${c}`;
          this.i++;
          canRepeat = true;
          continue;
        default: {
          const cp = this.p.codePointAt(this.i) ?? 0;
          const ch = String.fromCodePoint(cp);
          this.out += ch;
          this.i += ch.length;
          canRepeat = true;
        }
      }
    }
    return this.out;
  }

  /** `(?i)`, `(?-i)`, `(?x)`, ... at the very start apply to the whole pattern. */
  private leadingFlags(): void {
    for (;;) {
      const m = /^\(\?([imsxw-]+)\)/.exec(this.p.slice(this.i));
      if (!m) return;
      let on = true;
      for (const f of m[1]) {
        if (f === "-") on = false;
        else if (f === "i") this.flags.caseInsensitive = on;
        else if (f === "m") this.flags.multiline = on;
        else if (f === "s") this.flags.dotAll = on;
        else if (f === "x") this.flags.extended = on;
      }
      this.i += m[0].length;
    }
  }

  /** A `?` after a quantifier makes it lazy (kept); a `+` makes it possessive (approximated as greedy). */
  private lazyOrPossessive(): void {
    const c = this.p[this.i];
    if (c === "?") {
      this.out += "?";
      this.i++;
    } else if (c === "+") {
      this.i++;
    }
  }

  private group(): void {
    const rest = this.p.slice(this.i);
    if (rest.startsWith("(?#")) {
      const end = this.p.indexOf(")", this.i);
      if (end < 0) throw regexpError(3691, "Mismatched parenthesis in regular expression.");
      this.i = end + 1;
      return;
    }
    if (rest.startsWith("(?>")) {
      this.out += "(?:";
      this.i += 3;
      return;
    }
    const m = /^\(\?(:|=|!|<=|<!|<[A-Za-z][A-Za-z0-9]*>)/.exec(rest);
    if (m) {
      this.out += m[0];
      this.i += m[0].length;
      return;
    }
    if (rest.startsWith("(?")) throw unimplemented();
    this.out += "(";
    this.i++;
  }

  /** One escape sequence starting at the backslash. `inSet` selects the form valid inside a character class. */
  private escape(inSet: boolean): string {
    const p = this.p;
    this.i++;
    if (this.i >= p.length) throw badEscape();
    const c = p[this.i++];
    switch (c) {
      case "d":
        return "\\p{Nd}";
      case "D":
        return "\\P{Nd}";
      case "s":
        return "\\p{White_Space}";
      case "S":
        return "\\P{White_Space}";
      case "w":
        return inSet ? WORD : `[${WORD}]`;
      case "W":
        return inSet ? "\\W" : `[^${WORD}]`;
      case "h":
        return inSet ? "\\t\\p{Zs}" : "[\\t\\p{Zs}]";
      case "H":
        return inSet ? "\\P{Zs}" : "[^\\t\\p{Zs}]";
      case "b":
        if (inSet) return "\\x08";
        return `(?:(?<=[${WORD}])(?![${WORD}])|(?<![${WORD}])(?=[${WORD}]))`;
      case "B":
        return `(?:(?<=[${WORD}])(?=[${WORD}])|(?<![${WORD}])(?![${WORD}]))`;
      case "A":
        return "(?<![\\s\\S])";
      case "z":
        return "(?![\\s\\S])";
      case "Z":
        return `(?=(?:\\r\\n|[${LINE_END}])?(?![\\s\\S]))`;
      case "R":
        return `(?:\\r\\n|[${LINE_END}\\v\\f])`;
      case "X":
        return "(?:\\P{M}\\p{M}*)";
      case "G":
      case "N":
        throw unimplemented();
      case "Q": {
        const end = p.indexOf("\\E", this.i);
        const lit = p.slice(this.i, end < 0 ? p.length : end);
        this.i = end < 0 ? p.length : end + 2;
        return [...lit].map((ch) => this.literal(ch, inSet)).join("");
      }
      case "E":
        return "";
      case "e":
        return "\\x1B";
      case "a":
        return "\\x07";
      case "t":
      case "n":
      case "r":
      case "f":
      case "v":
        return `\\${c}`;
      case "c":
        return `\\c${p[this.i++] ?? ""}`;
      case "x": {
        const braced = /^\{([0-9a-fA-F]{1,6})\}/.exec(p.slice(this.i));
        if (braced) {
          this.i += braced[0].length;
          return codePointEscape(Number.parseInt(braced[1], 16));
        }
        const two = /^[0-9a-fA-F]{2}/.exec(p.slice(this.i));
        if (!two) throw badEscape();
        this.i += 2;
        return `\\x${two[0]}`;
      }
      case "u": {
        const four = /^[0-9a-fA-F]{4}/.exec(p.slice(this.i));
        if (!four) throw badEscape();
        this.i += 4;
        return `\\u${four[0]}`;
      }
      case "U": {
        const eight = /^[0-9a-fA-F]{8}/.exec(p.slice(this.i));
        if (!eight) throw badEscape();
        this.i += 8;
        return codePointEscape(Number.parseInt(eight[0], 16));
      }
      case "0": {
        const oct = /^[0-7]{0,3}/.exec(p.slice(this.i))?.[0] ?? "";
        this.i += oct.length;
        return codePointEscape(oct === "" ? 0 : Number.parseInt(oct, 8));
      }
      case "p":
      case "P": {
        const m = /^\{[^}]*\}/.exec(p.slice(this.i)) ?? /^[A-Za-z]/.exec(p.slice(this.i));
        if (!m) throw regexpError(3685, "Illegal argument to a regular expression.");
        this.i += m[0].length;
        return `\\${c}${m[0].startsWith("{") ? m[0] : `{${m[0]}}`}`;
      }
      case "k": {
        const m = /^<[A-Za-z][A-Za-z0-9]*>/.exec(p.slice(this.i));
        if (!m) throw badEscape();
        this.i += m[0].length;
        return `\\k${m[0]}`;
      }
      default:
        if (c >= "1" && c <= "9") {
          if (inSet) throw badEscape();
          const digits = /^\d*/.exec(p.slice(this.i))?.[0] ?? "";
          this.i += digits.length;
          return `\\${c}${digits}`;
        }
        if (/[A-Za-z0-9]/.test(c)) throw badEscape();
        this.i--;
        {
          const cp = p.codePointAt(this.i) ?? 0;
          const ch = String.fromCodePoint(cp);
          this.i += ch.length;
          return this.literal(ch, inSet);
        }
    }
  }

  private literal(ch: string, inSet: boolean): string {
    if ((inSet ? CLASS_SYNTAX : SYNTAX).has(ch)) return `\\${ch}`;
    return ch;
  }

  /** A bracket expression, from after its '['; nested sets are unions and are flattened. */
  private set(): string {
    const p = this.p;
    let negated = false;
    if (p[this.i] === "^") {
      negated = true;
      this.i++;
    }
    let body = "";
    let first = true;
    for (;;) {
      if (this.i >= p.length) {
        throw regexpError(3696, "The regular expression contains an unclosed bracket expression.");
      }
      const c = p[this.i];
      if (c === "]" && !first) {
        this.i++;
        break;
      }
      if (c === "]") {
        body += "\\]";
        this.i++;
      } else if (c === "[") {
        const posix = /^\[:(\^?)([a-z]+):\]/.exec(p.slice(this.i));
        if (posix) {
          const cls = POSIX[posix[2]];
          if (cls === undefined || posix[1]) throw regexpError(3685, "Illegal argument to a regular expression.");
          body += cls;
          this.i += posix[0].length;
        } else {
          this.i++;
          if (p[this.i] === "^") throw unimplemented();
          const inner = this.set();
          body += inner.slice(1, -1);
        }
      } else if (c === "\\") {
        body += this.escape(true);
      } else if ((c === "&" && p[this.i + 1] === "&") || (c === "-" && p[this.i + 1] === "-")) {
        throw unimplemented();
      } else if (c === "-") {
        body += "-";
        this.i++;
      } else {
        const cp = p.codePointAt(this.i) ?? 0;
        const ch = String.fromCodePoint(cp);
        body += ch === "^" || ch === "[" ? `\\${ch}` : ch;
        this.i += ch.length;
      }
      first = false;
    }
    return `[${negated ? "^" : ""}${body}]`;
  }
}

/** The JS source and flags for an ICU pattern. */
export function translateRegexp(pattern: string, flags: RegexpFlags): { source: string; flags: RegexpFlags } {
  const t = new Translator(pattern, flags);
  const source = t.run();
  return { source, flags: t.flags };
}

/** Maps a JS RegExp syntax error on translated source to the MySQL error ICU would have given. */
export function mapSyntaxError(e: Error): SqlError {
  const m = e.message;
  if (/Unterminated group|Unmatched '\)'|Unmatched \)/i.test(m)) {
    return regexpError(3691, "Mismatched parenthesis in regular expression.");
  }
  if (/Unterminated character class/i.test(m)) {
    return regexpError(3696, "The regular expression contains an unclosed bracket expression.");
  }
  if (/Range out of order/i.test(m)) return regexpError(3697, "Illegal character range in regular expression.");
  if (/numbers out of order/i.test(m)) {
    return regexpError(3693, "The maximum is less than the minumum in a {min,max} interval.");
  }
  if (/Invalid named capture|Invalid capture group name|Invalid named reference|Invalid escape/i.test(m)) {
    return regexpError(3694, "Invalid back reference in regular expression.");
  }
  if (/property name/i.test(m)) return regexpError(3685, "Illegal argument to a regular expression.");
  return regexpError(3688, "Syntax error in regular expression on line 1, character 1.");
}
