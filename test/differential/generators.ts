// fast-check generators of random but valid MySQL programs for the differential random test: expressions over
// literals, builtins, user variables and NULLs, and small procedures with handlers, SIGNALs, loops and cursors.
//
// Programs are SQL text. They avoid what is known to differ between MySQL 8 and MariaDB (floating-point rendering of
// tiny values, string-vs-big-integer comparison precision, JSON formatting) and what is not deterministic, so that a
// disagreement points at spbed.

import fc from "fast-check";

const intLiteral = fc
  .oneof(
    fc.integer({ min: -20, max: 20 }),
    fc.constantFrom(0, 1, -1, 2, 10, 100, 127, 128, 255, 1000, 65535, 2147483647, -2147483648),
    fc.constantFrom("9223372036854775807", "-9223372036854775807", "18446744073709551615"),
  )
  .map(String);

const decimalLiteral = fc.constantFrom("0.5", "1.5", "-2.25", "3.14159", "0.0", "100.01", "-0.001", "12345.6789");

const stringLiteral = fc
  .constantFrom(
    "",
    "a",
    "abc",
    "ABC",
    "Hello World",
    "x%y",
    "10",
    "-3",
    "2.5",
    "1e2",
    " 7",
    "abc ",
    "é",
    "日本",
    "a,b,c",
    "0",
  )
  .map((s) => `'${s}'`);

const userVariable = fc.constantFrom("@v1", "@v2", "@v3", "@unset");

/** The user variables every expression program may read, set before the expressions run. */
// @v3 is a DOUBLE, not the DECIMAL 2.5: a DECIMAL user variable is typed DECIMAL(65,30) in MySQL 8 and with 38
// decimals in MariaDB, so every expression that keeps its type would differ (a listed difference, generated/4358e1f20c35).
export const USER_VARIABLE_SETUP = "SET @v1 = 7, @v2 = 'text', @v3 = 2.5e0";

const leaf = fc.oneof(
  { weight: 4, arbitrary: intLiteral },
  { weight: 2, arbitrary: decimalLiteral },
  { weight: 3, arbitrary: stringLiteral },
  { weight: 2, arbitrary: fc.constant("NULL") },
  { weight: 2, arbitrary: userVariable },
  { weight: 1, arbitrary: fc.constantFrom("TRUE", "FALSE") },
);

const binaryOperators = [
  "+",
  "-",
  "*",
  "/",
  "DIV",
  "MOD",
  "=",
  "<>",
  "<",
  "<=",
  ">",
  ">=",
  "<=>",
  "AND",
  "OR",
  "XOR",
  "&",
  "|",
] as const;

const smallInt = fc.integer({ min: -3, max: 12 }).map(String);

