// Expression inputs and their expected ASTs (spans stripped), written by hand from the MySQL 8 manual.

import { bin, bool, call, col, nul, num, str, un, uvar } from "./helpers.ts";

const select1 = {
  kind: "Select",
  distinct: false,
  items: [{ kind: "SelectItem", expr: num("1") }],
  from: [],
  groupBy: [],
  orderBy: [],
};

/** [input, expected AST without spans]. The expected trees are written by hand from the MySQL 8 manual. */
export const expressionCases: [string, unknown][] = [
  // precedence: ^ > * / DIV % MOD > + - > << >> > & > | > comparison > NOT > AND > XOR > OR
  ["1 + 2 * 3", bin("+", num("1"), bin("*", num("2"), num("3")))],
  ["1 - 2 - 3", bin("-", bin("-", num("1"), num("2")), num("3"))],
  ["2 * 3 ^ 4", bin("*", num("2"), bin("^", num("3"), num("4")))],
  ["a DIV b MOD c % d / e", bin("/", bin("%", bin("%", bin("DIV", col("a"), col("b")), col("c")), col("d")), col("e"))],
  ["1 << 2 + 3", bin("<<", num("1"), bin("+", num("2"), num("3")))],
  ["a | b & c >> 1", bin("|", col("a"), bin("&", col("b"), bin(">>", col("c"), num("1"))))],
  ["a = b + 1", bin("=", col("a"), bin("+", col("b"), num("1")))],
  ["a < b = c", bin("=", bin("<", col("a"), col("b")), col("c"))],
  ["a <=> NULL", bin("<=>", col("a"), nul)],
  ["a != b", bin("<>", col("a"), col("b"))],
  [
    "a <> b AND c <= d OR e >= f",
    bin("OR", bin("AND", bin("<>", col("a"), col("b")), bin("<=", col("c"), col("d"))), bin(">=", col("e"), col("f"))),
  ],
  ["a > 1 || b < 2 && c", bin("OR", bin(">", col("a"), num("1")), bin("AND", bin("<", col("b"), num("2")), col("c")))],
  ["a OR b XOR c AND d", bin("OR", col("a"), bin("XOR", col("b"), bin("AND", col("c"), col("d"))))],
  ["NOT a AND b", bin("AND", un("NOT", col("a")), col("b"))],
  ["NOT a = b", un("NOT", bin("=", col("a"), col("b")))],
  ["!a = b", bin("=", un("!", col("a")), col("b"))],
  ["- a * b", bin("*", un("-", col("a")), col("b"))],
  ["~a + +b", bin("+", un("~", col("a")), un("+", col("b")))],
  ["BINARY a = b", bin("=", un("BINARY", col("a")), col("b"))],
  ["a IS NULL", { kind: "Is", operand: col("a"), test: "NULL", not: false }],
  ["a IS NOT TRUE", { kind: "Is", operand: col("a"), test: "TRUE", not: true }],
  ["a = 1 IS FALSE", { kind: "Is", operand: bin("=", col("a"), num("1")), test: "FALSE", not: false }],
  ["a IS UNKNOWN", { kind: "Is", operand: col("a"), test: "UNKNOWN", not: false }],
  [
    "a BETWEEN 1 AND 2 + 3",
    { kind: "Between", operand: col("a"), low: num("1"), high: bin("+", num("2"), num("3")), not: false },
  ],
  [
    "a NOT BETWEEN b AND c AND d",
    bin("AND", { kind: "Between", operand: col("a"), low: col("b"), high: col("c"), not: true }, col("d")),
  ],
  ["a LIKE 'x%'", { kind: "Like", operand: col("a"), pattern: str("x%"), not: false }],
  [
    "a NOT LIKE 'x!%' ESCAPE '!'",
    { kind: "Like", operand: col("a"), pattern: str("x!%"), escape: str("!"), not: true },
  ],
  ["a REGEXP '^x'", { kind: "Regexp", operand: col("a"), pattern: str("^x"), not: false }],
  ["a NOT RLIKE b", { kind: "Regexp", operand: col("a"), pattern: col("b"), not: true }],
  ["a IN (1, 2)", { kind: "InList", operand: col("a"), list: [num("1"), num("2")], not: false }],
  ["a NOT IN (b)", { kind: "InList", operand: col("a"), list: [col("b")], not: true }],
  [
    "a IN (SELECT b FROM t)",
    {
      kind: "InSubquery",
      operand: col("a"),
      not: false,
      query: {
        kind: "Select",
        distinct: false,
        items: [{ kind: "SelectItem", expr: col("b") }],
        from: [{ kind: "TableName", name: { kind: "QualifiedName", name: "t" } }],
        groupBy: [],
        orderBy: [],
      },
    },
  ],
  [
    "EXISTS (SELECT 1)",
    {
      kind: "Exists",
      query: {
        kind: "Select",
        distinct: false,
        items: [{ kind: "SelectItem", expr: num("1") }],
        from: [],
        groupBy: [],
        orderBy: [],
      },
    },
  ],
  [
    "NOT EXISTS (SELECT 1)",
    un("NOT", {
      kind: "Exists",
      query: {
        kind: "Select",
        distinct: false,
        items: [{ kind: "SelectItem", expr: num("1") }],
        from: [],
        groupBy: [],
        orderBy: [],
      },
    }),
  ],
  [
    "(SELECT 1) + 1",
    bin(
      "+",
      {
        kind: "ScalarSubquery",
        query: {
          kind: "Select",
          distinct: false,
          items: [{ kind: "SelectItem", expr: num("1") }],
          from: [],
          groupBy: [],
          orderBy: [],
        },
      },
      num("1"),
    ),
  ],
  ["(1 + 2) * 3", bin("*", bin("+", num("1"), num("2")), num("3"))],
  // ANY, SOME (read as ANY) and ALL after a comparison operator, with the comparisons' left-to-right chaining
  ["a > ALL (SELECT 1)", { kind: "Quantified", op: ">", quantifier: "ALL", operand: col("a"), query: select1 }],
  ["a = ANY (SELECT 1)", { kind: "Quantified", op: "=", quantifier: "ANY", operand: col("a"), query: select1 }],
  ["a != SOME (SELECT 1)", { kind: "Quantified", op: "<>", quantifier: "ANY", operand: col("a"), query: select1 }],
  [
    "a < b <= ALL (SELECT 1) = c",
    bin(
      "=",
      { kind: "Quantified", op: "<=", quantifier: "ALL", operand: bin("<", col("a"), col("b")), query: select1 },
      col("c"),
    ),
  ],
  [
    "NOT a >= ANY (SELECT 1) AND b",
    bin(
      "AND",
      un("NOT", { kind: "Quantified", op: ">=", quantifier: "ANY", operand: col("a"), query: select1 }),
      col("b"),
    ),
  ],
  [
    "(a, b) = ANY (SELECT 1)",
    {
      kind: "Quantified",
      op: "=",
      quantifier: "ANY",
      operand: { kind: "Row", items: [col("a"), col("b")] },
      query: select1,
    },
  ],
  [
    "(a, b) IN (SELECT 1)",
    { kind: "InSubquery", operand: { kind: "Row", items: [col("a"), col("b")] }, query: select1, not: false },
  ],
  // ANY and SOME are non-reserved: names and functions elsewhere
  ["any + some", bin("+", col("any"), col("some"))],
  ["any(1) < some", bin("<", { ...call("ANY", num("1")), written: "any" }, col("some"))],
  ["a = some", bin("=", col("a"), col("some"))],
  [
    "(a, b) = (1, 2)",
    bin("=", { kind: "Row", items: [col("a"), col("b")] }, { kind: "Row", items: [num("1"), num("2")] }),
  ],
  [
    "CASE a WHEN 1 THEN 'x' ELSE 'y' END",
    // biome-ignore lint/suspicious/noThenProperty: `then` is a field of the AST's WhenClause
    { kind: "CaseExpr", operand: col("a"), whens: [{ kind: "When", when: num("1"), then: str("x") }], else: str("y") },
  ],
  [
    "CASE WHEN a THEN 1 WHEN b THEN 2 END",
    {
      kind: "CaseExpr",
      whens: [
        // biome-ignore lint/suspicious/noThenProperty: `then` is a field of the AST's WhenClause
        { kind: "When", when: col("a"), then: num("1") },
        // biome-ignore lint/suspicious/noThenProperty: `then` is a field of the AST's WhenClause
        { kind: "When", when: col("b"), then: num("2") },
      ],
    },
  ],
  ["a COLLATE utf8mb4_bin = b", bin("=", { kind: "Collate", operand: col("a"), collation: "utf8mb4_bin" }, col("b"))],
  ["-a COLLATE x", un("-", { kind: "Collate", operand: col("a"), collation: "x" })],
  // literals
  ["'it''s' \"a\\nb\"", str("it'sa\nb")],
  ["'a\\%b\\_\\0\\Z\\t'", str("a\\%b\\_\0\x1a\t")],
  ["_utf8mb4'x'", str("x", "utf8mb4")],
  ["N'it''s' 'x'", str("it'sx", "utf8mb3")],
  ["n'a' = 'A'", bin("=", str("a", "utf8mb3"), str("A"))],
  [
    "UTC_DATE + UTC_TIME() + UTC_TIMESTAMP",
    bin(
      "+",
      bin(
        "+",
        { kind: "FunctionCall", name: "UTC_DATE", args: [] },
        { kind: "FunctionCall", name: "UTC_TIME", args: [] },
      ),
      { kind: "FunctionCall", name: "UTC_TIMESTAMP", args: [] },
    ),
  ],
  ["DATE '2001-02-03'", { kind: "TemporalLiteral", type: "DATE", text: "2001-02-03" }],
  [
    "time'12:00' + timestamp \"2001-02-03 04:05:06\"",
    bin(
      "+",
      { kind: "TemporalLiteral", type: "TIME", text: "12:00" },
      { kind: "TemporalLiteral", type: "TIMESTAMP", text: "2001-02-03 04:05:06" },
    ),
  ],
  ["DATE(d) + date", bin("+", { kind: "FunctionCall", name: "DATE", args: [col("d")] }, col("date"))],
  ["_binary X'4142'", { kind: "Hex", digits: "4142", form: "x" }],
  ["x'4142'", { kind: "Hex", digits: "4142", form: "x" }],
  ["0xff", { kind: "Hex", digits: "ff", form: "0x" }],
  ["b'101'", { kind: "Bit", digits: "101", form: "b" }],
  ["0b101", { kind: "Bit", digits: "101", form: "0b" }],
  ["42", num("42")],
  ["1.5", num("1.5", "decimal")],
  [".5", num(".5", "decimal")],
  ["1e3", num("1e3", "double")],
  ["2.5E-3", num("2.5E-3", "double")],
  ["TRUE", bool(true)],
  ["false", bool(false)],
  ["NULL", nul],
  // calls and special syntaxes
  ["CONCAT('a', b)", call("CONCAT", str("a"), col("b"))],
  ["lambda_sync('arn', '{}')", { ...call("LAMBDA_SYNC", str("arn"), str("{}")), written: "lambda_sync" }],
  ["fib.fibcomp(3)", { kind: "FunctionCall", schema: "fib", name: "fibcomp", args: [num("3")] }],
  ["NOW()", call("NOW")],
  ["CURRENT_TIMESTAMP", call("CURRENT_TIMESTAMP")],
  ["CURRENT_DATE()", call("CURRENT_DATE")],
  [
    "CURRENT_TIME + LOCALTIME + LOCALTIMESTAMP() + UTC_TIMESTAMP(6)",
    bin(
      "+",
      bin("+", bin("+", call("CURRENT_TIME"), call("LOCALTIME")), call("LOCALTIMESTAMP")),
      call("UTC_TIMESTAMP", num("6")),
    ),
  ],
  ["RIGHT(s, 1)", call("RIGHT", col("s"), num("1"))],
  ["IF(a, 1, 2)", call("IF", col("a"), num("1"), num("2"))],
  [
    "LEFT(s, 2) + MOD(a, b) + a MOD b",
    bin("+", bin("+", call("LEFT", col("s"), num("2")), call("MOD", col("a"), col("b"))), bin("%", col("a"), col("b"))),
  ],
  [
    "REPLACE(REPLACE(d, '\\r', ''), '\\n', '')",
    call("REPLACE", call("REPLACE", col("d"), str("\r"), str("")), str("\n"), str("")),
  ],
  [
    "CAST(a AS SIGNED)",
    { kind: "Cast", operand: col("a"), target: { kind: "CastType", name: "SIGNED" }, syntax: "CAST" },
  ],
  [
    "CAST(a AS UNSIGNED INTEGER)",
    { kind: "Cast", operand: col("a"), target: { kind: "CastType", name: "UNSIGNED" }, syntax: "CAST" },
  ],
  [
    "CAST(a AS DECIMAL(10, 2))",
    {
      kind: "Cast",
      operand: col("a"),
      target: { kind: "CastType", name: "DECIMAL", length: 10, scale: 2 },
      syntax: "CAST",
    },
  ],
  [
    "CAST(a AS CHAR(3) CHARACTER SET utf8mb4)",
    {
      kind: "Cast",
      operand: col("a"),
      target: { kind: "CastType", name: "CHAR", length: 3, charset: "utf8mb4" },
      syntax: "CAST",
    },
  ],
  [
    "CAST(a AS DATETIME(3))",
    { kind: "Cast", operand: col("a"), target: { kind: "CastType", name: "DATETIME", scale: 3 }, syntax: "CAST" },
  ],
  ["CAST(a AS DATE)", { kind: "Cast", operand: col("a"), target: { kind: "CastType", name: "DATE" }, syntax: "CAST" }],
  ["CAST(a AS JSON)", { kind: "Cast", operand: col("a"), target: { kind: "CastType", name: "JSON" }, syntax: "CAST" }],
  [
    "CAST(a AS DOUBLE)",
    { kind: "Cast", operand: col("a"), target: { kind: "CastType", name: "DOUBLE" }, syntax: "CAST" },
  ],
  [
    "CAST(a AS BINARY)",
    { kind: "Cast", operand: col("a"), target: { kind: "CastType", name: "BINARY" }, syntax: "CAST" },
  ],
  [
    "CAST(a AS FLOAT)",
    { kind: "Cast", operand: col("a"), target: { kind: "CastType", name: "FLOAT" }, syntax: "CAST" },
  ],
  ["CAST(a AS TIME)", { kind: "Cast", operand: col("a"), target: { kind: "CastType", name: "TIME" }, syntax: "CAST" }],
  [
    "CONVERT(a, SIGNED INT)",
    { kind: "Cast", operand: col("a"), target: { kind: "CastType", name: "SIGNED" }, syntax: "CONVERT" },
  ],
  ["CONVERT(a USING utf8mb4)", { kind: "ConvertUsing", operand: col("a"), charset: "utf8mb4" }],
  [
    "CHAR(65, 66 USING utf8mb4)",
    { kind: "ConvertUsing", operand: call("CHAR", num("65"), num("66")), charset: "utf8mb4" },
  ],
  ["CHAR(65)", call("CHAR", num("65"))],
  ["TRIM(s)", call("TRIM", col("s"))],
  ["TRIM('x' FROM s)", call("TRIM", col("s"), str("x"))],
  ["TRIM(BOTH 'x' FROM s)", { kind: "FunctionCall", name: "TRIM", args: [col("s"), str("x")], trim: "BOTH" }],
  ["TRIM(LEADING FROM s)", { kind: "FunctionCall", name: "TRIM", args: [col("s")], trim: "LEADING" }],
  ["TRIM(TRAILING '}' FROM s)", { kind: "FunctionCall", name: "TRIM", args: [col("s"), str("}")], trim: "TRAILING" }],
  ["POSITION('a' IN s)", call("LOCATE", str("a"), col("s"))],
  ["SUBSTRING(s FROM 2 FOR 3)", call("SUBSTRING", col("s"), num("2"), num("3"))],
  ["SUBSTRING(s FROM 2)", call("SUBSTRING", col("s"), num("2"))],
  ["SUBSTR(s, i, 1)", call("SUBSTR", col("s"), col("i"), num("1"))],
  ["EXTRACT(YEAR FROM d)", call("EXTRACT", str("YEAR"), col("d"))],
  ["DATE_ADD(d, INTERVAL 1 DAY)", call("DATE_ADD", col("d"), { kind: "Interval", value: num("1"), unit: "DAY" })],
  ["d + INTERVAL 2 HOUR", bin("+", col("d"), { kind: "Interval", value: num("2"), unit: "HOUR" })],
  ["COUNT(*)", { kind: "AggregateCall", name: "COUNT", distinct: false, args: [{ kind: "Star" }] }],
  ["count(DISTINCT a, b)", { kind: "AggregateCall", name: "COUNT", distinct: true, args: [col("a"), col("b")] }],
  [
    "GROUP_CONCAT(a ORDER BY a DESC SEPARATOR ';')",
    {
      kind: "AggregateCall",
      name: "GROUP_CONCAT",
      distinct: false,
      args: [col("a")],
      orderBy: [{ kind: "OrderItem", expr: col("a"), desc: true }],
      separator: ";",
    },
  ],
  [
    "SUM(a) + MAX(b)",
    bin(
      "+",
      { kind: "AggregateCall", name: "SUM", distinct: false, args: [col("a")] },
      { kind: "AggregateCall", name: "MAX", distinct: false, args: [col("b")] },
    ),
  ],
  // variables and names
  ["@x", uvar("x")],
  ["@'my var' + @`b`", bin("+", uvar("my var"), uvar("b"))],
  ["@x := @x + 1", { kind: "AssignUserVar", name: "x", value: bin("+", uvar("x"), num("1")) }],
  ["@@max_sp_recursion_depth", { kind: "SystemVar", scope: "DEFAULT", name: "max_sp_recursion_depth" }],
  ["@@session.sql_mode", { kind: "SystemVar", scope: "SESSION", name: "sql_mode" }],
  ["@@GLOBAL.autocommit", { kind: "SystemVar", scope: "GLOBAL", name: "autocommit" }],
  ["NEW.fib", col("fib", "NEW")],
  ["OLD.`value`", col("value", "OLD")],
  ["db.tbl.c", col("c", "db", "tbl")],
  ["t.key", col("key", "t")],
  ["`select`", col("select")],
  ["`a``b`", col("a`b")],
  [
    "status + value + code + msg + output + message_text + number",
    bin(
      "+",
      bin(
        "+",
        bin("+", bin("+", bin("+", bin("+", col("status"), col("value")), col("code")), col("msg")), col("output")),
        col("message_text"),
      ),
      col("number"),
    ),
  ],
  ["DEFAULT(a)", { kind: "Default", column: "a" }],
  ["doc->'$.a'", { kind: "JsonArrow", operand: col("doc"), path: str("$.a"), unquote: false }],
  ["doc->>'$.a'", { kind: "JsonArrow", operand: col("doc"), path: str("$.a"), unquote: true }],
  ["SeLeCt_x", col("SeLeCt_x")],
];
