// fast-check arbitraries for ASTs in the canonical form the parser produces (names upper-cased where the parser
// upper-cases them, no one-item rows, DECLAREs in MySQL's order), so that parse(print(ast)) can equal ast exactly.
// Offsets are all 0: the round trip compares with offsets stripped.

import fc from "fast-check";
import { Ident, keywords } from "../../grammar/tokens.ts";
import type * as A from "../../src/ast.ts";

type NoSpan<T> = T extends unknown ? Omit<T, "start" | "end"> : never;
const at = <T>(x: NoSpan<T>): T => ({ ...x, start: 0, end: 0 }) as T;

// ---- names and literals ---------------------------------------------------------------------------------------

/** Every non-reserved keyword of the grammar: each must work as a name, as on a server. */
const nonReserved = [...keywords].filter(([, t]) => (t.CATEGORIES ?? []).includes(Ident)).map(([w]) => w.toLowerCase());

/** Plain names, non-reserved keywords that work as names, reserved words and odd spellings that need backticks. */
export const identArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...nonReserved),
  fc.constantFrom("x", "total", "i", "_tmp", "$d", "a1", "Mixed_Case"),
  fc.constantFrom("status", "value", "code", "msg", "output", "year", "number", "row_count", "end", "until", "next"),
  fc.constantFrom("select", "from", "order", "key", "if", "while", "default", "in"),
  fc.constantFrom("two words", "back`tick", "1abc", "_utf8", "naïve", "x-y"),
);

const stringValueArb = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom("", "it's", 'say "hi"', "back\\slash", "50\\%", "a\\_b", "line\nbreak\ttab\r\0\x1a\b", "ü€😀"),
);

const numberArb: fc.Arbitrary<A.NumberLiteral> = fc.oneof(
  fc
    .bigInt({ min: 0n, max: 10n ** 25n })
    .map((n) => at<A.NumberLiteral>({ kind: "Number", text: String(n), numberKind: "int" })),
  fc
    .constantFrom("1.5", ".5", "3.", "0.000")
    .map((text) => at<A.NumberLiteral>({ kind: "Number", text, numberKind: "decimal" })),
  fc
    .constantFrom("1e5", "1.5E-3", ".2e+10")
    .map((text) => at<A.NumberLiteral>({ kind: "Number", text, numberKind: "double" })),
);

const stringArb: fc.Arbitrary<A.StringLiteral> = fc
  .record({
    value: stringValueArb,
    charset: fc.option(fc.constantFrom("utf8mb4", "latin1", "binary"), { nil: undefined }),
  })
  .map(({ value, charset }) => at<A.StringLiteral>({ kind: "String", value, charset }));

const literalArb: fc.Arbitrary<A.Expr> = fc.oneof(
  fc.constant(at<A.NullLiteral>({ kind: "Null" })),
  fc.boolean().map((value) => at<A.BoolLiteral>({ kind: "Bool", value })),
  numberArb,
  stringArb,
  fc
    .record({ digits: fc.stringMatching(/^[0-9a-fA-F]{0,6}$/), form: fc.constantFrom("x" as const, "0x" as const) })
    .filter((h) => h.form === "x" || h.digits.length > 0)
    .map((h) => at<A.HexLiteral>({ kind: "Hex", ...h })),
  fc
    .record({ digits: fc.stringMatching(/^[01]{0,6}$/), form: fc.constantFrom("b" as const, "0b" as const) })
    .filter((h) => h.form === "b" || h.digits.length > 0)
    .map((h) => at<A.BitLiteral>({ kind: "Bit", ...h })),
  fc
    .record({
      type: fc.constantFrom("DATE" as const, "TIME" as const, "TIMESTAMP" as const),
      text: fc.constantFrom("2001-02-03", "12:00:00.5", "2001-02-03 04:05:06", "it's"),
    })
    .map((t) => at<A.TemporalLiteral>({ kind: "TemporalLiteral", ...t })),
);

const userVarNameArb = fc.oneof(fc.constantFrom("doc", "a.b", "v$1"), identArb);
const columnRefArb = fc
  .record({ qualifier: fc.array(identArb, { maxLength: 2 }), name: identArb })
  .map((c) => at<A.ColumnRef>({ kind: "ColumnRef", ...c }));
const simpleColumnArb = identArb.map((name) => at<A.ColumnRef>({ kind: "ColumnRef", qualifier: [], name }));
const userVarArb = userVarNameArb.map((name) => at<A.UserVar>({ kind: "UserVar", name }));
const scopeArb = fc.constantFrom("SESSION" as const, "GLOBAL" as const, "DEFAULT" as const);
const systemVarArb = fc
  .record({ scope: scopeArb, name: fc.constantFrom("autocommit", "max_sp_recursion_depth", "sql_mode") })
  .map((s) => at<A.SystemVar>({ kind: "SystemVar", ...s }));

