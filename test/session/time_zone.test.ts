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
});
