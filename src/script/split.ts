// Splits a script into statements the way the mysql client does, before anything is parsed.
//
// The client, not the server, knows about DELIMITER: it scans the text, skipping quoted strings, quoted names and
// comments, and cuts at the current delimiter. A `DELIMITER xx` line (only where no statement has started) changes
// the delimiter. Every chunk keeps its offset in the file so that syntax errors point into the file.

export interface ScriptChunk {
  /** Offset of the statement's first significant character (comments and blanks before it are skipped). */
  readonly start: number;
  /** Offset just before the delimiter (or end of file). */
  readonly end: number;
  /** `text.slice(start, end)`. */
  readonly text: string;
  /** The delimiter in force when the statement ended, for diagnostics. */
  readonly delimiter: string;
}

const delimiterCommand = /delimiter[ \t]+(\S+)[^\n]*/iy;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11;
}

/** Index just past the quoted run that starts at `i` (or the end of text if it is not closed). */
function skipQuoted(text: string, i: number): number {
  const quote = text.charCodeAt(i);
  const backslash = quote !== 96; // backslash escapes work in strings, not in `names`
  let j = i + 1;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (backslash && c === 92) {
      j += 2;
    } else if (c === quote) {
      if (text.charCodeAt(j + 1) === quote) j += 2;
      else return j + 1;
    } else {
      j++;
    }
  }
  return text.length;
}

/** Index just past the comment at `i`, or -1 when there is none. */
function skipComment(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (
    c === 35 ||
    (c === 45 && text.charCodeAt(i + 1) === 45 && (i + 2 >= text.length || text.charCodeAt(i + 2) <= 32))
  ) {
    const nl = text.indexOf("\n", i);
    return nl < 0 ? text.length : nl;
  }
  if (c === 47 && text.charCodeAt(i + 1) === 42) {
    const close = text.indexOf("*/", i + 2);
    return close < 0 ? text.length : close + 2;
  }
  return -1;
}

export function splitScript(text: string): ScriptChunk[] {
  const chunks: ScriptChunk[] = [];
  let delimiter = ";";
  let start = -1;
  let i = 0;
  const n = text.length;
  const finish = (end: number): void => {
    if (start >= 0) chunks.push({ start, end, text: text.slice(start, end), delimiter });
    start = -1;
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (start < 0) {
      if (isSpace(c)) {
        i++;
        continue;
      }
      if (c === 100 || c === 68) {
        delimiterCommand.lastIndex = i;
        const m = delimiterCommand.exec(text);
        if (m !== null) {
          delimiter = m[1] as string;
          i = delimiterCommand.lastIndex;
          continue;
        }
      }
    }
    if (text.startsWith(delimiter, i)) {
      finish(i);
      i += delimiter.length;
      continue;
    }
    const afterComment = skipComment(text, i);
    if (afterComment >= 0) {
      i = afterComment;
      continue;
    }
    if (start < 0) start = i;
    i = c === 39 || c === 34 || c === 96 ? skipQuoted(text, i) : i + 1;
  }
  finish(n);
  return chunks;
}