const qualifiedArb: fc.Arbitrary<A.QualifiedName> = fc
  .record({ schema: fc.option(identArb, { nil: undefined }), name: identArb })
  .map((q) => at<A.QualifiedName>({ kind: "QualifiedName", ...q }));

const castTypeArb: fc.Arbitrary<A.CastType> = fc.oneof(
  fc
    .constantFrom("SIGNED", "UNSIGNED", "DOUBLE", "DATE", "JSON")
    .map((name) => at<A.CastType>({ kind: "CastType", name } as NoSpan<A.CastType>)),
  fc
    .record({
      length: fc.integer({ min: 1, max: 65 }),
      scale: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
    })
    .map((d) => at<A.CastType>({ kind: "CastType", name: "DECIMAL", ...d })),
  fc
    .record({
      name: fc.constantFrom("CHAR" as const, "BINARY" as const),
      length: fc.option(fc.integer({ min: 1, max: 255 }), { nil: undefined }),
    })
    .map((d) => at<A.CastType>({ kind: "CastType", ...d })),
  fc
    .record({
      name: fc.constantFrom("DATETIME" as const, "TIME" as const),
      scale: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
    })
    .map((d) => at<A.CastType>({ kind: "CastType", ...d })),
);

// ---- expressions ----------------------------------------------------------------------------------------------

const binaryOps: readonly A.BinaryOp[] = [
  "OR",
  "XOR",
  "AND",
  "=",
  "<=>",
  "<>",
  "<",
  "<=",
  ">",
  ">=",
  "|",
  "&",
  "<<",
  ">>",
  "+",
  "-",
  "*",
  "/",
  "DIV",
  "%",
  "^",
];
const unaryOps: readonly A.UnaryOp[] = ["-", "+", "~", "!", "NOT", "BINARY"];

const opt = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(a, { nil: undefined });

/** A small SELECT for subqueries, cursors and INSERT ... SELECT. */
function selectOf(expr: fc.Arbitrary<A.Expr>): fc.Arbitrary<A.SelectStmt> {
  return fc
    .record({
      distinct: fc.boolean(),
      items: fc.array(
        fc.record({ expr, alias: opt(identArb) }).map((i) => at<A.SelectItem>({ kind: "SelectItem", ...i })),
        { minLength: 1, maxLength: 2 },
      ),
      from: fc.array(
        fc
          .record({ name: qualifiedArb, alias: opt(identArb) })
          .map((t) => at<A.TableName>({ kind: "TableName", ...t })),
        { maxLength: 2 },
      ),
      where: opt(expr),
    })
    .map((s) => at<A.SelectStmt>({ kind: "Select", groupBy: [], orderBy: [], ...s }));
}

