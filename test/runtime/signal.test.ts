// SIGNAL and RESIGNAL (checklist C1–C5); expected answers from MariaDB 10.11 (test/differential/cases/runtime/signal.sql).

import { describe, expect, it } from "vitest";
import * as b from "./build.ts";
import { rows, script, TestDb } from "./harness.ts";

function create(db: TestDb, body: Parameters<typeof b.block>[0]) {
  return db.run(b.procedure("p", [], b.block(body)));
}

function callP(body: Parameters<typeof b.block>[0]) {
  const db = new TestDb();
  const created = create(db, body);
  if (created.error) throw new Error(created.error.message);
  return { db, out: db.run(b.call("p")) };
}

const diagItems = (): Parameters<typeof b.getDiag>[0] => [
  [b.uv("cls"), "CLASS_ORIGIN"],
  [b.uv("state"), "RETURNED_SQLSTATE"],
  [b.uv("msg"), "MESSAGE_TEXT"],
  [b.uv("no"), "MYSQL_ERRNO"],
];

describe("SIGNAL defaults (C2)", () => {
  it("class 45 is error 1644 with the default text", () => {
    const { out } = callP([b.signal(b.sqlstate("45000"))]);
    expect(out.error).toEqual({
      errno: 1644,
      sqlstate: "45000",
      message: "Unhandled user-defined exception condition",
    });
  });

  it("class 02 is a NOT FOUND error 1643; setting only MYSQL_ERRNO keeps the default text", () => {
    expect(callP([b.signal(b.sqlstate("02000"))]).out.error?.errno).toBe(1643);
    const { out } = callP([b.signal(b.sqlstate("02000"), [["MYSQL_ERRNO", b.num(1329)]])]);
    expect(out.error).toEqual({
      errno: 1329,
      sqlstate: "02000",
      message: "Unhandled user-defined not found condition",
    });
  });

  it("class 01 is a warning: the procedure continues and the warning stays with the CALL", () => {
    const { db, out } = callP([b.signal(b.sqlstate("01000")), b.select([b.str("after warning signal")])]);
    expect(out.error).toBeUndefined();
    expect(rows(out.results)).toEqual([[["after warning signal"]]]);
    // MySQL 8: the last statement (the SELECT) cleared the area (MariaDB keeps the warning; see docs).
    expect(db.conn.diagnostics.number).toBe(0);
    const { db: db2 } = callP([b.signal(b.sqlstate("01000"))]);
    expect(db2.conn.diagnostics.conditions).toEqual([
      {
        level: "Warning",
        errno: 1642,
        sqlstate: "01000",
        message: "Unhandled user-defined warning condition",
        items: { CLASS_ORIGIN: "", SUBCLASS_ORIGIN: "" },
      },
    ]);
  });

  it("the seed's SIGNAL: items reach GET DIAGNOSTICS in a CONTINUE handler", () => {
    const { db, out } = callP([
      b.handler("CONTINUE", [b.sqlexception], b.getDiag(diagItems(), b.num(1))),
      b.signal(b.sqlstate("45000"), [
        ["MESSAGE_TEXT", b.str("Signal before function invocation")],
        ["MYSQL_ERRNO", b.num(1091)],
      ]),
    ]);
    expect(out.error).toBeUndefined();
    expect(db.userVar("state")).toBe("45000");
    expect(db.userVar("msg")).toBe("Signal before function invocation");
    expect(db.userVar("no")).toBe(1091);
    // SIGNAL copies its unset optional items onto the raised condition (Sql_cmd_signal::execute), so CLASS_ORIGIN
    // is empty, in MySQL as in MariaDB.
    expect(db.userVar("cls")).toBe("");
  });
});

