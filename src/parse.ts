// The parser's public face: scripts, single statements and expressions to AST, or a SqlSyntaxError.
//
// A script is split first (src/script/split.ts, mysql client rules), then each chunk is lexed and parsed with the
// one lexer and parser instance of grammar/. Offsets in the AST and in errors are offsets into the whole file.

import { EOF, type ILexingError, type IRecognitionException, type IToken } from "chevrotain";
import { lastExpected } from "../grammar/messages.ts";
import { ActionError, sqlParser } from "../grammar/parser.ts";
import { sqlLexer, UnclosedComment } from "../grammar/tokens.ts";
import type { Expr, ParsedStatement, Statement } from "./ast.ts";
import { type SourceFile, SqlSyntaxError } from "./errors.ts";
import { splitScript } from "./script/split.ts";

export type { SourceFile };

function lexError(file: SourceFile, base: number, text: string, error: ILexingError): SqlSyntaxError {
  const c = text[error.offset] ?? "";
  const reason =
    c === "'" || c === '"'
      ? "unterminated string literal"
      : c === "`"
        ? "unterminated quoted identifier"
        : text.startsWith("/*", error.offset)
          ? "unterminated comment"
          : `unexpected character '${c}'`;
  return new SqlSyntaxError(file, base + error.offset, reason);
}

function parseError(
  file: SourceFile,
  base: number,
  tokens: readonly IToken[],
  error: IRecognitionException,
): SqlSyntaxError {
  const token = error.token;
  let offset: number;
  if (token.tokenType === EOF || Number.isNaN(token.startOffset)) {
    // at end of input, point just after the last token
    const last = tokens[tokens.length - 1];
    offset = last === undefined ? base : base + last.startOffset + last.image.length;
  } else {
    offset = base + token.startOffset;
  }
  if (token.tokenType === UnclosedComment) return new SqlSyntaxError(file, offset, "unterminated comment");
  return new SqlSyntaxError(file, offset, error.message, lastExpected);
}

type Entry = "script" | "expressionOnly";

function run(file: SourceFile, base: number, text: string, entry: Entry): unknown {
  const lexed = sqlLexer.tokenize(text);
  const firstLexError = lexed.errors[0];
  if (firstLexError !== undefined) throw lexError(file, base, text, firstLexError);
  sqlParser.input = lexed.tokens;
  sqlParser.base = base;
  sqlParser.text = text;
  let result: unknown;
  try {
    result = entry === "script" ? sqlParser.script() : sqlParser.expressionOnly();
  } catch (e) {
    if (e instanceof ActionError) throw new SqlSyntaxError(file, e.offset, e.reason);
    throw e;
  }
  const firstError = sqlParser.errors[0];
  if (firstError !== undefined) throw parseError(file, base, lexed.tokens, firstError);
  return result;
}

/** Splits a mysql-client script (DELIMITER honoured) and parses every statement. Throws SqlSyntaxError. */
export function parseScript(file: SourceFile): ParsedStatement[] {
  const out: ParsedStatement[] = [];
  for (const chunk of parseScriptChunks(file)) {
    if ("error" in chunk) throw chunk.error;
    out.push(...chunk.statements);
  }
  return out;
}

/** One statement chunk of a script (between delimiters): what it parsed to, or its syntax error. */
export type ParsedChunk = { readonly statements: ParsedStatement[] } | { readonly error: SqlSyntaxError };

/**
 * Like parseScript, but a syntax error spoils only its own chunk: the server answers every statement the client
 * sends, so a script runner reports the error and (with --force) goes on with the next statement.
 */
export function parseScriptChunks(file: SourceFile): ParsedChunk[] {
  return splitScript(file.text).map((chunk) => {
    try {
      const statements = run(file, chunk.start, chunk.text, "script") as Statement[];
      return {
        statements: statements.map((statement) => ({
          statement,
          start: statement.start,
          end: statement.end,
          text: file.text.slice(statement.start, statement.end),
        })),
      };
    } catch (error) {
      if (error instanceof SqlSyntaxError) return { error };
      throw error;
    }
  });
}

/** Parses exactly one statement (a trailing `;` is allowed). Throws SqlSyntaxError. */
export function parseStatement(text: string, name = "<statement>"): Statement {
  const file = { name, text };
  const statements = run(file, 0, text, "script") as Statement[];
  const [first, second] = statements;
  if (first === undefined) throw new SqlSyntaxError(file, text.length, "empty statement", ["statement"]);
  if (second !== undefined) throw new SqlSyntaxError(file, second.start, "expected one statement, found several");
  return first;
}

/** Parses one expression. Throws SqlSyntaxError. */
export function parseExpression(text: string, name = "<expression>"): Expr {
  return run({ name, text }, 0, text, "expressionOnly") as Expr;
}