export const exprArb: fc.Arbitrary<A.Expr> = fc.letrec<{ expr: A.Expr }>((tie) => {
  const e = tie("expr");
  const sub = selectOf(fc.oneof(literalArb, columnRefArb));
  const funcs = fc.oneof(
    fc
      .record({
        name: fc.constantFrom("CONCAT", "COALESCE", "IF", "LEFT", "REPLACE", "MOD", "LENGTH", "LOCATE"),
        args: fc.array(e, { maxLength: 3 }),
      })
      .map((f) => at<A.FunctionCall>({ kind: "FunctionCall", ...f })),
    // a stored function: upper-cased name, spelling kept in `written`
    fc
      .record({ written: fc.constantFrom("fibcomp", "myFunc"), args: fc.array(e, { maxLength: 2 }) })
      .map((f) =>
        at<A.FunctionCall>({ kind: "FunctionCall", name: f.written.toUpperCase(), written: f.written, args: f.args }),
      ),
    fc
      .record({ schema: identArb, name: identArb, args: fc.array(e, { maxLength: 2 }) })
      .map((f) => at<A.FunctionCall>({ kind: "FunctionCall", ...f })),
    fc
      .record({ name: fc.constantFrom("SUBSTRING", "SUBSTR"), args: fc.array(e, { minLength: 2, maxLength: 3 }) })
      .map((f) => at<A.FunctionCall>({ kind: "FunctionCall", ...f })),
    fc
      .record({
        trim: opt(fc.constantFrom("BOTH" as const, "LEADING" as const, "TRAILING" as const)),
        args: fc.array(e, { minLength: 1, maxLength: 2 }),
      })
      .map((f) => at<A.FunctionCall>({ kind: "FunctionCall", name: "TRIM", ...f })),
    fc.record({ unit: fc.constantFrom("DAY", "YEAR", "MINUTE"), of: e }).map((f) =>
      at<A.FunctionCall>({
        kind: "FunctionCall",
        name: "EXTRACT",
        args: [at<A.StringLiteral>({ kind: "String", value: f.unit }), f.of],
      }),
    ),
    fc
      .array(e, { minLength: 1, maxLength: 2 })
      .map((args) => at<A.FunctionCall>({ kind: "FunctionCall", name: "CHAR", args })),
    fc
      .array(numberArb, { maxLength: 1 })
      .map((args) => at<A.FunctionCall>({ kind: "FunctionCall", name: "CURRENT_TIMESTAMP", args })),
  );
  const aggregates = fc.oneof(
    fc.constant(
      at<A.AggregateCall>({
        kind: "AggregateCall",
        name: "COUNT",
        distinct: false,
        args: [at<A.Star>({ kind: "Star" })],
      }),
    ),
    fc
      .record({
        name: fc.constantFrom("COUNT" as const, "SUM" as const, "MAX" as const, "BIT_XOR" as const),
        distinct: fc.boolean(),
        args: fc.array(e, { minLength: 1, maxLength: 2 }),
      })
      .map((a) => at<A.AggregateCall>({ kind: "AggregateCall", ...a })),
    fc
      .record({
        distinct: fc.boolean(),
        args: fc.array(e, { minLength: 1, maxLength: 2 }),
        orderBy: opt(
          fc.array(
            fc.record({ expr: e, desc: fc.boolean() }).map((o) => at<A.OrderItem>({ kind: "OrderItem", ...o })),
            { minLength: 1, maxLength: 2 },
          ),
        ),
        separator: opt(stringValueArb),
      })
      .map((a) => at<A.AggregateCall>({ kind: "AggregateCall", name: "GROUP_CONCAT", ...a })),
  );
  return {
    expr: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      literalArb,
      columnRefArb,
      userVarArb,
      systemVarArb,
      fc.record({ name: userVarNameArb, value: e }).map((x) => at<A.AssignUserVar>({ kind: "AssignUserVar", ...x })),
      fc.record({ op: fc.constantFrom(...unaryOps), operand: e }).map((x) => at<A.Unary>({ kind: "Unary", ...x })),
      fc
        .record({ op: fc.constantFrom(...binaryOps), left: e, right: e })
        .map((x) => at<A.Binary>({ kind: "Binary", ...x })),
      fc
        .record({
          operand: e,
          test: fc.constantFrom("NULL" as const, "TRUE" as const, "FALSE" as const, "UNKNOWN" as const),
          not: fc.boolean(),
        })
        .map((x) => at<A.Is>({ kind: "Is", ...x })),
      fc
        .record({ operand: e, pattern: e, escape: opt(e), not: fc.boolean() })
        .map((x) => at<A.Like>({ kind: "Like", ...x })),
      fc.record({ operand: e, pattern: e, not: fc.boolean() }).map((x) => at<A.Regexp>({ kind: "Regexp", ...x })),
      fc
        .record({ operand: e, low: e, high: e, not: fc.boolean() })
        .map((x) => at<A.Between>({ kind: "Between", ...x })),
      fc
        .record({ operand: e, list: fc.array(e, { minLength: 1, maxLength: 3 }), not: fc.boolean() })
        .map((x) => at<A.InList>({ kind: "InList", ...x })),
      fc
        .record({ operand: e, query: sub, not: fc.boolean() })
        .map((x) => at<A.InSubquery>({ kind: "InSubquery", ...x })),
      fc
        .record({
          op: fc.constantFrom<A.QuantifiedOp>("=", "<>", "<", "<=", ">", ">="),
          quantifier: fc.constantFrom("ANY" as const, "ALL" as const),
          operand: e,
          query: sub,
        })
        .map((x) => at<A.Quantified>({ kind: "Quantified", ...x })),
      sub.map((query) => at<A.Exists>({ kind: "Exists", query })),
      sub.map((query) => at<A.ScalarSubquery>({ kind: "ScalarSubquery", query })),
      fc
        .record({
          operand: opt(e),
          whens: fc.array(
            fc.tuple(e, e).map(([when, then]) => at<A.WhenClause<A.Expr>>({ kind: "When", when, then })),
            { minLength: 1, maxLength: 2 },
          ),
          else: opt(e),
        })
        .map((x) => at<A.CaseExpr>({ kind: "CaseExpr", ...x })),
      funcs,
      aggregates,
      fc
        .record({ operand: e, target: castTypeArb, syntax: fc.constantFrom("CAST" as const, "CONVERT" as const) })
        .map((x) => at<A.CastExpr>({ kind: "Cast", ...x })),
      fc
        .record({ operand: e, charset: fc.constantFrom("utf8mb4", "latin1") })
        .map((x) => at<A.ConvertUsing>({ kind: "ConvertUsing", ...x })),
      fc
        .record({ operand: e, collation: fc.constantFrom("utf8mb4_bin", "latin1_general_ci") })
        .map((x) => at<A.Collate>({ kind: "Collate", ...x })),
      fc
        .record({ value: e, unit: fc.constantFrom("DAY", "HOUR", "SECOND", "YEAR") })
        .map((x) => at<A.Interval>({ kind: "Interval", ...x })),
      fc.array(e, { minLength: 2, maxLength: 3 }).map((items) => at<A.RowExpr>({ kind: "Row", items })),
      opt(identArb).map((column) => at<A.DefaultExpr>({ kind: "Default", column })),
      fc.record({ operand: e, path: fc.constantFrom("$.a", "$[0]", '$."k y"'), unquote: fc.boolean() }).map((x) =>
        at<A.JsonArrow>({
          kind: "JsonArrow",
          operand: x.operand,
          unquote: x.unquote,
          path: at<A.StringLiteral>({ kind: "String", value: x.path }),
        }),
      ),
    ),
  };
}).expr;

