// The two kinds of error a user of spbed can see.
//
// SqlError is a MySQL condition: errno, SQLSTATE and message, exactly as a server would send them. It is thrown by
// the runtime and caught by the handler machinery, so it must stay cheap to create (no stack trace capture).
//
// SqlSyntaxError is a lexer or parser error. It records the offset only; line and column are computed when the error
// is formatted, as acorn does.

/** A MySQL error or warning condition. `level` is "error" for thrown conditions. */
export class SqlError extends Error {
  readonly errno: number;
  readonly sqlstate: string;
  /** Condition items set by SIGNAL/RESIGNAL or by the server (TABLE_NAME, COLUMN_NAME, ...). */
  readonly items: Readonly<Record<string, string>>;

  constructor(errno: number, sqlstate: string, message: string, items: Readonly<Record<string, string>> = {}) {
    super(message);
    this.errno = errno;
    this.sqlstate = sqlstate;
    this.items = items;
  }

  override get name(): string {
    return "SqlError";
  }

  /** `ERROR 1644 (45000): message`, as the mysql client prints it. */
  format(): string {
    return `ERROR ${this.errno} (${this.sqlstate}): ${this.message}`;
  }
}

/** Where a piece of source text came from, for error messages. */
export interface SourceFile {
  readonly name: string;
  readonly text: string;
}

export interface LineCol {
  /** 1-based. */
  readonly line: number;
  /** 1-based, counted in UTF-16 code units of the line. */
  readonly column: number;
}

/** Computes the 1-based line and column of `offset` in `text`. */
export function lineColAt(text: string, offset: number): LineCol {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/** A lexer or parser error at an offset of a file. */
export class SqlSyntaxError extends Error {
  readonly file: SourceFile;
  readonly offset: number;
  /** What the parser would have accepted at this point, if known. */
  readonly expected: readonly string[];
  /** The message without position, e.g. `unexpected 'FROM'`. */
  readonly reason: string;

  constructor(file: SourceFile, offset: number, reason: string, expected: readonly string[] = []) {
    const { line, column } = lineColAt(file.text, offset);
    super(`${file.name}:${line}:${column}: ${reason}`);
    this.file = file;
    this.offset = offset;
    this.reason = reason;
    this.expected = expected;
  }

  override get name(): string {
    return "SqlSyntaxError";
  }

  get line(): number {
    return lineColAt(this.file.text, this.offset).line;
  }

  get column(): number {
    return lineColAt(this.file.text, this.offset).column;
  }

  /** `file:line:col: reason`, the source line, and a caret under the fault. */
  format(): string {
    const { line, column } = lineColAt(this.file.text, this.offset);
    const lines = this.file.text.split("\n");
    const source = (lines[line - 1] ?? "").replace(/\r$/, "");
    const caret = `${" ".repeat(Math.max(0, column - 1))}^`;
    const expected = this.expected.length > 0 ? `\n  expected: ${this.expected.join(", ")}` : "";
    return `${this.file.name}:${line}:${column}: syntax error: ${this.reason}\n  ${source}\n  ${caret}${expected}`;
  }
}