/** A random expression; `depth` bounds the nesting. */
export function expression(depth = 3): fc.Arbitrary<string> {
  const { expr } = fc.letrec<{ expr: string }>((tie) => {
    const sub = () => tie("expr");
    return {
      expr: fc.oneof(
        { depthSize: "small", maxDepth: depth, withCrossShrink: true },
        { weight: 5, arbitrary: leaf },
        {
          weight: 3,
          arbitrary: fc
            .tuple(sub(), fc.constantFrom(...binaryOperators), sub())
            .map(([a, op, b]) => `(${a} ${op} ${b})`),
        },
        // Not `- x`: negating a DOUBLE zero gives -0, which MySQL 8 prints as -0 and MariaDB as 0 (a listed
        // difference); inside CONCAT or REPLACE the comparison cannot tell it from a real disagreement.
        { weight: 1, arbitrary: sub().map((a) => `(0 - ${a})`) },
        { weight: 1, arbitrary: sub().map((a) => `(NOT ${a})`) },
        { weight: 1, arbitrary: sub().map((a) => `(${a} IS NULL)`) },
        { weight: 1, arbitrary: fc.tuple(sub(), sub(), sub()).map(([a, b, c]) => `(${a} BETWEEN ${b} AND ${c})`) },
        { weight: 1, arbitrary: fc.tuple(sub(), sub(), sub()).map(([a, b, c]) => `(${a} IN (${b}, ${c}))`) },
        { weight: 1, arbitrary: fc.tuple(sub(), stringLiteral).map(([a, p]) => `(${a} LIKE ${p})`) },
        { weight: 2, arbitrary: fc.tuple(sub(), sub()).map(([a, b]) => `CONCAT(${a}, ${b})`) },
        { weight: 1, arbitrary: fc.tuple(sub(), sub()).map(([a, b]) => `IFNULL(${a}, ${b})`) },
        { weight: 1, arbitrary: fc.tuple(sub(), sub()).map(([a, b]) => `NULLIF(${a}, ${b})`) },
        { weight: 1, arbitrary: fc.tuple(sub(), sub(), sub()).map(([a, b, c]) => `COALESCE(${a}, ${b}, ${c})`) },
        { weight: 2, arbitrary: fc.tuple(sub(), sub(), sub()).map(([a, b, c]) => `IF(${a}, ${b}, ${c})`) },
        {
          weight: 1,
          arbitrary: fc
            .tuple(sub(), sub(), sub(), sub())
            .map(([a, b, c, d]) => `CASE WHEN ${a} THEN ${b} WHEN ${c} THEN ${d} END`),
        },
        {
          weight: 1,
          arbitrary: fc.tuple(sub(), sub(), sub()).map(([a, b, c]) => `CASE ${a} WHEN ${b} THEN ${c} ELSE 'other' END`),
        },
        {
          weight: 2,
          arbitrary: fc
            .tuple(
              fc.constantFrom(
                "LENGTH",
                "CHAR_LENGTH",
                "UPPER",
                "LOWER",
                "REVERSE",
                "TRIM",
                "LTRIM",
                "RTRIM",
                "ABS",
                "SIGN",
                "FLOOR",
                "CEIL",
                "ROUND",
                "HEX",
                "ISNULL",
              ),
              sub(),
            )
            .map(([f, a]) => `${f}(${a})`),
        },
        { weight: 1, arbitrary: fc.tuple(sub(), smallInt, smallInt).map(([a, p, l]) => `SUBSTRING(${a}, ${p}, ${l})`) },
        { weight: 1, arbitrary: fc.tuple(sub(), smallInt).map(([a, n]) => `LEFT(${a}, ${n})`) },
        { weight: 1, arbitrary: fc.tuple(sub(), sub()).map(([a, b]) => `LOCATE(${a}, ${b})`) },
        // A NULL replacement makes REPLACE NULL in MySQL 8 even when nothing is replaced; MariaDB reads it only on a
        // match (a listed difference, strings/replace_null_replacement).
        {
          weight: 1,
          arbitrary: fc.tuple(sub(), sub(), sub()).map(([a, b, c]) => `REPLACE(${a}, ${b}, COALESCE(${c}, '~'))`),
        },
        { weight: 1, arbitrary: fc.tuple(sub(), smallInt).map(([a, n]) => `LPAD(${a}, ${n}, '*')`) },
        { weight: 1, arbitrary: fc.tuple(sub(), fc.integer({ min: 0, max: 4 })).map(([a, n]) => `REPEAT(${a}, ${n})`) },
        { weight: 1, arbitrary: fc.tuple(sub(), fc.integer({ min: -2, max: 3 })).map(([a, n]) => `ROUND(${a}, ${n})`) },
        // Arguments of one kind only: over a mix of numbers and strings MySQL 8 compares as strings and MariaDB as
        // numbers (a listed difference), which would otherwise end most rounds early.
        {
          weight: 1,
          arbitrary: fc
            .tuple(fc.constantFrom("GREATEST", "LEAST"), sub(), sub())
            .map(([f, a, b]) => `${f}((${a}) + 0, (${b}) + 0)`),
        },
        {
          weight: 1,
          arbitrary: fc
            .tuple(fc.constantFrom("GREATEST", "LEAST"), sub(), sub())
            // CONCAT around it keeps it a string in numeric context too: there MySQL 8 compares as strings and MariaDB
            // as numbers (generated/bec742e34daf).
            .map(([f, a, b]) => `CONCAT(${f}(CONCAT(${a}), CONCAT(${b})))`),
        },
        { weight: 1, arbitrary: fc.tuple(sub(), sub()).map(([a, b]) => `STRCMP(${a}, ${b})`) },
        {
          weight: 1,
          arbitrary: fc
            .tuple(sub(), fc.constantFrom("SIGNED", "UNSIGNED", "CHAR", "DECIMAL(10,2)"))
            // A negative value wraps in MySQL 8 and clips to 0 in MariaDB (a listed difference), hence ABS for UNSIGNED.
            .map(([a, t]) => (t === "UNSIGNED" ? `CAST(ABS(${a}) AS UNSIGNED)` : `CAST(${a} AS ${t})`)),
        },
      ),
    };
  });
  return expr;
}

export interface Program {
  /** Statements, without delimiters. */
  readonly statements: readonly string[];
}

/** One SELECT of a few random expressions. */
export const expressionProgram: fc.Arbitrary<Program> = fc
  .array(expression(), { minLength: 1, maxLength: 6 })
  .map((exprs) => ({ statements: [`SELECT ${exprs.map((e, i) => `${e} AS c${i + 1}`).join(", ")}`] }));

// Procedures --------------------------------------------------------------------------------------------------------

const conditionValues = fc.constantFrom(
  "SQLEXCEPTION",
  "SQLWARNING",
  "NOT FOUND",
  "SQLSTATE '45000'",
  "SQLSTATE '22012'",
  "1062",
  "1329",
  "1644",
  "1690",
);
const signalStates = fc.constantFrom("45000", "45001", "01000", "02000", "22012", "HY000");

