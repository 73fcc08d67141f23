// Statements, one or more per form of issue 2, with their expected ASTs (spans stripped), written by hand.

import { bin, bool, call, col, item, local, nul, num, qname, select, set, str, table, type, uvar } from "./helpers.ts";

const sqlstate = (value: string) => ({ kind: "SqlState", value });
const rowField = (column: string, row: "NEW" | "OLD" = "NEW") => ({ kind: "RowFieldTarget", row, column });
const sys = (name: string, scope: "SESSION" | "GLOBAL" | "DEFAULT" = "DEFAULT") => ({
  kind: "SystemVarTarget",
  scope,
  name,
});
const block = (body: unknown[], label?: string) => (label ? { kind: "Block", label, body } : { kind: "Block", body });
const proc = (body: unknown, extra: Record<string, unknown> = {}) => ({
  kind: "CreateRoutine",
  routineType: "PROCEDURE",
  ifNotExists: false,
  name: qname("p"),
  params: [],
  characteristics: {},
  body,
  ...extra,
});
/** Wraps a body statement in `CREATE PROCEDURE p() BEGIN ... END` and expects it back. */
const inBody = (sql: string, expected: unknown[]): [string, unknown] => [
  `CREATE PROCEDURE p() BEGIN ${sql} END`,
  proc(block(expected)),
];
const column = (name: string, t: unknown, extra: Record<string, unknown> = {}) => ({
  kind: "ColumnDef",
  name,
  type: t,
  autoIncrement: false,
  primaryKey: false,
  unique: false,
  ...extra,
});

