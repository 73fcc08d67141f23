// Splits a script into statements the way the mysql client does, before anything is parsed.
//
// The client, not the server, knows about DELIMITER: it scans the text, skipping quoted strings, quoted names and
// comments, and cuts at the current delimiter. A `DELIMITER xx` line (only where no statement has started) changes
// the delimiter. Every chunk keeps its offset in the file so that syntax errors point into the file.
//
// The client's `source FILE` / `\. FILE` command is recognised here too (it is run by src/script/source.ts), where the
// mysql client recognises it:
// - `\. FILE` where a statement would start (also after another statement on the same line): the file name is the rest of the line (a `;` after it is part of the
//   name, as in the mysql client); the command ends at the delimiter or at the end of the line.
// - `source FILE` where a statement would start, on a line of its own that holds no delimiter (case-insensitive).
// - a statement `source FILE` ended by the delimiter: its first word (up to a space or tab) is `source`.
// The file name is what follows the first space, trimmed of blanks and control characters; none is a usage error.
// `\.` in the middle of a statement is not a command here (the mysql client runs it and discards the statement).

export interface ScriptChunk {
  /** Offset of the statement's first significant character (comments and blanks before it are skipped). */
  readonly start: number;
  /** Offset just before the delimiter (or end of file). */
  readonly end: number;
  /** `text.slice(start, end)`. */
  readonly text: string;
  /** The delimiter in force when the statement ended, for diagnostics. */
  readonly delimiter: string;
  /** Set when the chunk is the client's `source` command instead of a statement for the server. */
  readonly command?: SourceCommand;
  /** For a command: the offset where scanning goes on after it (past its delimiter or line). */
  readonly next?: number;
}

/** `source FILE` / `\. FILE`: `file` is undefined when no file name follows the command (a usage error). */
export interface SourceCommand {
  readonly kind: "source";
  readonly file: string | undefined;
}

/** The file name of a source command line, as the mysql client's com_source reads it. */
function sourceArgument(line: string): SourceCommand {
  const trimmed = line.replace(/^\s+/, "");
  const space = trimmed.indexOf(" ");
  if (space < 0) return { kind: "source", file: undefined };
  const file = trimmed.slice(space + 1).replace(/^\s+/, "");
  // the client trims blanks and control characters from the end of the name
  let end = file.length;
  while (end > 0 && (file.charCodeAt(end - 1) <= 32 || file.charCodeAt(end - 1) === 127)) end--;
  return { kind: "source", file: file.slice(0, end) };
}

/** True when the first word of `text` (up to a space or tab) is `source`, as the client's find_command reads it. */
function startsWithSource(text: string): boolean {
  return /^source(?:[ \t]|$)/i.test(text);
}

/** True when only blanks precede offset `i` on its line. */
function atLineStart(text: string, i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const c = text.charCodeAt(j);
    if (c === 10) return true;
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
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
  return scanScript(text, 0, ";").chunks;
}

/**
 * Splits `text` from offset `from` with `initialDelimiter` in force, and says which delimiter is in force at the end
 * (a file run by `source` starts with the delimiter of the file that sourced it and hands its last one back).
 */
export function scanScript(
  text: string,
  from: number,
  initialDelimiter: string,
): { chunks: ScriptChunk[]; delimiter: string } {
  const chunks: ScriptChunk[] = [];
  let delimiter = initialDelimiter;
  let start = -1;
  let i = from;
  const n = text.length;
  const finish = (end: number, atDelimiter = false): void => {
    if (start >= 0) {
      const chunkText = text.slice(start, end);
      const chunk: ScriptChunk = { start, end, text: chunkText, delimiter };
      chunks.push(
        atDelimiter && startsWithSource(chunkText)
          ? { ...chunk, command: sourceArgument(chunkText), next: end + delimiter.length }
          : chunk,
      );
    }
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
      if ((c === 92 && text.charCodeAt(i + 1) === 46) || ((c === 115 || c === 83) && atLineStart(text, i))) {
        const eolAt = text.indexOf("\n", i);
        const eol = eolAt < 0 ? n : eolAt;
        const line = text.slice(i, eol);
        if (c === 92) {
          // `\.`: the name is the rest of the line, but the command's text ends at the delimiter
          const d = line.indexOf(delimiter, 2);
          const end = d < 0 ? eol : i + d;
          const next = d < 0 ? eol : end + delimiter.length;
          chunks.push({ start: i, end, text: text.slice(i, end), delimiter, command: sourceArgument(line), next });
          i = next;
          continue;
        }
        if (startsWithSource(line) && !line.includes(delimiter) && !line.includes("\\g")) {
          const end = i + line.replace(/\s+$/, "").length;
          chunks.push({ start: i, end, text: text.slice(i, end), delimiter, command: sourceArgument(line), next: eol });
          i = eol;
          continue;
        }
      }
    }
    if (text.startsWith(delimiter, i)) {
      finish(i, true);
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
  return { chunks, delimiter };
}