// ---- statements -----------------------------------------------------------------------------------------------

const dataTypeArb: fc.Arbitrary<A.DataType> = fc.oneof(
  fc
    .record({
      name: fc.constantFrom("INT" as const, "BIGINT" as const, "TINYINT" as const),
      unsigned: opt(fc.constant(true)),
    })
    .map((t) => at<A.DataType>({ kind: "DataType", ...t })),
  fc
    .record({ length: fc.integer({ min: 1, max: 65 }), scale: fc.integer({ min: 0, max: 30 }) })
    .map((t) => at<A.DataType>({ kind: "DataType", name: "DECIMAL", ...t })),
  fc
    .record({
      name: fc.constantFrom("VARCHAR" as const, "CHAR" as const),
      length: fc.integer({ min: 1, max: 255 }),
      charset: opt(fc.constantFrom("utf8mb4", "latin1")),
      collation: opt(fc.constantFrom("utf8mb4_bin")),
    })
    .map((t) => at<A.DataType>({ kind: "DataType", ...t })),
  fc
    .constantFrom("TEXT" as const, "LONGTEXT" as const, "JSON" as const, "DATE" as const, "BOOLEAN" as const)
    .map((name) => at<A.DataType>({ kind: "DataType", name })),
  fc.integer({ min: 0, max: 6 }).map((scale) => at<A.DataType>({ kind: "DataType", name: "DATETIME", scale })),
);

const signedNumberArb: fc.Arbitrary<A.Expr> = fc
  .record({ op: fc.constantFrom("-" as const, "+" as const), operand: numberArb })
  .map((u) => at<A.Unary>({ kind: "Unary", ...u }));
/** What SIGNAL items and GET DIAGNOSTICS CONDITION take: a literal, a signed number, a name or a @variable. */
const simpleValueArb: fc.Arbitrary<A.Expr> = fc.oneof(literalArb, signedNumberArb, userVarArb, simpleColumnArb);
const simpleTargetArb: fc.Arbitrary<A.Target> = fc.oneof(
  userVarArb,
  identArb.map((name) => at<A.LocalTarget>({ kind: "LocalTarget", name })),
);
const setTargetArb: fc.Arbitrary<A.Target> = fc.oneof(
  simpleTargetArb,
  fc
    .record({ scope: scopeArb, name: fc.constantFrom("autocommit", "max_sp_recursion_depth") })
    .map((t) => at<A.SystemVarTarget>({ kind: "SystemVarTarget", ...t })),
  fc
    .record({ row: fc.constantFrom("NEW" as const, "OLD" as const), column: identArb })
    .map((t) => at<A.RowFieldTarget>({ kind: "RowFieldTarget", ...t })),
);

const sqlStateArb = fc.stringMatching(/^[0-9A-Z]{5}$/);
const conditionArb: fc.Arbitrary<A.ConditionValue> = fc.oneof(
  sqlStateArb.map((value) => at<A.ConditionValue>({ kind: "SqlState", value })),
  fc.integer({ min: 1000, max: 9999 }).map((value) => at<A.ConditionValue>({ kind: "ErrorCode", value })),
  identArb.map((name) => at<A.ConditionValue>({ kind: "ConditionName", name })),
  fc
    .constantFrom("SqlException" as const, "SqlWarning" as const, "NotFound" as const)
    .map((kind) => at<A.ConditionValue>({ kind })),
);
const signalItemsArb = fc.array(
  fc
    .record({
      name: fc.constantFrom("MESSAGE_TEXT" as const, "MYSQL_ERRNO" as const, "TABLE_NAME" as const),
      value: simpleValueArb,
    })
    .map((i) => at<A.SignalItem>({ kind: "SignalItem", ...i })),
  { maxLength: 2 },
);

