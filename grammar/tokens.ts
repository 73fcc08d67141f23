// The tokens of spbed's SQL subset, and the one lexer built from them.
//
// Keywords are case-insensitive and use `longer_alt: Identifier`, so `statusx` is an identifier and `STATUS` a
// keyword. MySQL's non-reserved keywords also belong to the `Ident` category, which is what the parser consumes
// wherever a name is allowed: `status`, `value`, `code`, `message_text` work as variable and column names, exactly as
// they do on a server. Reserved keywords do not, which is also what a server says.

import { createToken, Lexer, type TokenType } from "chevrotain";

/** Every name-like token: plain and backticked identifiers and the non-reserved keywords. */
export const Ident = createToken({ name: "Ident", pattern: Lexer.NA, label: "identifier" });
/** Reserved keywords that are also builtin function names: `IF(`, `LEFT(`, `REPLACE(`, `MOD(`, ... */
export const FuncKeyword = createToken({ name: "FuncKeyword", pattern: Lexer.NA, label: "function name" });
/** `CURRENT_TIMESTAMP`, `CURRENT_DATE`, ...: reserved function names that need no parentheses. */
export const Niladic = createToken({ name: "Niladic", pattern: Lexer.NA, label: "function name" });
/** Any word at all: after a dot, MySQL accepts reserved words as names (`t.key`, `NEW.status`). */
export const AnyName = createToken({ name: "AnyName", pattern: Lexer.NA, label: "name" });

export const WhiteSpace = createToken({ name: "WhiteSpace", pattern: /[ \t\r\n\f\v]+/, group: Lexer.SKIPPED });
// `-- ` needs a space or control character after the dashes (or end of input), as in the mysql client.
export const LineComment = createToken({
  name: "LineComment",
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the client's rule is "a space or a control character"
  pattern: /(?:--(?![^\x00-\x20])|#)[^\n]*/,
  group: Lexer.SKIPPED,
});
export const BlockComment = createToken({
  name: "BlockComment",
  pattern: /\/\*[\s\S]*?\*\//,
  group: Lexer.SKIPPED,
  line_breaks: true,
});

/** `/*` without its end: never expected by the parser, so it is reported where the comment starts. */
export const UnclosedComment = createToken({ name: "UnclosedComment", pattern: /\/\*/, label: "unterminated comment" });

export const Identifier = createToken({
  name: "Identifier",
  pattern: /[A-Za-z_$\u0080-\uffff][\w$\u0080-\uffff]*/,
  categories: [Ident, AnyName],
  label: "identifier",
});
export const QuotedIdentifier = createToken({
  name: "QuotedIdentifier",
  pattern: /`(?:[^`]|``)*`/,
  categories: [Ident, AnyName],
  line_breaks: true,
  label: "quoted identifier",
});

// Literals. Strings take backslash escapes and doubled quotes; "..." is a string (no ANSI_QUOTES).
export const StringLiteral = createToken({
  name: "StringLiteral",
  pattern: /'(?:[^'\\]|\\[\s\S]|'')*'|"(?:[^"\\]|\\[\s\S]|"")*"/,
  line_breaks: true,
  label: "string",
});
/** `N'...'`: a string in the national character set (utf8mb3 in MySQL 8). */
export const NationalStringLiteral = createToken({
  name: "NationalStringLiteral",
  pattern: /[nN]'(?:[^'\\]|\\[\s\S]|'')*'/,
  line_breaks: true,
  label: "string",
});
export const HexLiteral = createToken({
  name: "HexLiteral",
  pattern: /[xX]'[0-9a-fA-F]*'|0x[0-9a-fA-F]+/,
  label: "hex literal",
});
export const BitLiteral = createToken({ name: "BitLiteral", pattern: /[bB]'[01]*'|0b[01]+/, label: "bit literal" });
export const FloatLiteral = createToken({
  name: "FloatLiteral",
  pattern: /(?:\d+\.?\d*|\.\d+)[eE][+-]?\d+/,
  label: "number",
});
export const DecimalLiteral = createToken({ name: "DecimalLiteral", pattern: /\d+\.\d*|\.\d+/, label: "number" });
export const IntegerLiteral = createToken({ name: "IntegerLiteral", pattern: /\d+/, label: "number" });
/** `_utf8mb4'...'`: only known character sets, so that `_x` stays an identifier. */
export const CharsetIntroducer = createToken({
  name: "CharsetIntroducer",
  pattern: /_(?:utf8mb4|utf8mb3|utf8|latin1|binary|ascii|utf16le|utf16|utf32|ucs2)(?![\w$\u0080-\uffff])/i,
  label: "charset introducer",
});
export const SystemVariable = createToken({
  name: "SystemVariable",
  pattern: /@@(?:(?:session|global|local)\.)?(?:[A-Za-z_$][\w$]*|`(?:[^`]|``)*`)/i,
  label: "system variable",
});
export const UserVariable = createToken({
  name: "UserVariable",
  pattern: /@(?:[\w$.\u0080-\uffff]+|'(?:[^'\\]|\\[\s\S]|'')*'|"(?:[^"\\]|\\[\s\S]|"")*"|`(?:[^`]|``)*`)/,
  label: "user variable",
});

