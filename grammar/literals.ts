// Decoding of literal and name token images into the values the AST holds.

/** MySQL's backslash escapes; `\%` and `\_` keep their backslash so LIKE can tell them from wildcards. */
const escapes: Readonly<Record<string, string>> = {
  "0": "\0",
  b: "\b",
  n: "\n",
  r: "\r",
  t: "\t",
  Z: "\x1a",
  "%": "\\%",
  _: "\\_",
};

/** The value of a quoted string token: quotes removed, escapes and doubled quotes decoded. */
export function decodeString(image: string): string {
  const quote = image[0] as string;
  const body = image.slice(1, -1);
  if (body.indexOf("\\") < 0 && body.indexOf(quote) < 0) return body;
  let out = "";
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as string;
    if (c === "\\" && i + 1 < body.length) {
      const n = body[++i] as string;
      out += escapes[n] ?? n;
    } else if (c === quote) {
      // a doubled quote: the lexer only lets quotes through in pairs
      out += quote;
      i++;
    } else {
      out += c;
    }
  }
  return out;
}

/** The name a backticked or plain identifier stands for. */
export function identName(image: string): string {
  if (image.charCodeAt(0) !== 96) return image;
  return image.slice(1, -1).replace(/``/g, "`");
}

/** `@name`, `@'name'`, `@"name"`, `` @`name` `` to the variable name. */
export function userVarName(image: string): string {
  const rest = image.slice(1);
  const q = rest[0];
  if (q === "'" || q === '"') return decodeString(rest);
  if (q === "`") return identName(rest);
  return rest;
}

/** `@@x`, `@@session.x`, `@@global.x`, `@@local.x` to scope and name. */
export function systemVarParts(image: string): { scope: "SESSION" | "GLOBAL" | "DEFAULT"; name: string } {
  const rest = image.slice(2);
  const dot = rest.indexOf(".");
  if (dot > 0 && rest[0] !== "`") {
    const prefix = rest.slice(0, dot).toUpperCase();
    const name = identName(rest.slice(dot + 1));
    return { scope: prefix === "GLOBAL" ? "GLOBAL" : "SESSION", name };
  }
  return { scope: "DEFAULT", name: identName(rest) };
}