const orderByArb = fc.array(
  fc.record({ expr: exprArb, desc: fc.boolean() }).map((o) => at<A.OrderItem>({ kind: "OrderItem", ...o })),
  { maxLength: 2 },
);
const limitValueArb: fc.Arbitrary<A.Expr> = fc.oneof(
  fc.nat(1000).map((n) => at<A.NumberLiteral>({ kind: "Number", text: String(n), numberKind: "int" })),
  simpleColumnArb,
);
const limitArb = opt(
  fc.record({ count: limitValueArb, offset: opt(limitValueArb) }).map((l) => at<A.Limit>({ kind: "Limit", ...l })),
);
const assignmentsArb = fc.array(
  fc.record({ column: columnRefArb, value: exprArb }).map((a) => at<A.Assignment>({ kind: "Assignment", ...a })),
  { minLength: 1, maxLength: 2 },
);

const tableRefArb: fc.Arbitrary<A.TableRef> = fc.oneof(
  fc.record({ name: qualifiedArb, alias: opt(identArb) }).map((t) => at<A.TableName>({ kind: "TableName", ...t })),
  fc
    .record({
      type: fc.constantFrom("INNER" as const, "LEFT" as const, "RIGHT" as const, "CROSS" as const),
      left: qualifiedArb,
      right: qualifiedArb,
      on: opt(exprArb),
    })
    .map((j) =>
      at<A.Join>({
        kind: "Join",
        type: j.type,
        on: j.on,
        left: at<A.TableName>({ kind: "TableName", name: j.left }),
        right: at<A.TableName>({ kind: "TableName", name: j.right }),
      }),
    ),
);

/** A full SELECT: every clause, UNION parts, INTO. */
export const selectArb: fc.Arbitrary<A.SelectStmt> = fc
  .record({
    core: selectOf(exprArb),
    from: fc.array(tableRefArb, { maxLength: 2 }),
    groupBy: fc.array(exprArb, { maxLength: 2 }),
    having: opt(exprArb),
    orderBy: orderByArb,
    limit: limitArb,
    into: opt(fc.array(simpleTargetArb, { minLength: 1, maxLength: 2 })),
    forUpdate: opt(fc.constant(true)),
    union: opt(fc.array(fc.record({ all: fc.boolean(), select: selectOf(exprArb) }), { minLength: 1, maxLength: 2 })),
  })
  .map(({ core, ...rest }) => at<A.SelectStmt>({ ...core, ...rest }));

const dataStatementArb: fc.Arbitrary<A.Statement> = fc.oneof(
  selectArb,
  fc
    .record({
      replace: fc.boolean(),
      ignore: fc.boolean(),
      table: qualifiedArb,
      columns: opt(fc.array(identArb, { maxLength: 3 })),
      body: fc.oneof(
        fc.array(fc.array(exprArb, { maxLength: 3 }), { minLength: 1, maxLength: 2 }).map((values) => ({ values })),
        assignmentsArb.map((set) => ({ set })),
        selectOf(exprArb).map((select) => ({ select })),
      ),
      onDuplicate: opt(assignmentsArb),
    })
    .map(({ body, ...i }) => at<A.Insert>({ kind: "Insert", ...i, ...body })),
  fc
    .record({
      ignore: fc.boolean(),
      tables: fc.array(tableRefArb, { minLength: 1, maxLength: 2 }),
      set: assignmentsArb,
      where: opt(exprArb),
      orderBy: orderByArb,
      limit: limitArb,
    })
    .map((u) => at<A.Update>({ kind: "Update", ...u })),
  fc
    .record({ ignore: fc.boolean(), table: qualifiedArb, where: opt(exprArb), orderBy: orderByArb, limit: limitArb })
    .map((d) => at<A.Delete>({ kind: "Delete", ...d })),
);