// Punctuation and operators; longer ones first.
const punct = (name: string, pattern: string, label = `'${pattern}'`): TokenType =>
  createToken({
    name,
    pattern: pattern.length === 1 ? pattern : new RegExp(pattern.replace(/[|*+^$.()<>!&-]/g, "\\$&")),
    label,
  });
export const ColonEq = punct("ColonEq", ":=");
export const NullSafeEq = punct("NullSafeEq", "<=>");
export const LessEq = punct("LessEq", "<=");
export const GreaterEq = punct("GreaterEq", ">=");
export const NotEq = createToken({ name: "NotEq", pattern: /<>|!=/, label: "'<>'" });
export const ShiftLeft = punct("ShiftLeft", "<<");
export const ShiftRight = punct("ShiftRight", ">>");
export const LongArrow = punct("LongArrow", "->>");
export const Arrow = punct("Arrow", "->");
export const PipePipe = punct("PipePipe", "||");
export const AmpAmp = punct("AmpAmp", "&&");
export const Less = punct("Less", "<");
export const Greater = punct("Greater", ">");
export const Equals = punct("Equals", "=");
export const Plus = punct("Plus", "+");
export const Minus = punct("Minus", "-");
export const Star = punct("Star", "*");
export const Slash = punct("Slash", "/");
export const Percent = punct("Percent", "%");
export const Caret = punct("Caret", "^");
export const Tilde = punct("Tilde", "~");
export const Bang = punct("Bang", "!");
export const Pipe = punct("Pipe", "|");
export const Amp = punct("Amp", "&");
export const LParen = punct("LParen", "(");
export const RParen = punct("RParen", ")");
export const Comma = punct("Comma", ",");
export const Semicolon = punct("Semicolon", ";");
export const Dot = punct("Dot", ".");
export const Colon = punct("Colon", ":");

// Keywords. `reserved` follows MySQL 8.0's list of reserved words.
const keywordTokens: TokenType[] = [];
/** Keyword tokens by upper-case spelling, for tests and error messages. */
export const keywords = new Map<string, TokenType>();
function kw(word: string, kind: "reserved" | "nonreserved" | "function" | "niladic"): TokenType {
  const categories =
    kind === "nonreserved"
      ? [Ident, AnyName]
      : kind === "function"
        ? [FuncKeyword, AnyName]
        : kind === "niladic"
          ? [Niladic, AnyName]
          : [AnyName];
  const token = createToken({
    name: word,
    pattern: new RegExp(word, "i"),
    longer_alt: Identifier,
    categories,
    label: word,
  });
  keywordTokens.push(token);
  keywords.set(word, token);
  return token;
}
const R = (w: string) => kw(w, "reserved");
const N = (w: string) => kw(w, "nonreserved");
const F = (w: string) => kw(w, "function");
const Z = (w: string) => kw(w, "niladic");