describe("SIGNAL errors (C1, C3, C4)", () => {
  it("rejects bad SQLSTATEs, undeclared names, errno conditions and duplicate items at CREATE", () => {
    const db = new TestDb();
    expect(create(db, [b.signal(b.sqlstate("00000"))]).error).toEqual({
      errno: 1407,
      sqlstate: "42000",
      message: "Bad SQLSTATE: '00000'",
    });
    expect(create(db, [b.signal(b.condName("nocond"))]).error).toEqual({
      errno: 1319,
      sqlstate: "42000",
      message: "Undefined CONDITION: nocond",
    });
    expect(create(db, [b.condition("c", b.errno(1051)), b.signal(b.condName("c"))]).error).toEqual({
      errno: 1646,
      sqlstate: "HY000",
      message: "SIGNAL/RESIGNAL can only use a CONDITION defined with SQLSTATE",
    });
    expect(
      create(db, [
        b.signal(b.sqlstate("45000"), [
          ["MESSAGE_TEXT", b.str("a")],
          ["MESSAGE_TEXT", b.str("b")],
        ]),
      ]).error,
    ).toEqual({ errno: 1641, sqlstate: "42000", message: "Duplicate condition information item 'MESSAGE_TEXT'" });
    expect(create(db, [b.condition("c", b.sqlstate("00000"))]).error?.errno).toBe(1407);
  });

  it("checks MYSQL_ERRNO at run time (1231)", () => {
    expect(callP([b.signal(b.sqlstate("45000"), [["MYSQL_ERRNO", b.num(0)]])]).out.error).toEqual({
      errno: 1231,
      sqlstate: "42000",
      message: "Variable 'MYSQL_ERRNO' can't be set to the value of '0'",
    });
    expect(callP([b.signal(b.sqlstate("45000"), [["MYSQL_ERRNO", b.nul()]])]).out.error?.errno).toBe(1231);
    expect(callP([b.signal(b.sqlstate("45000"), [["MYSQL_ERRNO", b.str("65")]])]).out.error?.errno).toBe(65);
  });

  it("takes MYSQL_ERRNO as the item's integer value (Item::val_int)", () => {
    const errnos = script(`
      CREATE PROCEDURE pv(v VARCHAR(20)) SIGNAL SQLSTATE '45000' SET MYSQL_ERRNO = v;
      CREATE PROCEDURE pd(v DOUBLE) SIGNAL SQLSTATE '45000' SET MYSQL_ERRNO = v;
      CREATE PROCEDURE pdec(v DECIMAL(8,2)) SIGNAL SQLSTATE '45000' SET MYSQL_ERRNO = v;
      CREATE PROCEDURE pu() SIGNAL SQLSTATE '45000' SET MYSQL_ERRNO = @u;
      CALL pv('65.7'); CALL pv('67abc'); CALL pv('x');
      CALL pd(1234.5); CALL pd(1235.5);
      CALL pdec(2.5); CALL pdec(-0.4);
      SET @u = 1002.7e0; CALL pu();
      SET @u = 1001.5; CALL pu();
    `).map((l) => ("error" in l ? l.error : null));
    // A string gives its leading integer; a DOUBLE rounds half to even; a DECIMAL half away from zero; a DOUBLE
    // user variable is truncated (user_var_entry::val_int); 0 and below are 1231.
    expect(errnos).toEqual([65, 67, 1231, 1234, 1236, 3, 1231, 1002, 1002]);
  });

  it("MESSAGE_TEXT over 128 characters is 1648 in strict mode", () => {
    const long = "x".repeat(130);
    expect(callP([b.signal(b.sqlstate("45000"), [["MESSAGE_TEXT", b.str(long)]])]).out.error).toEqual({
      errno: 1648,
      sqlstate: "HY000",
      message: "Data too long for condition item 'MESSAGE_TEXT'",
    });
  });

  it("a named condition resolves to its SQLSTATE", () => {
    const { out } = callP([b.condition("oops", b.sqlstate("45123")), b.signal(b.condName("oops"))]);
    expect(out.error).toEqual({
      errno: 1644,
      sqlstate: "45123",
      message: "Unhandled user-defined exception condition",
    });
  });
});

describe("RESIGNAL (C5)", () => {
  it("outside a handler is 1645", () => {
    expect(callP([b.resignal()]).out.error).toEqual({
      errno: 1645,
      sqlstate: "0K000",
      message: "RESIGNAL when handler not active",
    });
  });

  it("plain RESIGNAL SET changes items and keeps errno and SQLSTATE", () => {
    const { db, out } = callP([
      b.handler(
        "EXIT",
        [b.sqlexception],
        b.block([b.set(b.uv("x"), b.num(1)), b.resignal(undefined, [["MESSAGE_TEXT", b.str("changed")]])]),
      ),
      b.dropTable("nonexist_zz"),
    ]);
    expect(out.error).toEqual({ errno: 1051, sqlstate: "42S02", message: "changed" });
    expect(db.conn.diagnostics.conditions.map((c) => [c.level, c.errno, c.message])).toEqual([
      ["Error", 1051, "changed"],
    ]);
  });

  it("RESIGNAL SQLSTATE keeps the message, takes the class's errno, and keeps the original condition", () => {
    const { db, out } = callP([
      b.handler("EXIT", [b.sqlexception], b.resignal(b.sqlstate("45001"))),
      b.dropTable("nonexist_zz"),
    ]);
    expect(out.error).toEqual({ errno: 1644, sqlstate: "45001", message: "Unknown table 't.nonexist_zz'" });
    expect(db.conn.diagnostics.conditions.map((c) => [c.level, c.errno])).toEqual([
      ["Error", 1051],
      ["Error", 1644],
    ]);
    const r8 = callP([
      b.handler("EXIT", [b.sqlexception], b.resignal(b.sqlstate("45001"), [["MYSQL_ERRNO", b.num(5)]])),
      b.dropTable("nonexist_zz"),
    ]);
    expect(r8.out.error).toEqual({ errno: 5, sqlstate: "45001", message: "Unknown table 't.nonexist_zz'" });
  });
});

describe("RESIGNAL items (C5)", () => {
  it("RESIGNAL SQLSTATE drops the caught condition's items and takes its origins from the caught SQLSTATE", () => {
    const out = script(`
DELIMITER $$
CREATE PROCEDURE p()
BEGIN
  DECLARE EXIT HANDLER FOR SQLEXCEPTION
    GET DIAGNOSTICS CONDITION 2 @tn = TABLE_NAME, @co = CLASS_ORIGIN, @so = SUBCLASS_ORIGIN, @st = RETURNED_SQLSTATE;
  BEGIN
    DECLARE EXIT HANDLER FOR SQLEXCEPTION RESIGNAL SQLSTATE 'XY123';
    SIGNAL SQLSTATE '45000' SET TABLE_NAME = 'tbl';
  END;
END$$
DELIMITER ;
CALL p();
SELECT @tn, @co, @so, @st;
`);
    expect(out).toEqual([{ rows: [["", "ISO 9075", "ISO 9075", "XY123"]] }]);
  });
});