const simpleStatementArb: fc.Arbitrary<A.Statement> = fc.oneof(
  dataStatementArb,
  fc
    .array(
      fc
        .record({ target: setTargetArb, value: exprArb })
        .map((a) => at<A.SetAssignment>({ kind: "SetAssignment", ...a })),
      { minLength: 1, maxLength: 3 },
    )
    .map((assignments) => at<A.SetStmt>({ kind: "Set", assignments })),
  fc
    .record({ name: qualifiedArb, args: fc.array(exprArb, { maxLength: 3 }) })
    .map((c) => at<A.Call>({ kind: "Call", ...c })),
  fc.array(exprArb, { minLength: 1, maxLength: 2 }).map((exprs) => at<A.Do>({ kind: "Do", exprs })),
  exprArb.map((value) => at<A.Return>({ kind: "Return", value })),
  fc
    .constantFrom("Leave" as const, "Iterate" as const)
    .chain((kind) => identArb.map((label) => at<A.Leave | A.Iterate>({ kind, label }))),
  identArb.map((cursor) => at<A.Open>({ kind: "Open", cursor })),
  identArb.map((cursor) => at<A.Close>({ kind: "Close", cursor })),
  fc
    .record({ cursor: identArb, into: fc.array(simpleTargetArb, { minLength: 1, maxLength: 3 }) })
    .map((f) => at<A.Fetch>({ kind: "Fetch", ...f })),
  fc
    .record({
      condition: conditionArb.filter((c) => c.kind === "SqlState" || c.kind === "ConditionName"),
      items: signalItemsArb,
    })
    .map((s) => at<A.Signal>({ kind: "Signal", ...s })),
  fc
    .record({
      condition: opt(conditionArb.filter((c) => c.kind === "SqlState" || c.kind === "ConditionName")),
      items: signalItemsArb,
    })
    .map((s) => at<A.Resignal>({ kind: "Resignal", ...s })),
  fc
    .record({
      area: fc.constantFrom("CURRENT" as const, "STACKED" as const),
      items: fc.array(
        fc.record({ target: simpleTargetArb, item: fc.constantFrom("NUMBER" as const, "ROW_COUNT" as const) }),
        { minLength: 1, maxLength: 2 },
      ),
    })
    .map((g) =>
      at<A.GetDiagnostics>({
        kind: "GetDiagnostics",
        area: g.area,
        statementItems: g.items.map((i) =>
          at<A.DiagnosticsAssignment<A.StatementInfoItem>>({ kind: "DiagnosticsAssignment", ...i }),
        ),
        conditionItems: [],
      }),
    ),
  fc
    .record({
      area: fc.constantFrom("CURRENT" as const, "STACKED" as const),
      condition: simpleValueArb,
      items: fc.array(
        fc.record({
          target: simpleTargetArb,
          item: fc.constantFrom("RETURNED_SQLSTATE" as const, "MESSAGE_TEXT" as const, "MYSQL_ERRNO" as const),
        }),
        { minLength: 1, maxLength: 2 },
      ),
    })
    .map((g) =>
      at<A.GetDiagnostics>({
        kind: "GetDiagnostics",
        area: g.area,
        condition: g.condition,
        statementItems: [],
        conditionItems: g.items.map((i) =>
          at<A.DiagnosticsAssignment<A.ConditionInfoItem>>({ kind: "DiagnosticsAssignment", ...i }),
        ),
      }),
    ),
);

/** DECLAREs of a block, in the order MySQL requires: variables and conditions, then cursors, then handlers. */
function declaresArb(stmt: fc.Arbitrary<A.Statement>): fc.Arbitrary<A.Statement[]> {
  const vars = fc.array(
    fc.oneof(
      fc
        .record({ names: fc.array(identArb, { minLength: 1, maxLength: 2 }), type: dataTypeArb, default: opt(exprArb) })
        .map((d) => at<A.DeclareVar>({ kind: "DeclareVar", ...d })),
      fc
        .record({ name: identArb, value: conditionArb.filter((c) => c.kind === "SqlState" || c.kind === "ErrorCode") })
        .map((d) => at<A.DeclareCondition>({ kind: "DeclareCondition", ...d })),
    ),
    { maxLength: 2 },
  );
  const cursors = fc.array(
    fc
      .record({ name: identArb, query: selectOf(exprArb) })
      .map((d) => at<A.DeclareCursor>({ kind: "DeclareCursor", ...d })),
    { maxLength: 1 },
  );
  const handlers = fc.array(
    fc
      .record({
        action: fc.constantFrom("CONTINUE" as const, "EXIT" as const),
        conditions: fc.array(conditionArb, { minLength: 1, maxLength: 2 }),
        body: stmt,
      })
      .map((d) => at<A.DeclareHandler>({ kind: "DeclareHandler", ...d })),
    { maxLength: 1 },
  );
  return fc.tuple(vars, cursors, handlers).map(([v, c, h]) => [...v, ...c, ...h]);
}

/** Statements of a routine body: blocks, flow control with labels, and every simple statement. */
export const spStatementArb: fc.Arbitrary<A.Statement> = fc.letrec<{ stmt: A.Statement }>((tie) => {
  const s = tie("stmt");
  const stmts = fc.array(s, { maxLength: 3 });
  const label = opt(identArb).map((l) => (l === undefined ? {} : { label: l }));
  return {
    stmt: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      simpleStatementArb,
      fc
        .record({ label, declares: declaresArb(s), rest: stmts })
        .map((b) => at<A.Block>({ kind: "Block", ...b.label, body: [...b.declares, ...b.rest] })),
      fc
        .record({
          branches: fc.array(
            fc.record({ condition: exprArb, body: stmts }).map((b) => ({ ...b, start: 0, end: 0 })),
            { minLength: 1, maxLength: 3 },
          ),
          else: opt(stmts),
        })
        .map((x) => at<A.If>({ kind: "If", ...x })),
      fc
        .record({
          operand: opt(exprArb),
          whens: fc.array(
            fc
              .tuple(exprArb, stmts)
              .map(([when, then]) => at<A.WhenClause<readonly A.Statement[]>>({ kind: "When", when, then })),
            { minLength: 1, maxLength: 2 },
          ),
          else: opt(stmts),
        })
        .map((x) => at<A.CaseStmt>({ kind: "CaseStmt", ...x })),
      fc
        .record({ label, condition: exprArb, body: stmts })
        .map(({ label: l, ...x }) => at<A.While>({ kind: "While", ...l, ...x })),
      fc
        .record({ label, body: stmts, until: exprArb })
        .map(({ label: l, ...x }) => at<A.Repeat>({ kind: "Repeat", ...l, ...x })),
      fc.record({ label, body: stmts }).map(({ label: l, ...x }) => at<A.Loop>({ kind: "Loop", ...l, ...x })),
    ),
  };
}).stmt;