// reserved
export const ALL = R("ALL");
export const AND = R("AND");
export const AS = R("AS");
export const ASC = R("ASC");
export const BEFORE = R("BEFORE");
export const BETWEEN = R("BETWEEN");
export const BIGINT = R("BIGINT");
export const BINARY = R("BINARY");
export const BLOB = R("BLOB");
export const BOTH = R("BOTH");
export const BY = R("BY");
export const CALL = R("CALL");
export const CASE = R("CASE");
export const CHAR = F("CHAR");
export const CHARACTER = R("CHARACTER");
export const COLLATE = R("COLLATE");
export const CONDITION = R("CONDITION");
export const CONTINUE = R("CONTINUE");
export const CONVERT = R("CONVERT");
export const CREATE = R("CREATE");
export const CROSS = R("CROSS");
export const CURRENT_DATE = Z("CURRENT_DATE");
export const CURRENT_TIMESTAMP = Z("CURRENT_TIMESTAMP");
export const CURRENT_TIME = Z("CURRENT_TIME");
export const CURRENT_USER = Z("CURRENT_USER");
export const CURSOR = R("CURSOR");
export const DATABASE = F("DATABASE");
export const DATABASES = R("DATABASES");
export const DECIMAL = R("DECIMAL");
export const DECLARE = R("DECLARE");
export const DEFAULT = R("DEFAULT");
export const DELETE = R("DELETE");
export const DESC = R("DESC");
export const DESCRIBE = R("DESCRIBE");
export const DETERMINISTIC = R("DETERMINISTIC");
export const DISTINCT = R("DISTINCT");
export const DIV = R("DIV");
export const DOUBLE = R("DOUBLE");
export const DROP = R("DROP");
export const DUAL = R("DUAL");
export const EACH = R("EACH");
export const ELSEIF = R("ELSEIF");
export const ELSE = R("ELSE");
export const EXISTS = R("EXISTS");
export const EXIT = R("EXIT");
export const EXPLAIN = R("EXPLAIN");
export const FALSE = R("FALSE");
export const FETCH = R("FETCH");
export const FLOAT = R("FLOAT");
export const FOR = R("FOR");
export const FROM = R("FROM");
export const GET = R("GET");
export const GROUP = R("GROUP");
export const HAVING = R("HAVING");
export const IF = F("IF");
export const IGNORE = R("IGNORE");
export const INDEX = R("INDEX");
export const INNER = R("INNER");
export const INOUT = R("INOUT");
export const INSERT = F("INSERT");
export const INTEGER = R("INTEGER");
export const INTERVAL = R("INTERVAL");
export const INTO = R("INTO");
export const INT = R("INT");
export const IN = R("IN");
export const IS = R("IS");
export const ITERATE = R("ITERATE");
export const JOIN = R("JOIN");
export const KEY = R("KEY");
export const LEADING = R("LEADING");
export const LEAVE = R("LEAVE");
export const LEFT = F("LEFT");
export const LIKE = R("LIKE");
export const LIMIT = R("LIMIT");
export const LOCALTIMESTAMP = Z("LOCALTIMESTAMP");
export const LOCALTIME = Z("LOCALTIME");
export const LOCK = R("LOCK");
export const LONGBLOB = R("LONGBLOB");
export const LONGTEXT = R("LONGTEXT");
export const LOOP = R("LOOP");
export const MEDIUMBLOB = R("MEDIUMBLOB");
export const MEDIUMINT = R("MEDIUMINT");
export const MEDIUMTEXT = R("MEDIUMTEXT");
export const MODIFIES = R("MODIFIES");
export const MOD = F("MOD");
export const NATURAL = R("NATURAL");
export const NOT = R("NOT");
export const NULL = R("NULL");
export const NUMERIC = R("NUMERIC");
export const ON = R("ON");
export const ORDER = R("ORDER");
export const OR = R("OR");
export const OUTER = R("OUTER");
export const OUT = R("OUT");
export const PRIMARY = R("PRIMARY");
export const PROCEDURE = R("PROCEDURE");
export const READS = R("READS");
export const REAL = R("REAL");
export const REGEXP = R("REGEXP");
export const RELEASE = R("RELEASE");
export const REPEAT = F("REPEAT");
export const REPLACE = F("REPLACE");
export const RESIGNAL = R("RESIGNAL");
export const RETURN = R("RETURN");
export const RIGHT = F("RIGHT");
export const RLIKE = R("RLIKE");
export const SCHEMA = F("SCHEMA");
export const SELECT = R("SELECT");
export const SET = R("SET");
export const SHOW = R("SHOW");
export const SIGNAL = R("SIGNAL");
export const SMALLINT = R("SMALLINT");
export const SQLEXCEPTION = R("SQLEXCEPTION");
export const SQLSTATE = R("SQLSTATE");
export const SQLWARNING = R("SQLWARNING");
export const SQL = R("SQL");
export const TABLE = R("TABLE");
export const THEN = R("THEN");
export const TINYBLOB = R("TINYBLOB");
export const TINYINT = R("TINYINT");
export const TINYTEXT = R("TINYTEXT");
export const TO = R("TO");
export const TRAILING = R("TRAILING");
export const TRIGGER = R("TRIGGER");
export const TRUE = R("TRUE");
export const UNDO = R("UNDO");
export const UNION = R("UNION");
export const UNIQUE = R("UNIQUE");
export const UNSIGNED = R("UNSIGNED");
export const UPDATE = R("UPDATE");
export const USE = R("USE");
export const USING = R("USING");
export const UTC_DATE = Z("UTC_DATE");
export const UTC_TIMESTAMP = Z("UTC_TIMESTAMP");
export const UTC_TIME = Z("UTC_TIME");
export const VALUES = F("VALUES");
export const VARBINARY = R("VARBINARY");
export const VARCHAR = R("VARCHAR");
export const WHEN = R("WHEN");
export const WHERE = R("WHERE");
export const WHILE = R("WHILE");
export const WITH = R("WITH");
export const XOR = R("XOR");
export const ZEROFILL = R("ZEROFILL");
export const PRECISION = R("PRECISION");
export const CONSTRAINT = R("CONSTRAINT");
export const READ = R("READ");
export const WRITE = R("WRITE");

