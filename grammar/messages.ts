// Error messages of the parser: short, naming what was expected and what was found.
//
// Chevrotain's default messages list every full path an alternative could take, which is unreadable for SQL.
// This provider names only the first token of each path, folds the dozens of tokens that can start an expression
// into "expression", and records the expected list so that src/parse.ts can put it on the SqlSyntaxError.

import { EOF, type IParserErrorMessageProvider, type IToken, type TokenType } from "chevrotain";
import * as T from "./tokens.ts";

/** Labels of what the parser expected at the last error it reported. */
export let lastExpected: string[] = [];

/** Tokens that can start an expression: when all of these are expected, the message says "expression". */
const expressionStarts: readonly TokenType[] = [T.Ident, T.IntegerLiteral, T.StringLiteral, T.LParen, T.Minus];
const expressionTokens = new Set<TokenType>([
  T.Ident,
  T.IntegerLiteral,
  T.DecimalLiteral,
  T.FloatLiteral,
  T.StringLiteral,
  T.NationalStringLiteral,
  T.HexLiteral,
  T.BitLiteral,
  T.CharsetIntroducer,
  T.UserVariable,
  T.SystemVariable,
  T.LParen,
  T.Minus,
  T.Plus,
  T.Tilde,
  T.Bang,
  T.BINARY,
  T.NOT,
  T.NULL,
  T.TRUE,
  T.FALSE,
  T.EXISTS,
  T.CASE,
  T.CAST,
  T.CONVERT,
  T.TRIM,
  T.POSITION,
  T.SUBSTRING,
  T.SUBSTR,
  T.EXTRACT,
  T.INTERVAL,
  T.DEFAULT,
  T.Niladic,
  T.FuncKeyword,
]);

function label(t: TokenType): string {
  if (t === EOF) return "end of input";
  return t.LABEL ?? t.name;
}

/** What the user wrote at the error. */
export function describeToken(t: IToken): string {
  if (t.tokenType === EOF) return "end of input";
  const image = t.image.length > 30 ? `${t.image.slice(0, 30)}...` : t.image;
  return `'${image}'`;
}

function expectedLabels(firsts: readonly TokenType[]): string[] {
  const isExpression = expressionStarts.every((s) => firsts.includes(s));
  const out: string[] = [];
  if (isExpression) out.push("expression");
  for (const t of firsts) {
    if (isExpression && (expressionTokens.has(t) || t.CATEGORIES?.includes(T.FuncKeyword))) continue;
    // keywords in the identifier category are implied by "identifier"
    if (t !== T.Ident && firsts.includes(T.Ident) && t.CATEGORIES?.includes(T.Ident)) continue;
    const l = label(t);
    if (!out.includes(l)) out.push(l);
  }
  return out;
}

function phrase(expected: readonly string[]): string {
  if (expected.length === 0) return "";
  const shown = expected.length > 8 ? [...expected.slice(0, 8), "..."] : expected;
  if (shown.length === 1) return `expected ${shown[0]}`;
  return `expected one of ${shown.join(", ")}`;
}

function build(firsts: readonly TokenType[], actual: IToken): string {
  lastExpected = expectedLabels(firsts);
  const exp = phrase(lastExpected);
  return exp === "" ? `unexpected ${describeToken(actual)}` : `${exp}, found ${describeToken(actual)}`;
}

function firstTokens(paths: readonly (readonly (readonly TokenType[])[])[]): TokenType[] {
  const out: TokenType[] = [];
  for (const alt of paths)
    for (const path of alt) {
      const t = path[0];
      if (t !== undefined && !out.includes(t)) out.push(t);
    }
  return out;
}

export const messageProvider: IParserErrorMessageProvider = {
  buildMismatchTokenMessage({ expected, actual }) {
    return build([expected], actual);
  },
  buildNotAllInputParsedMessage({ firstRedundant }) {
    lastExpected = ["';'", "end of statement"];
    return `unexpected ${describeToken(firstRedundant)} after the end of the statement`;
  },
  buildNoViableAltMessage({ expectedPathsPerAlt, actual }) {
    return build(firstTokens(expectedPathsPerAlt), actual[0] as IToken);
  },
  buildEarlyExitMessage({ expectedIterationPaths, actual }) {
    return build(firstTokens([expectedIterationPaths]), actual[0] as IToken);
  },
};