/** A procedure around a generated body, since compound statements exist only inside stored programs. */
export const procedureArb: fc.Arbitrary<A.CreateRoutine> = fc
  .record({
    name: qualifiedArb,
    params: fc.array(
      fc
        .record({
          mode: fc.constantFrom("IN" as const, "OUT" as const, "INOUT" as const),
          name: identArb,
          type: dataTypeArb,
        })
        .map((p) => at<A.Param>({ kind: "Param", ...p })),
      { maxLength: 3 },
    ),
    deterministic: opt(fc.boolean()),
    comment: opt(stringValueArb),
    body: spStatementArb,
  })
  .map((r) =>
    at<A.CreateRoutine>({
      kind: "CreateRoutine",
      routineType: "PROCEDURE",
      ifNotExists: false,
      name: r.name,
      params: r.params,
      characteristics: { deterministic: r.deterministic, comment: r.comment },
      body: r.body,
      source: "",
    }),
  );

// ---- definitions and other top-level statements ------------------------------------------------------------------

const columnDefaultArb: fc.Arbitrary<A.Expr> = fc.oneof(literalArb, signedNumberArb, exprArb);

const columnDefArb: fc.Arbitrary<A.ColumnDef> = fc
  .record({
    name: identArb,
    type: dataTypeArb,
    nullable: opt(fc.boolean()),
    default: opt(columnDefaultArb),
    autoIncrement: fc.boolean(),
    primaryKey: fc.boolean(),
    unique: fc.boolean(),
    comment: opt(stringValueArb),
    onUpdateCurrentTimestamp: opt(fc.constant(true)),
  })
  .map((c) => at<A.ColumnDef>({ kind: "ColumnDef", ...c }));

const indexDefArb: fc.Arbitrary<A.IndexDef> = fc
  .record({
    type: fc.constantFrom("PRIMARY" as const, "UNIQUE" as const, "INDEX" as const),
    name: opt(identArb),
    columns: fc.array(identArb, { minLength: 1, maxLength: 3 }),
  })
  .map((i) => at<A.IndexDef>({ kind: "IndexDef", ...i }));

const tableOptionArb: fc.Arbitrary<A.TableOption> = fc
  .oneof(
    fc.constant({ name: "ENGINE", value: "InnoDB" }),
    fc.nat(100000).map((n) => ({ name: "AUTO_INCREMENT", value: String(n) })),
    stringValueArb.map((value) => ({ name: "COMMENT", value })),
    fc.constant({ name: "CHARSET", value: "utf8mb4" }),
    fc.constant({ name: "COLLATE", value: "utf8mb4_bin" }),
  )
  .map((o) => at<A.TableOption>({ kind: "TableOption", ...o }));

const definerArb = opt(fc.constantFrom("root@localhost", "`admin`@`%`", "CURRENT_USER", "'u'@'h'"));