// non-reserved: usable as names
export const AFTER = N("AFTER");
export const ANY = N("ANY");
export const AUTO_INCREMENT = N("AUTO_INCREMENT");
export const BEGIN = N("BEGIN");
export const BIT = N("BIT");
export const BOOLEAN = N("BOOLEAN");
export const BOOL = N("BOOL");
export const CATALOG_NAME = N("CATALOG_NAME");
export const CHARSET = N("CHARSET");
export const CLASS_ORIGIN = N("CLASS_ORIGIN");
export const CLOSE = N("CLOSE");
export const COLUMNS = N("COLUMNS");
export const COLUMN_NAME = N("COLUMN_NAME");
export const COMMENT = N("COMMENT");
export const COMMIT = N("COMMIT");
export const CONSTRAINT_CATALOG = N("CONSTRAINT_CATALOG");
export const CONSTRAINT_NAME = N("CONSTRAINT_NAME");
export const CONSTRAINT_SCHEMA = N("CONSTRAINT_SCHEMA");
export const CONTAINS = N("CONTAINS");
export const CURRENT = N("CURRENT");
export const CURSOR_NAME = N("CURSOR_NAME");
export const DATA = N("DATA");
export const DATETIME = N("DATETIME");
export const DATE = N("DATE");
export const DEFINER = N("DEFINER");
export const DIAGNOSTICS = N("DIAGNOSTICS");
export const DO = N("DO");
export const END = N("END");
export const ENGINE = N("ENGINE");
export const ENUM = N("ENUM");
export const ERRORS = N("ERRORS");
export const FIXED = N("FIXED");
export const FOLLOWS = N("FOLLOWS");
export const FULL = N("FULL");
export const FUNCTION = N("FUNCTION");
export const GLOBAL = N("GLOBAL");
export const HANDLER = N("HANDLER");
export const INVOKER = N("INVOKER");
export const JSON_ = N("JSON");
export const LANGUAGE = N("LANGUAGE");
export const LOCAL = N("LOCAL");
export const MESSAGE_TEXT = N("MESSAGE_TEXT");
export const MYSQL_ERRNO = N("MYSQL_ERRNO");
export const NAMES = N("NAMES");
export const NEXT = N("NEXT");
export const NO = N("NO");
export const NUMBER = N("NUMBER");
export const OFFSET = N("OFFSET");
export const OPEN = N("OPEN");
export const PRECEDES = N("PRECEDES");
export const RETURNED_SQLSTATE = N("RETURNED_SQLSTATE");
export const RETURNS = N("RETURNS");
export const ROLLBACK = N("ROLLBACK");
export const ROW_COUNT = N("ROW_COUNT");
export const SAVEPOINT = N("SAVEPOINT");
export const SCHEMA_NAME = N("SCHEMA_NAME");
export const SECURITY = N("SECURITY");
export const SESSION = N("SESSION");
export const SIGNED = N("SIGNED");
export const SOME = N("SOME");
export const STACKED = N("STACKED");
export const START = N("START");
export const STATUS = N("STATUS");
export const SUBCLASS_ORIGIN = N("SUBCLASS_ORIGIN");
export const TABLES = N("TABLES");
export const TABLE_NAME = N("TABLE_NAME");
export const TEMPORARY = N("TEMPORARY");
export const TEXT = N("TEXT");
export const TIMESTAMP = N("TIMESTAMP");
export const TIME = N("TIME");
export const TRANSACTION = N("TRANSACTION");
export const TRIGGERS = N("TRIGGERS");
export const TRUNCATE = N("TRUNCATE");
export const UNKNOWN = N("UNKNOWN");
export const UNTIL = N("UNTIL");
export const VALUE = N("VALUE");
export const VARIABLES = N("VARIABLES");
export const WARNINGS = N("WARNINGS");
export const WORK = N("WORK");
export const YEAR = N("YEAR");
export const CAST = N("CAST");
export const ESCAPE = N("ESCAPE");
export const FOUND = N("FOUND");
export const SEPARATOR = N("SEPARATOR");
export const DUPLICATE = N("DUPLICATE");
export const TRIM = N("TRIM");
export const EXTRACT = N("EXTRACT");
export const POSITION = N("POSITION");
export const SUBSTRING = N("SUBSTRING");
export const SUBSTR = N("SUBSTR");
export const ONLY = N("ONLY");
export const ISOLATION = N("ISOLATION");
export const LEVEL = N("LEVEL");