export const statementCases: [string, unknown][] = [
  // definitions
  ["CREATE DATABASE fib", { kind: "CreateDatabase", name: "fib", ifNotExists: false }],
  [
    "CREATE SCHEMA IF NOT EXISTS fib DEFAULT CHARACTER SET utf8mb4 COLLATE = utf8mb4_0900_ai_ci",
    { kind: "CreateDatabase", name: "fib", ifNotExists: true, charset: "utf8mb4", collation: "utf8mb4_0900_ai_ci" },
  ],
  ["DROP DATABASE fib", { kind: "DropDatabase", name: "fib", ifExists: false }],
  ["DROP SCHEMA IF EXISTS fib", { kind: "DropDatabase", name: "fib", ifExists: true }],
  ["USE fib", { kind: "Use", name: "fib" }],
  [
    "CREATE TABLE fib.fibonacci (fib INTEGER, value INT(11) UNSIGNED NOT NULL DEFAULT 0, correlation_id CHAR(36), success BOOLEAN, msg TEXT, PRIMARY KEY (correlation_id))",
    {
      kind: "CreateTable",
      name: qname("fibonacci", "fib"),
      ifNotExists: false,
      temporary: false,
      columns: [
        column("fib", type("INT")),
        column("value", type("INT", { length: 11, unsigned: true }), { nullable: false, default: num("0") }),
        column("correlation_id", type("CHAR", { length: 36 })),
        column("success", type("BOOLEAN")),
        column("msg", type("TEXT")),
      ],
      indexes: [{ kind: "IndexDef", type: "PRIMARY", columns: ["correlation_id"] }],
      options: [],
    },
  ],
  [
    "CREATE TEMPORARY TABLE IF NOT EXISTS t (a TINYINT, b SMALLINT, c MEDIUMINT, d BIGINT UNSIGNED, e DECIMAL(10,2), f FLOAT, g DOUBLE, h VARCHAR(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin, i TINYTEXT, j MEDIUMTEXT, k LONGTEXT, l BLOB, m BOOL, n DATE, o DATETIME, p TIMESTAMP(3), q JSON)",
    {
      kind: "CreateTable",
      name: qname("t"),
      ifNotExists: true,
      temporary: true,
      columns: [
        column("a", type("TINYINT")),
        column("b", type("SMALLINT")),
        column("c", type("MEDIUMINT")),
        column("d", type("BIGINT", { unsigned: true })),
        column("e", type("DECIMAL", { length: 10, scale: 2 })),
        column("f", type("FLOAT")),
        column("g", type("DOUBLE")),
        column("h", type("VARCHAR", { length: 32, charset: "utf8mb4", collation: "utf8mb4_bin" })),
        column("i", type("TINYTEXT")),
        column("j", type("MEDIUMTEXT")),
        column("k", type("LONGTEXT")),
        column("l", type("BLOB")),
        column("m", type("BOOLEAN")),
        column("n", type("DATE")),
        column("o", type("DATETIME")),
        column("p", type("TIMESTAMP", { scale: 3 })),
        column("q", type("JSON")),
      ],
      indexes: [],
      options: [],
    },
  ],
  [
    "CREATE TABLE t (id INT AUTO_INCREMENT PRIMARY KEY, u VARCHAR(5) NULL UNIQUE, k INT KEY, ts TIMESTAMP DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP, UNIQUE KEY uk (u), KEY (k), INDEX ix (k, u)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4",
    {
      kind: "CreateTable",
      name: qname("t"),
      ifNotExists: false,
      temporary: false,
      columns: [
        column("id", type("INT"), { autoIncrement: true, primaryKey: true }),
        column("u", type("VARCHAR", { length: 5 }), { nullable: true, unique: true }),
        column("k", type("INT"), { primaryKey: true }),
        column("ts", type("TIMESTAMP"), { default: call("CURRENT_TIMESTAMP"), onUpdateCurrentTimestamp: true }),
      ],
      indexes: [
        { kind: "IndexDef", type: "UNIQUE", name: "uk", columns: ["u"] },
        { kind: "IndexDef", type: "INDEX", columns: ["k"] },
        { kind: "IndexDef", type: "INDEX", name: "ix", columns: ["k", "u"] },
      ],
      options: [
        { kind: "TableOption", name: "ENGINE", value: "InnoDB" },
        { kind: "TableOption", name: "CHARSET", value: "utf8mb4" },
      ],
    },
  ],
  [
    "CREATE TABLE t2 (a MEDIUMBLOB, b LONGBLOB, c TINYBLOB, d VARBINARY(4), e BIT(3), f DOUBLE PRECISION ZEROFILL, g NUMERIC(5), h FIXED(4,1), i REAL, j ENUM('x','y') COMMENT 'e', k YEAR, l TIME(6), m BINARY(2), CONSTRAINT pk PRIMARY KEY (a(10) ASC, b DESC)) COMMENT = 'c' AUTO_INCREMENT 5 COLLATE utf8mb4_bin",
    {
      kind: "CreateTable",
      name: qname("t2"),
      ifNotExists: false,
      temporary: false,
      columns: [
        column("a", type("MEDIUMBLOB")),
        column("b", type("LONGBLOB")),
        column("c", type("TINYBLOB")),
        column("d", type("VARBINARY", { length: 4 })),
        column("e", type("BIT", { length: 3 })),
        column("f", type("DOUBLE", { zerofill: true })),
        column("g", type("DECIMAL", { length: 5 })),
        column("h", type("DECIMAL", { length: 4, scale: 1 })),
        column("i", type("DOUBLE")),
        column("j", type("ENUM", { values: ["x", "y"] }), { comment: "e" }),
        column("k", type("YEAR")),
        column("l", type("TIME", { scale: 6 })),
        column("m", type("BINARY", { length: 2 })),
      ],
      indexes: [{ kind: "IndexDef", type: "PRIMARY", name: "pk", columns: ["a", "b"] }],
      options: [
        { kind: "TableOption", name: "COMMENT", value: "c" },
        { kind: "TableOption", name: "AUTO_INCREMENT", value: "5" },
        { kind: "TableOption", name: "COLLATE", value: "utf8mb4_bin" },
      ],
    },
  ],
  [
    "CREATE TABLE t3 LIKE t",
    {
      kind: "CreateTable",
      name: qname("t3"),
      ifNotExists: false,
      temporary: false,
      columns: [],
      indexes: [],
      options: [],
      like: qname("t"),
    },
  ],
  ["DROP TABLE t", { kind: "DropTable", names: [qname("t")], ifExists: false, temporary: false }],
  [
    "DROP TABLE IF EXISTS fib.a, b",
    { kind: "DropTable", names: [qname("a", "fib"), qname("b")], ifExists: true, temporary: false },
  ],
  [
    "CREATE DEFINER=`admin`@`%` PROCEDURE json_extract_property(IN json_document TEXT, IN property_name VARCHAR(32), OUT property_value VARCHAR(32), INOUT property_type VARCHAR(6)) COMMENT 'x' LANGUAGE SQL NOT DETERMINISTIC READS SQL DATA SQL SECURITY INVOKER BEGIN END",
    {
      kind: "CreateRoutine",
      routineType: "PROCEDURE",
      definer: "`admin`@`%`",
      ifNotExists: false,
      name: qname("json_extract_property"),
      params: [
        { kind: "Param", mode: "IN", name: "json_document", type: type("TEXT") },
        { kind: "Param", mode: "IN", name: "property_name", type: type("VARCHAR", { length: 32 }) },
        { kind: "Param", mode: "OUT", name: "property_value", type: type("VARCHAR", { length: 32 }) },
        { kind: "Param", mode: "INOUT", name: "property_type", type: type("VARCHAR", { length: 6 }) },
      ],
      characteristics: {
        comment: "x",
        language: "SQL",
        deterministic: false,
        dataAccess: "READS SQL DATA",
        security: "INVOKER",
      },
      body: block([]),
    },
  ],
  [
    "CREATE FUNCTION fibcomp(fib INT) RETURNS BIGINT DETERMINISTIC NO SQL RETURN fib + 1",
    {
      kind: "CreateRoutine",
      routineType: "FUNCTION",
      ifNotExists: false,
      name: qname("fibcomp"),
      params: [{ kind: "Param", mode: "IN", name: "fib", type: type("INT") }],
      returns: type("BIGINT"),
      characteristics: { deterministic: true, dataAccess: "NO SQL" },
      body: { kind: "Return", value: bin("+", col("fib"), num("1")) },
    },
  ],
  [
    "CREATE PROCEDURE p() CONTAINS SQL SQL SECURITY DEFINER MODIFIES SQL DATA SELECT 1",
    proc(select({ items: [item(num("1"))] }), {
      characteristics: { dataAccess: "MODIFIES SQL DATA", security: "DEFINER" },
    }),
  ],
  ["CREATE DEFINER = CURRENT_USER PROCEDURE p() BEGIN END", proc(block([]), { definer: "CURRENT_USER" })],
  [
    "CREATE TRIGGER fib.tr BEFORE INSERT ON fibonacci FOR EACH ROW SET NEW.value = 1",
    {
      kind: "CreateTrigger",
      ifNotExists: false,
      name: qname("tr", "fib"),
      timing: "BEFORE",
      event: "INSERT",
      table: qname("fibonacci"),
      body: set([rowField("value"), num("1")]),
    },
  ],
  [
    "CREATE DEFINER=root@localhost TRIGGER tr AFTER UPDATE ON t FOR EACH ROW FOLLOWS other BEGIN END",
    {
      kind: "CreateTrigger",
      definer: "root@localhost",
      ifNotExists: false,
      name: qname("tr"),
      timing: "AFTER",
      event: "UPDATE",
      table: qname("t"),
      order: { position: "FOLLOWS", other: "other" },
      body: block([]),
    },
  ],
  [
    "CREATE TRIGGER tr AFTER DELETE ON t FOR EACH ROW PRECEDES x DO 1",
    {
      kind: "CreateTrigger",
      ifNotExists: false,
      name: qname("tr"),
      timing: "AFTER",
      event: "DELETE",
      table: qname("t"),
      order: { position: "PRECEDES", other: "x" },
      body: { kind: "Do", exprs: [num("1")] },
    },
  ],
  ["DROP PROCEDURE p", { kind: "DropRoutine", routineType: "PROCEDURE", name: qname("p"), ifExists: false }],
  [
    "DROP FUNCTION IF EXISTS fib.f",
    { kind: "DropRoutine", routineType: "FUNCTION", name: qname("f", "fib"), ifExists: true },
  ],
  ["DROP TRIGGER IF EXISTS tr", { kind: "DropTrigger", name: qname("tr"), ifExists: true }],
  // compound statements
  [
    "CREATE PROCEDURE p() outer_block: BEGIN inner_block: BEGIN END inner_block; END outer_block",
    proc(block([block([], "inner_block")], "outer_block")),
  ],
  inBody("DECLARE a, b INT DEFAULT 0; DECLARE s VARCHAR(10);", [
    { kind: "DeclareVar", names: ["a", "b"], type: type("INT"), default: num("0") },
    { kind: "DeclareVar", names: ["s"], type: type("VARCHAR", { length: 10 }) },
  ]),
  inBody("DECLARE no_table CONDITION FOR SQLSTATE VALUE '42S02'; DECLARE dup CONDITION FOR 1062;", [
    { kind: "DeclareCondition", name: "no_table", value: sqlstate("42S02") },
    { kind: "DeclareCondition", name: "dup", value: { kind: "ErrorCode", value: 1062 } },
  ]),
  inBody("DECLARE CONTINUE HANDLER FOR SQLSTATE '23000', 1062, dup, SQLWARNING SET @x = 1;", [
    {
      kind: "DeclareHandler",
      action: "CONTINUE",
      conditions: [
        sqlstate("23000"),
        { kind: "ErrorCode", value: 1062 },
        { kind: "ConditionName", name: "dup" },
        { kind: "SqlWarning" },
      ],
      body: set([uvar("x"), num("1")]),
    },
  ]),
  inBody("DECLARE UNDO HANDLER FOR 1329 BEGIN END;", [
    { kind: "DeclareHandler", action: "UNDO", conditions: [{ kind: "ErrorCode", value: 1329 }], body: block([]) },
  ]),
  inBody("SET LOCAL x = 1;", [set([sys("x", "SESSION"), num("1")])]),
  inBody(
    "SIGNAL SQLSTATE '45000' SET SUBCLASS_ORIGIN = 'a', CONSTRAINT_CATALOG = 'b', CONSTRAINT_SCHEMA = 'c', CONSTRAINT_NAME = 'd', CATALOG_NAME = 'e', SCHEMA_NAME = 'f', TABLE_NAME = 'g', COLUMN_NAME = 'h', CURSOR_NAME = 'i';",
    [
      {
        kind: "Signal",
        condition: sqlstate("45000"),
        items: [
          ["SUBCLASS_ORIGIN", "a"],
          ["CONSTRAINT_CATALOG", "b"],
          ["CONSTRAINT_SCHEMA", "c"],
          ["CONSTRAINT_NAME", "d"],
          ["CATALOG_NAME", "e"],
          ["SCHEMA_NAME", "f"],
          ["TABLE_NAME", "g"],
          ["COLUMN_NAME", "h"],
          ["CURSOR_NAME", "i"],
        ].map(([name, v]) => ({ kind: "SignalItem", name, value: str(v as string) })),
      },
    ],
  ),
  inBody("DECLARE EXIT HANDLER FOR SQLEXCEPTION, NOT FOUND BEGIN END;", [
    {
      kind: "DeclareHandler",
      action: "EXIT",
      conditions: [{ kind: "SqlException" }, { kind: "NotFound" }],
      body: block([]),
    },
  ]),
  inBody(
    "DECLARE c CURSOR FOR SELECT a FROM t; OPEN c; FETCH c INTO x; FETCH NEXT FROM c INTO x, @y; FETCH FROM c INTO x; CLOSE c;",
    [
      { kind: "DeclareCursor", name: "c", query: select({ items: [item(col("a"))], from: [table("t")] }) },
      { kind: "Open", cursor: "c" },
      { kind: "Fetch", cursor: "c", into: [local("x")] },
      { kind: "Fetch", cursor: "c", into: [local("x"), uvar("y")] },
      { kind: "Fetch", cursor: "c", into: [local("x")] },
      { kind: "Close", cursor: "c" },
    ],
  ),
  inBody("SET a = 1, @b := 2, NEW.c = 3, OLD.d = 4;", [
    set([local("a"), num("1")], [uvar("b"), num("2")], [rowField("c"), num("3")], [rowField("d", "OLD"), num("4")]),
  ]),
  inBody("SET max_sp_recursion_depth = 10, @@session.sql_mode = '', SESSION autocommit = 0, GLOBAL x = 1, @@y = ON;", [
    set(
      [local("max_sp_recursion_depth"), num("10")],
      [sys("sql_mode", "SESSION"), str("")],
      [sys("autocommit", "SESSION"), num("0")],
      [sys("x", "GLOBAL"), num("1")],
      [sys("y"), str("ON")],
    ),
  ]),
  inBody("IF a THEN SET b = 1; ELSEIF c THEN SET b = 2; ELSEIF d THEN SET b = 3; ELSE SET b = 4; END IF;", [
    {
      kind: "If",
      branches: [
        { condition: col("a"), body: [set([local("b"), num("1")])] },
        { condition: col("c"), body: [set([local("b"), num("2")])] },
        { condition: col("d"), body: [set([local("b"), num("3")])] },
      ],
      else: [set([local("b"), num("4")])],
    },
  ]),
  inBody("CASE x WHEN 1 THEN SET y = 1; WHEN 2 THEN SET y = 2; ELSE BEGIN END; END CASE;", [
    {
      kind: "CaseStmt",
      operand: col("x"),
      whens: [
        // biome-ignore lint/suspicious/noThenProperty: `then` is a field of the AST's WhenClause
        { kind: "When", when: num("1"), then: [set([local("y"), num("1")])] },
        // biome-ignore lint/suspicious/noThenProperty: `then` is a field of the AST's WhenClause
        { kind: "When", when: num("2"), then: [set([local("y"), num("2")])] },
      ],
      else: [block([])],
    },
  ]),
  inBody("CASE WHEN x > 1 THEN SET y = 1; END CASE;", [
    {
      kind: "CaseStmt",
      // biome-ignore lint/suspicious/noThenProperty: `then` is a field of the AST's WhenClause
      whens: [{ kind: "When", when: bin(">", col("x"), num("1")), then: [set([local("y"), num("1")])] }],
    },
  ]),
  inBody("w: WHILE i < 3 DO SET i = i + 1; ITERATE w; END WHILE w;", [
    {
      kind: "While",
      label: "w",
      condition: bin("<", col("i"), num("3")),
      body: [set([local("i"), bin("+", col("i"), num("1"))]), { kind: "Iterate", label: "w" }],
    },
  ]),
  inBody("REPEAT SET i = i - 1; UNTIL i = 0 END REPEAT;", [
    { kind: "Repeat", body: [set([local("i"), bin("-", col("i"), num("1"))])], until: bin("=", col("i"), num("0")) },
  ]),
  inBody("r: REPEAT SET i = 1; UNTIL TRUE END REPEAT r;", [
    { kind: "Repeat", label: "r", body: [set([local("i"), num("1")])], until: bool(true) },
  ]),
  inBody("l: LOOP LEAVE l; END LOOP l; LOOP LEAVE x; END LOOP;", [
    { kind: "Loop", label: "l", body: [{ kind: "Leave", label: "l" }] },
    { kind: "Loop", body: [{ kind: "Leave", label: "x" }] },
  ]),
  inBody("CALL q; CALL q(); CALL fib.q(1, @x);", [
    { kind: "Call", name: qname("q"), args: [] },
    { kind: "Call", name: qname("q"), args: [] },
    { kind: "Call", name: qname("q", "fib"), args: [num("1"), uvar("x")] },
  ]),
  inBody("SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Signal before function invocation', MYSQL_ERRNO = 1091;", [
    {
      kind: "Signal",
      condition: sqlstate("45000"),
      items: [
        { kind: "SignalItem", name: "MESSAGE_TEXT", value: str("Signal before function invocation") },
        { kind: "SignalItem", name: "MYSQL_ERRNO", value: num("1091") },
      ],
    },
  ]),
  inBody("SIGNAL my_cond SET message_text = msg, CLASS_ORIGIN = @o;", [
    {
      kind: "Signal",
      condition: { kind: "ConditionName", name: "my_cond" },
      items: [
        { kind: "SignalItem", name: "MESSAGE_TEXT", value: col("msg") },
        { kind: "SignalItem", name: "CLASS_ORIGIN", value: uvar("o") },
      ],
    },
  ]),
  inBody("RESIGNAL; RESIGNAL SET MYSQL_ERRNO = -1; RESIGNAL SQLSTATE '01000';", [
    { kind: "Resignal", items: [] },
    {
      kind: "Resignal",
      items: [{ kind: "SignalItem", name: "MYSQL_ERRNO", value: { kind: "Unary", op: "-", operand: num("1") } }],
    },
    { kind: "Resignal", condition: sqlstate("01000"), items: [] },
  ]),
  inBody("GET DIAGNOSTICS n = NUMBER, @r = ROW_COUNT;", [
    {
      kind: "GetDiagnostics",
      area: "CURRENT",
      statementItems: [
        { kind: "DiagnosticsAssignment", target: local("n"), item: "NUMBER" },
        { kind: "DiagnosticsAssignment", target: uvar("r"), item: "ROW_COUNT" },
      ],
      conditionItems: [],
    },
  ]),
  inBody(
    "GET STACKED DIAGNOSTICS CONDITION 1 error_sqlstate = RETURNED_SQLSTATE, error_msg = MESSAGE_TEXT, error_errno = MYSQL_ERRNO;",
    [
      {
        kind: "GetDiagnostics",
        area: "STACKED",
        condition: num("1"),
        statementItems: [],
        conditionItems: [
          { kind: "DiagnosticsAssignment", target: local("error_sqlstate"), item: "RETURNED_SQLSTATE" },
          { kind: "DiagnosticsAssignment", target: local("error_msg"), item: "MESSAGE_TEXT" },
          { kind: "DiagnosticsAssignment", target: local("error_errno"), item: "MYSQL_ERRNO" },
        ],
      },
    ],
  ),
  inBody("GET CURRENT DIAGNOSTICS CONDITION n @c = CLASS_ORIGIN;", [
    {
      kind: "GetDiagnostics",
      area: "CURRENT",
      condition: col("n"),
      statementItems: [],
      conditionItems: [{ kind: "DiagnosticsAssignment", target: uvar("c"), item: "CLASS_ORIGIN" }],
    },
  ]),
  inBody("SELECT a, b INTO x, @y FROM t; SELECT COUNT(*) FROM t INTO n;", [
    select({ items: [item(col("a")), item(col("b"))], from: [table("t")], into: [local("x"), uvar("y")] }),
    select({
      items: [item({ kind: "AggregateCall", name: "COUNT", distinct: false, args: [{ kind: "Star" }] })],
      from: [table("t")],
      into: [local("n")],
    }),
  ]),
  inBody("DO SLEEP(1), 2; ROLLBACK; COMMIT;", [
    { kind: "Do", exprs: [call("SLEEP", num("1")), num("2")] },
    { kind: "Rollback" },
    { kind: "Commit" },
  ]),
  // data statements
  [
    "INSERT INTO fib.fibonacci VALUES ( 2, null, '22')",
    {
      kind: "Insert",
      replace: false,
      ignore: false,
      table: qname("fibonacci", "fib"),
      values: [[num("2"), nul, str("22")]],
    },
  ],
  [
    "INSERT IGNORE t (a, b) VALUES (1, DEFAULT), (2, 3)",
    {
      kind: "Insert",
      replace: false,
      ignore: true,
      table: qname("t"),
      columns: ["a", "b"],
      values: [
        [num("1"), { kind: "Default" }],
        [num("2"), num("3")],
      ],
    },
  ],
  [
    "INSERT INTO t SET a = 1, t.b = 2",
    {
      kind: "Insert",
      replace: false,
      ignore: false,
      table: qname("t"),
      set: [
        { kind: "Assignment", column: col("a"), value: num("1") },
        { kind: "Assignment", column: col("b", "t"), value: num("2") },
      ],
    },
  ],
  [
    "INSERT INTO t (a) SELECT b FROM u",
    {
      kind: "Insert",
      replace: false,
      ignore: false,
      table: qname("t"),
      columns: ["a"],
      select: select({ items: [item(col("b"))], from: [table("u")] }),
    },
  ],
  [
    "INSERT INTO t VALUES (1) ON DUPLICATE KEY UPDATE a = a + 1",
    {
      kind: "Insert",
      replace: false,
      ignore: false,
      table: qname("t"),
      values: [[num("1")]],
      onDuplicate: [{ kind: "Assignment", column: col("a"), value: bin("+", col("a"), num("1")) }],
    },
  ],
  [
    "REPLACE INTO t VALUES (1)",
    { kind: "Insert", replace: true, ignore: false, table: qname("t"), values: [[num("1")]] },
  ],
  [
    "UPDATE t SET a = 1, b = b + 1 WHERE id = 3 ORDER BY id DESC LIMIT 1",
    {
      kind: "Update",
      ignore: false,
      tables: [table("t")],
      set: [
        { kind: "Assignment", column: col("a"), value: num("1") },
        { kind: "Assignment", column: col("b"), value: bin("+", col("b"), num("1")) },
      ],
      where: bin("=", col("id"), num("3")),
      orderBy: [{ kind: "OrderItem", expr: col("id"), desc: true }],
      limit: { kind: "Limit", count: num("1") },
    },
  ],
  [
    "UPDATE IGNORE t SET a = 1",
    {
      kind: "Update",
      ignore: true,
      tables: [table("t")],
      set: [{ kind: "Assignment", column: col("a"), value: num("1") }],
      orderBy: [],
    },
  ],
  [
    "DELETE FROM t WHERE a > 1 ORDER BY a LIMIT 10",
    {
      kind: "Delete",
      ignore: false,
      table: qname("t"),
      where: bin(">", col("a"), num("1")),
      orderBy: [{ kind: "OrderItem", expr: col("a"), desc: false }],
      limit: { kind: "Limit", count: num("10") },
    },
  ],
  ["DELETE IGNORE FROM fib.t", { kind: "Delete", ignore: true, table: qname("t", "fib"), orderBy: [] }],
  [
    "SELECT DISTINCT t.*, u.b AS 'x', c y FROM t INNER JOIN u ON t.id = u.id LEFT OUTER JOIN v w ON w.id = t.id, z WHERE a GROUP BY a, b HAVING COUNT(*) > 1 ORDER BY a, b DESC LIMIT 5, 10",
    select({
      distinct: true,
      items: [item({ kind: "Star", qualifier: ["t"] }), item(col("b", "u"), "x"), item(col("c"), "y")],
      from: [
        {
          kind: "Join",
          type: "LEFT",
          left: {
            kind: "Join",
            type: "INNER",
            left: table("t"),
            right: table("u"),
            on: bin("=", col("id", "t"), col("id", "u")),
          },
          right: table("v", "w"),
          on: bin("=", col("id", "w"), col("id", "t")),
        },
        table("z"),
      ],
      where: col("a"),
      groupBy: [col("a"), col("b")],
      having: bin(">", { kind: "AggregateCall", name: "COUNT", distinct: false, args: [{ kind: "Star" }] }, num("1")),
      orderBy: [
        { kind: "OrderItem", expr: col("a"), desc: false },
        { kind: "OrderItem", expr: col("b"), desc: true },
      ],
      limit: { kind: "Limit", count: num("10"), offset: num("5") },
    }),
  ],
  [
    "SELECT * FROM t JOIN u USING (id) LIMIT 10 OFFSET 20",
    select({
      items: [item({ kind: "Star" })],
      from: [{ kind: "Join", type: "INNER", left: table("t"), right: table("u"), using: ["id"] }],
      limit: { kind: "Limit", count: num("10"), offset: num("20") },
    }),
  ],
  [
    "SELECT a FROM (SELECT 1 AS a) AS d",
    select({
      items: [item(col("a"))],
      from: [{ kind: "DerivedTable", query: select({ items: [item(num("1"), "a")] }), alias: "d" }],
    }),
  ],
  [
    "SELECT 1 UNION ALL SELECT 2",
    select({ items: [item(num("1"))], union: [{ all: true, select: select({ items: [item(num("2"))] }) }] }),
  ],
  [
    "SELECT lambda_sync('arn', '{\"fib\": 5}') AS 'result'",
    select({
      items: [item({ ...call("LAMBDA_SYNC", str("arn"), str('{"fib": 5}')), written: "lambda_sync" }, "result")],
    }),
  ],
  ["SELECT 1 FROM DUAL", select({ items: [item(num("1"))] })],
  [
    "SELECT a FROM t CROSS JOIN u RIGHT JOIN v ON TRUE FOR UPDATE",
    select({
      items: [item(col("a"))],
      from: [
        {
          kind: "Join",
          type: "RIGHT",
          left: { kind: "Join", type: "CROSS", left: table("t"), right: table("u") },
          right: table("v"),
          on: bool(true),
        },
      ],
      forUpdate: true,
    }),
  ],
  ["SELECT a FROM t LOCK IN SHARE MODE", select({ items: [item(col("a"))], from: [table("t")] })],
  [
    "START TRANSACTION READ WRITE, WITH CONSISTENT SNAPSHOT",
    { kind: "StartTransaction", syntax: "START", readOnly: false },
  ],
  ["SHOW DATABASES", { kind: "Show", what: "DATABASES" }],
  ["SHOW TRIGGERS FROM fib", { kind: "Show", what: "TRIGGERS", from: "fib" }],
  ["SHOW SESSION VARIABLES LIKE 'sql%'", { kind: "Show", what: "VARIABLES", scope: "SESSION", like: "sql%" }],
  ["SHOW ERRORS", { kind: "Show", what: "ERRORS" }],
  ["SHOW FULL COLUMNS FROM t", { kind: "Show", what: "COLUMNS", full: true, name: qname("t") }],
  [
    "SHOW PROCEDURE STATUS WHERE Db = 'fib'",
    { kind: "Show", what: "PROCEDURE STATUS", where: bin("=", col("Db"), str("fib")) },
  ],
  ["EXPLAIN t", { kind: "Describe", table: qname("t") }],
  ["DESC t", { kind: "Describe", table: qname("t") }],
  ["START TRANSACTION", { kind: "StartTransaction", syntax: "START" }],
  ["START TRANSACTION READ ONLY", { kind: "StartTransaction", syntax: "START", readOnly: true }],
  ["BEGIN", { kind: "StartTransaction", syntax: "BEGIN" }],
  ["BEGIN WORK", { kind: "StartTransaction", syntax: "BEGIN" }],
  ["COMMIT WORK", { kind: "Commit" }],
  ["ROLLBACK", { kind: "Rollback" }],
  ["SAVEPOINT s1", { kind: "Savepoint", name: "s1" }],
  ["ROLLBACK TO SAVEPOINT s1", { kind: "RollbackToSavepoint", name: "s1" }],
  ["RELEASE SAVEPOINT s1", { kind: "ReleaseSavepoint", name: "s1" }],
  ["SET autocommit = 0", set([local("autocommit"), num("0")])],
  [
    "SET NAMES utf8mb4 COLLATE utf8mb4_bin",
    { kind: "Set", assignments: [], names: { charset: "utf8mb4", collation: "utf8mb4_bin" } },
  ],
  [
    "SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED",
    { kind: "Set", assignments: [], transaction: "ISOLATION LEVEL READ COMMITTED" },
  ],
  ["TRUNCATE TABLE t", { kind: "TruncateTable", name: qname("t") }],
  ["SHOW WARNINGS", { kind: "Show", what: "WARNINGS" }],
  ["SHOW CREATE PROCEDURE fib.p", { kind: "Show", what: "CREATE PROCEDURE", name: qname("p", "fib") }],
  ["SHOW FULL TABLES FROM fib LIKE 'f%'", { kind: "Show", what: "TABLES", full: true, from: "fib", like: "f%" }],
  ["DESCRIBE fib.fibonacci", { kind: "Describe", table: qname("fibonacci", "fib") }],
];