/** DDL, transactions, SHOW, SET NAMES, triggers and functions: what a script holds besides routine bodies. */
export const topStatementArb: fc.Arbitrary<A.Statement> = fc.oneof(
  fc
    .record({
      name: identArb,
      ifNotExists: fc.boolean(),
      charset: opt(fc.constantFrom("utf8mb4", "latin1")),
      collation: opt(fc.constantFrom("utf8mb4_bin")),
    })
    .map((s) => at<A.CreateDatabase>({ kind: "CreateDatabase", ...s })),
  fc.record({ name: identArb, ifExists: fc.boolean() }).map((s) => at<A.DropDatabase>({ kind: "DropDatabase", ...s })),
  identArb.map((name) => at<A.Use>({ kind: "Use", name })),
  fc
    .record({
      name: qualifiedArb,
      ifNotExists: fc.boolean(),
      temporary: fc.boolean(),
      columns: fc.array(columnDefArb, { minLength: 1, maxLength: 3 }),
      indexes: fc.array(indexDefArb, { maxLength: 2 }),
      options: fc.array(tableOptionArb, { maxLength: 3 }),
    })
    .map((s) => at<A.CreateTable>({ kind: "CreateTable", ...s })),
  fc
    .record({ name: qualifiedArb, like: qualifiedArb, ifNotExists: fc.boolean() })
    .map((s) =>
      at<A.CreateTable>({ kind: "CreateTable", temporary: false, columns: [], indexes: [], options: [], ...s }),
    ),
  fc
    .record({
      names: fc.array(qualifiedArb, { minLength: 1, maxLength: 2 }),
      ifExists: fc.boolean(),
      temporary: fc.boolean(),
    })
    .map((s) => at<A.DropTable>({ kind: "DropTable", ...s })),
  qualifiedArb.map((name) => at<A.TruncateTable>({ kind: "TruncateTable", name })),
  fc
    .record({
      routineType: fc.constantFrom("PROCEDURE" as const, "FUNCTION" as const),
      name: qualifiedArb,
      ifExists: fc.boolean(),
    })
    .map((s) => at<A.DropRoutine>({ kind: "DropRoutine", ...s })),
  fc
    .record({ name: qualifiedArb, ifExists: fc.boolean() })
    .map((s) => at<A.DropTrigger>({ kind: "DropTrigger", ...s })),
  fc
    .record({
      definer: definerArb,
      ifNotExists: fc.boolean(),
      name: qualifiedArb,
      timing: fc.constantFrom("BEFORE" as const, "AFTER" as const),
      event: fc.constantFrom("INSERT" as const, "UPDATE" as const, "DELETE" as const),
      table: qualifiedArb,
      order: opt(fc.record({ position: fc.constantFrom("FOLLOWS" as const, "PRECEDES" as const), other: identArb })),
      body: spStatementArb,
    })
    .map((s) => at<A.CreateTrigger>({ kind: "CreateTrigger", source: "", ...s })),
  fc
    .record({
      definer: definerArb,
      name: qualifiedArb,
      params: fc.array(
        fc.record({ name: identArb, type: dataTypeArb }).map((p) => at<A.Param>({ kind: "Param", mode: "IN", ...p })),
        { maxLength: 2 },
      ),
      returns: dataTypeArb,
      characteristics: fc.record(
        {
          deterministic: fc.boolean(),
          dataAccess: fc.constantFrom(
            "CONTAINS SQL" as const,
            "NO SQL" as const,
            "READS SQL DATA" as const,
            "MODIFIES SQL DATA" as const,
          ),
          security: fc.constantFrom("DEFINER" as const, "INVOKER" as const),
          comment: stringValueArb,
          language: fc.constant("SQL" as const),
        },
        { requiredKeys: [] },
      ),
      body: spStatementArb,
    })
    .map((s) =>
      at<A.CreateRoutine>({ kind: "CreateRoutine", routineType: "FUNCTION", ifNotExists: false, source: "", ...s }),
    ),
  opt(fc.boolean()).map((readOnly) => at<A.StartTransaction>({ kind: "StartTransaction", syntax: "START", readOnly })),
  fc.constant(at<A.StartTransaction>({ kind: "StartTransaction", syntax: "BEGIN" })),
  fc.constantFrom("Commit" as const, "Rollback" as const).map((kind) => at<A.Commit | A.Rollback>({ kind })),
  fc
    .record({
      kind: fc.constantFrom("Savepoint" as const, "RollbackToSavepoint" as const, "ReleaseSavepoint" as const),
      name: identArb,
    })
    .map((s) => at<A.Savepoint | A.RollbackToSavepoint | A.ReleaseSavepoint>(s)),
  fc
    .record({ charset: fc.constantFrom("utf8mb4", "latin1"), collation: opt(fc.constantFrom("utf8mb4_bin")) })
    .map((names) => at<A.SetStmt>({ kind: "Set", assignments: [], names })),
  fc
    .constantFrom("ISOLATION LEVEL READ COMMITTED", "READ ONLY")
    .map((transaction) => at<A.SetStmt>({ kind: "Set", assignments: [], transaction })),
  fc
    .record({ full: opt(fc.constant(true)), from: opt(identArb), like: opt(stringValueArb) })
    .map((s) => at<A.Show>({ kind: "Show", what: "TABLES", ...s })),
  fc
    .record({
      what: fc.constantFrom("CREATE TABLE" as const, "CREATE PROCEDURE" as const, "CREATE TRIGGER" as const),
      name: qualifiedArb,
    })
    .map((s) => at<A.Show>({ kind: "Show", ...s })),
  fc
    .record({ scope: opt(fc.constantFrom("SESSION" as const, "GLOBAL" as const)), where: opt(exprArb) })
    .map((s) => at<A.Show>({ kind: "Show", what: "VARIABLES", ...s })),
  fc
    .constantFrom(
      "DATABASES" as const,
      "WARNINGS" as const,
      "ERRORS" as const,
      "TRIGGERS" as const,
      "PROCEDURE STATUS" as const,
    )
    .map((what) => at<A.Show>({ kind: "Show", what })),
  qualifiedArb.map((table) => at<A.Describe>({ kind: "Describe", table })),
);