// Longer keywords must be tried before their prefixes (`INTEGER` before `INT`, `ELSEIF` before `ELSE`); sorting by
// length, longest first, guarantees it for every pair.
const sortedKeywords = [...keywordTokens].sort(
  (a, b) => (b.PATTERN as RegExp).source.length - (a.PATTERN as RegExp).source.length,
);

/** Every token type, in the order the lexer tries them. */
export const allTokens: TokenType[] = [
  WhiteSpace,
  LineComment,
  BlockComment,
  UnclosedComment,
  Ident,
  FuncKeyword,
  Niladic,
  AnyName,
  StringLiteral,
  NationalStringLiteral,
  HexLiteral,
  BitLiteral,
  CharsetIntroducer,
  FloatLiteral,
  DecimalLiteral,
  IntegerLiteral,
  SystemVariable,
  UserVariable,
  ...sortedKeywords,
  Identifier,
  QuotedIdentifier,
  ColonEq,
  NullSafeEq,
  LessEq,
  GreaterEq,
  NotEq,
  ShiftLeft,
  ShiftRight,
  LongArrow,
  Arrow,
  PipePipe,
  AmpAmp,
  Less,
  Greater,
  Equals,
  Plus,
  Minus,
  Star,
  Slash,
  Percent,
  Caret,
  Tilde,
  Bang,
  Pipe,
  Amp,
  LParen,
  RParen,
  Comma,
  Semicolon,
  Dot,
  Colon,
];

/**
 * The one lexer instance. `ensureOptimizations` makes a slow fallback a build-time failure instead of a surprise.
 * Tokens carry only their start offset; the parser takes ends as start + image length (lines come from offsets).
 */
export const lexerConfig = {
  ensureOptimizations: true,
  positionTracking: "onlyOffset",
  // the validations are quadratic in the number of tokens; test/grammar runs them once
  skipValidations: true,
} as const;
export const sqlLexer = new Lexer(allTokens, lexerConfig);
