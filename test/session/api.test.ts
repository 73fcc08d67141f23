import { describe, expect, it } from "vitest";
import { FaultPlan, Spbed, SqlError } from "../../src/index.ts";

describe("the public API, as the README's tour uses it", () => {
  it("runs the tour's trigger: a strict-mode error caught by a CONTINUE handler", () => {
    const client = new Spbed().connect();
    client.exec(`
  CREATE DATABASE d; USE d;
  CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR(5), note TEXT);
  DELIMITER $$
  CREATE TRIGGER bi BEFORE INSERT ON t FOR EACH ROW
  BEGIN
    DECLARE CONTINUE HANDLER FOR SQLEXCEPTION
      GET DIAGNOSTICS CONDITION 1 @m = MESSAGE_TEXT;
    SET NEW.v = 'too long for five';
    SET NEW.note = @m;
  END$$
  DELIMITER ;
  INSERT INTO t (id) VALUES (1);
`);
    const [out] = client.exec("SELECT id, v, note FROM t");
    // MySQL keeps the clipped value in NEW.v when a CONTINUE handler catches the strict-mode error.
    expect(out?.resultSets[0]?.rows).toEqual([[1, "too l", "Data too long for column 'v' at row 1"]]);
  });

  it("exec throws SqlError with MySQL's errno and SQLSTATE", () => {
    const client = new Spbed().connect();
    let caught: unknown;
    try {
      client.exec("SIGNAL SQLSTATE '45000' SET MYSQL_ERRNO = 1091, MESSAGE_TEXT = 'no'");
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(SqlError);
    expect((caught as SqlError).errno).toBe(1091);
    expect((caught as SqlError).sqlstate).toBe("45000");
  });

  it("injects a lost reply: the function runs, the caller gets error 1873", () => {
    const spbed = new Spbed();
    spbed.functions.faults = new FaultPlan([{ function: "fibonacci", calls: [1], fault: { kind: "lost-reply" } }]);
    const client = spbed.connect();
    const [r] = client.run("SELECT lambda_sync('arn:aws:lambda:us-west-2:1:function:fibonacci', '{\"fib\": 3}')");
    expect(r?.ok).toBe(false);
    if (r !== undefined && !r.ok) expect(r.error.errno).toBe(1873);
    expect(spbed.functions.log.map((i) => [i.outcome, i.executed])).toEqual([["lost-reply", true]]);
  });

  it("snapshot and restore put the server back", () => {
    const spbed = new Spbed();
    const client = spbed.connect();
    client.exec("CREATE DATABASE d; USE d; CREATE TABLE t (a INT PRIMARY KEY); INSERT INTO t VALUES (1)");
    const snap = spbed.server.snapshot();
    client.exec("INSERT INTO t VALUES (2); DELETE FROM t WHERE a = 1");
    spbed.server.restore(snap);
    const [out] = client.exec("SELECT a FROM t");
    expect(out?.resultSets[0]?.rows).toEqual([[1]]);
  });
});

describe("crash plans", () => {
  it("can stop the server between two statements of a trigger; the insert is rolled back", () => {
    const spbed = new Spbed();
    const client = spbed.connect();
    client.exec(`CREATE DATABASE d; USE d; CREATE TABLE t (a INT PRIMARY KEY, b INT); CREATE TABLE log (m TEXT);
DELIMITER $$
CREATE TRIGGER bi BEFORE INSERT ON t FOR EACH ROW
BEGIN
  INSERT INTO log VALUES ('first');
  SET NEW.b = 1;
  INSERT INTO log VALUES ('second');
END$$
DELIMITER ;
INSERT INTO t VALUES (1, 0)`);
    let statements = 0;
    spbed.server.onCheckpoint = (label) => {
      if (label === "statement" && ++statements === 2) spbed.server.crash();
    };
    const [r] = client.run("INSERT INTO t VALUES (2, 0)");
    spbed.server.onCheckpoint = undefined;
    expect(r?.ok).toBe(false);
    if (r !== undefined && !r.ok) expect(r.error.errno).toBe(2013);
    spbed.server.restart();
    const after = spbed.connect();
    const [rows] = after.exec("SELECT (SELECT COUNT(*) FROM d.t), (SELECT COUNT(*) FROM d.log)");
    expect(rows?.resultSets[0]?.rows).toEqual([[1, 2]]);
  });
});