/** A small procedure body statement over locals a (INT), b (VARCHAR(10)), c (DECIMAL(6,2)), i (loop counter). */
function procStatement(depth: number): fc.Arbitrary<string> {
  const expr = expression(2);
  const simple = fc.oneof(
    { weight: 4, arbitrary: fc.tuple(fc.constantFrom("a", "b", "c"), expr).map(([v, e]) => `SET ${v} = ${e}`) },
    { weight: 3, arbitrary: fc.integer({ min: 1, max: 9 }).map((n) => `SET @log = CONCAT(@log, 's${n};')`) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(signalStates, fc.integer({ min: 1, max: 9 }))
        .map(([s, n]) => `SIGNAL SQLSTATE '${s}' SET MESSAGE_TEXT = 'signal ${n}'`),
    },
    { weight: 1, arbitrary: fc.constant("INSERT INTO t VALUES (1, 'dup')") },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 5 }).map((k) => `SELECT v INTO b FROM t WHERE id = ${k}`) },
    { weight: 1, arbitrary: fc.constant("SELECT id INTO a FROM t") },
    { weight: 1, arbitrary: fc.constant("SET a = 9223372036854775807 + a") },
    { weight: 1, arbitrary: fc.constant("SELECT a, b, c") },
  );
  if (depth <= 0) return simple;
  const block = fc.array(procStatement(depth - 1), { minLength: 1, maxLength: 3 });
  return fc.oneof(
    { weight: 6, arbitrary: simple },
    {
      weight: 2,
      arbitrary: fc
        .tuple(expr, block, block)
        .map(([cond, t, e]) => `IF ${cond} THEN ${t.join("; ")}; ELSE ${e.join("; ")}; END IF`),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.integer({ min: 0, max: 4 }), block)
        .map(([n, body]) => `SET i = 0; WHILE i < ${n} DO SET i = i + 1; ${body.join("; ")}; END WHILE`),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.integer({ min: 1, max: 3 }), block)
        .map(([n, body]) => `SET i = 0; REPEAT SET i = i + 1; ${body.join("; ")}; UNTIL i >= ${n} END REPEAT`),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom("CONTINUE", "EXIT"), conditionValues, fc.integer({ min: 1, max: 9 }), block)
        .map(
          ([kind, cond, n, body]) =>
            `BEGIN DECLARE ${kind} HANDLER FOR ${cond} SET @log = CONCAT(@log, 'h${n}:', ${kind === "EXIT" ? "'exit'" : "'cont'"}, ';'); ${body.join("; ")}; END`,
        ),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom("CONTINUE", "EXIT"), block)
        .map(
          ([kind, body]) =>
            `BEGIN DECLARE e INT; DECLARE s CHAR(5); DECLARE ${kind} HANDLER FOR SQLEXCEPTION BEGIN GET DIAGNOSTICS CONDITION 1 e = MYSQL_ERRNO, s = RETURNED_SQLSTATE; SET @log = CONCAT(@log, 'caught ', e, ' ', s, ';'); END; ${body.join("; ")}; END`,
        ),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.integer({ min: 0, max: 4 }), fc.boolean())
        .map(
          ([limit, handler]) =>
            `BEGIN DECLARE done INT DEFAULT 0; DECLARE x INT; DECLARE y VARCHAR(10); DECLARE cur CURSOR FOR SELECT id, v FROM t WHERE id <= ${limit} ORDER BY id; ${handler ? "DECLARE CONTINUE HANDLER FOR NOT FOUND SET done = 1; " : ""}OPEN cur; l: LOOP FETCH cur INTO x, y; IF done THEN LEAVE l; END IF; SET @log = CONCAT(@log, x, '=', y, ';'); END LOOP; CLOSE cur; END`,
        ),
    },
  );
}

/** The table the procedures read and write; created once per batch. */
export const TABLE_SETUP = [
  "CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR(10))",
  "INSERT INTO t VALUES (1, 'dup'), (2, 'two'), (3, NULL)",
];

/** A procedure named `name` with a random body, called once, followed by what it logged. */
export function procedureProgram(name: string): fc.Arbitrary<Program> {
  return fc.tuple(expression(1), fc.array(procStatement(2), { minLength: 1, maxLength: 5 })).map(([init, body]) => ({
    statements: [
      `CREATE PROCEDURE ${name}() BEGIN DECLARE a INT DEFAULT 1; DECLARE b VARCHAR(10) DEFAULT ${init}; DECLARE c DECIMAL(6,2); DECLARE i INT DEFAULT 0; ${body.join("; ")}; SET @log = CONCAT(@log, 'end;'); END`,
      "SET @log = ''",
      `CALL ${name}()`,
      "SELECT @log",
    ],
  }));
}
