// The session time zone as the engine sees it: ON UPDATE CURRENT_TIMESTAMP reads @@time_zone like NOW().
import { describe, expect, it } from "vitest";
import { Spbed } from "../../src/index.ts";
import { render } from "../../src/values/render.ts";

describe("@@time_zone", () => {
  it("ON UPDATE and DEFAULT CURRENT_TIMESTAMP take NOW() in the session zone", () => {
    const client = new Spbed().connect();
    client.exec(`
  CREATE DATABASE d; USE d;
  CREATE TABLE t (id INT PRIMARY KEY, v INT, c TIMESTAMP DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP);
  SET timestamp = 1700000000, time_zone = '+05:00';
  INSERT INTO t (id, v) VALUES (1, 1);
  SET timestamp = 1700003600, time_zone = '-03:30';
  UPDATE t SET v = 2;
`);
    const [out] = client.exec("SELECT c, NOW(), @@time_zone FROM t");
    expect(out?.resultSets[0]?.rows[0]?.map(render)).toEqual(["2023-11-14 19:43:20", "2023-11-14 19:43:20", "-03:30"]);
  });

  it("shows an accepted offset with two-digit hours and refuses others with 1298", () => {
    const client = new Spbed().connect();
    client.exec("SET time_zone = '+5:00'");
    expect(client.exec("SELECT @@time_zone")[0]?.resultSets[0]?.rows).toEqual([["+05:00"]]);
    expect(() => client.exec("SET time_zone = '+14:01'")).toThrow("Unknown or incorrect time zone: '+14:01'");
  });

  it("keeps a TIMESTAMP column's instant and shows it in the zone of each read", () => {
    const client = new Spbed().connect();
    client.exec(`
  CREATE DATABASE d; USE d;
  CREATE TABLE t (id INT PRIMARY KEY, ts TIMESTAMP NULL, dt DATETIME NULL);
  SET time_zone = '+05:00';
  INSERT INTO t VALUES (1, '2024-01-01 12:00:00', '2024-01-01 12:00:00');
  SET time_zone = '-03:30';
`);
    const rows = (sql: string) => client.exec(sql)[0]?.resultSets[0]?.rows.map((r) => r.map(render));
    expect(rows("SELECT ts, dt, UNIX_TIMESTAMP(ts) FROM t")).toEqual([
      ["2024-01-01 03:30:00", "2024-01-01 12:00:00", "1704092400"],
    ]);
    expect(rows("SELECT id FROM t WHERE ts = '2024-01-01 03:30:00'")).toEqual([["1"]]);
    expect(rows("SELECT id FROM t WHERE ts = '2024-01-01 12:00:00'")).toEqual([]);
    client.exec("UPDATE t SET dt = ts");
    expect(rows("SELECT dt FROM t")).toEqual([["2024-01-01 03:30:00"]]);
  });

  it("shows NEW/OLD and routine variables of type TIMESTAMP in the zone current when they are read", () => {
    const client = new Spbed().connect();
    client.exec(`
  CREATE DATABASE d; USE d;
  CREATE TABLE t (id INT PRIMARY KEY, ts TIMESTAMP NULL, seen VARCHAR(40));
  DELIMITER //
  CREATE TRIGGER bu BEFORE UPDATE ON t FOR EACH ROW
    BEGIN SET time_zone = '+00:00'; SET NEW.seen = CONCAT(OLD.ts, ' ', NEW.ts); END//
  CREATE FUNCTION f() RETURNS VARCHAR(40) BEGIN
    DECLARE v TIMESTAMP DEFAULT '2024-06-01 10:00:00';
    SET time_zone = '+02:00';
    RETURN v;
  END//
  DELIMITER ;
  SET time_zone = '+05:00';
  INSERT INTO t VALUES (1, '2024-01-01 12:00:00', NULL);
  UPDATE t SET id = 2;
`);
    const rows = (sql: string) => client.exec(sql)[0]?.resultSets[0]?.rows.map((r) => r.map(render));
    expect(rows("SELECT seen, @@time_zone FROM t")).toEqual([["2024-01-01 07:00:00 2024-01-01 07:00:00", "+00:00"]]);
    client.exec("SET time_zone = '+05:00'");
    // v was stored under +05:00 (05:00 UTC) and returned under +02:00.
    expect(rows("SELECT f()")).toEqual([["2024-06-01 07:00:00"]]);
  });

  it("checks TIMESTAMP's range on the instant and names a duplicate in the session zone", () => {
    const client = new Spbed().connect();
    client.exec(`
  CREATE DATABASE d; USE d;
  CREATE TABLE t (ts TIMESTAMP NOT NULL PRIMARY KEY);
  SET time_zone = '+05:00';
`);
    expect(() => client.exec("INSERT INTO t VALUES ('1970-01-01 05:00:00')")).toThrow(
      "Incorrect datetime value: '1970-01-01 05:00:00' for column 'ts' at row 1",
    );
    client.exec("INSERT INTO t VALUES ('1970-01-01 05:00:01'), ('2038-01-19 08:14:07')");
    expect(() => client.exec("INSERT INTO t VALUES ('2038-01-19 08:14:08')")).toThrow("Incorrect datetime value");
    client.exec("SET time_zone = '+00:00'");
    expect(() => client.exec("INSERT INTO t VALUES ('1970-01-01 00:00:01')")).toThrow(
      "Duplicate entry '1970-01-01 00:00:01' for key 't.PRIMARY'",
    );
    client.exec("SET time_zone = '+01:00'");
    expect(() => client.exec("INSERT INTO t VALUES ('1970-01-01 01:00:01')")).toThrow(
      "Duplicate entry '1970-01-01 01:00:01' for key 't.PRIMARY'",
    );
  });

  it("fixes a TIMESTAMP's literal default to the instant it named when the table was created", () => {
    const client = new Spbed().connect();
    client.exec(`
  CREATE DATABASE d; USE d;
  SET time_zone = '+05:00';
  CREATE TABLE t (id INT PRIMARY KEY, ts TIMESTAMP NULL DEFAULT '2024-01-01 12:00:00');
  SET time_zone = '+00:00';
  INSERT INTO t (id) VALUES (1);
  INSERT INTO t VALUES (2, DEFAULT(ts));
  INSERT INTO t VALUES (3, NULL);
  UPDATE t SET ts = DEFAULT WHERE id = 3;
`);
    const rows = (sql: string) => client.exec(sql)[0]?.resultSets[0]?.rows.map((r) => r.map(render));
    expect(rows("SELECT ts FROM t ORDER BY id")).toEqual([
      ["2024-01-01 07:00:00"],
      ["2024-01-01 07:00:00"],
      ["2024-01-01 07:00:00"],
    ]);
    expect(rows("SHOW CREATE TABLE t")?.[0]?.[1]).toContain("`ts` timestamp NULL DEFAULT '2024-01-01 07:00:00'");
  });

  it("refuses a TIMESTAMP default the column would not store with 1067, in any sql_mode", () => {
    const client = new Spbed().connect();
    client.exec("CREATE DATABASE d; USE d; SET time_zone = '+05:00'");
    for (const d of ["'abc'", "'1970-01-01 05:00:00'", "0"])
      expect(() => client.exec(`CREATE TABLE t (ts TIMESTAMP DEFAULT ${d})`), d).toThrow(
        "Invalid default value for 'ts'",
      );
    client.exec("SET sql_mode = ''");
    expect(() => client.exec("CREATE TABLE t (ts TIMESTAMP DEFAULT '2038-01-19 08:14:08')")).toThrow(
      "Invalid default value for 'ts'",
    );
    // Without NO_ZERO_DATE the number 0 is the zero timestamp, with no warning.
    client.exec("CREATE TABLE z (ts TIMESTAMP NOT NULL DEFAULT 0, d DATETIME NULL)");
    client.exec("INSERT INTO z (d) VALUES (0)");
    expect(client.exec("SHOW WARNINGS")[0]?.resultSets[0]?.rows).toEqual([]);
    expect(client.exec("SELECT ts, d FROM z")[0]?.resultSets[0]?.rows.map((r) => r.map(render))).toEqual([
      ["0000-00-00 00:00:00", "0000-00-00 00:00:00"],
    ]);
  });

  it("keeps a cursor's TIMESTAMP column as an instant from OPEN to FETCH", () => {
    const client = new Spbed().connect();
    client.exec(`
  CREATE DATABASE d; USE d;
  CREATE TABLE t (id INT PRIMARY KEY, ts TIMESTAMP NULL);
  SET time_zone = '+05:00';
  INSERT INTO t VALUES (1, '2024-01-01 12:00:00');
  DELIMITER //
  CREATE PROCEDURE p() BEGIN
    DECLARE v, w DATETIME;
    DECLARE cur CURSOR FOR SELECT ts, ts + INTERVAL 0 SECOND FROM t;
    OPEN cur;
    SET time_zone = '+00:00';
    FETCH cur INTO v, w;
    SELECT v, w;
  END//
  DELIMITER ;
`);
    const [out] = client.exec("CALL p()");
    expect(out?.resultSets[0]?.rows.map((r) => r.map(render))).toEqual([
      ["2024-01-01 07:00:00", "2024-01-01 12:00:00"],
    ]);
  });
});
