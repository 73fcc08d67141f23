import { describe } from "vitest";
import { cases } from "./cases/string.ts";
import { caseTable } from "./table.ts";

describe("string builtins (recorded on the server)", () => {
  const noPad = (result: string) => ({
    result,
    warnings: [],
    why: "MySQL 8's utf8mb4_0900_ai_ci is NO PAD: trailing spaces count; MariaDB's utf8mb4_general_ci ignores them",
  });
  const uca = (result: string) => ({
    result,
    warnings: [],
    why: "MySQL 8's utf8mb4_0900_ai_ci is UCA, where 'ß' = 'ss' and 'æ' = 'ae'; MariaDB's utf8mb4_general_ci (used to record) has one weight per character",
  });
  caseTable("string", cases, {
    "STRCMP('ß', 'ss')": uca("0"),
    "FIELD('ß', 'ss')": uca("1"),
    "FIND_IN_SET('ss', 'a,ß')": uca("2"),
    "LOCATE('ss', 'straße')": uca("5"),
    "INSTR('xÆy', 'ae')": uca("2"),
    "STRCMP('a ', 'a')": noPad("1"),
    "FIELD('a ', 'a')": noPad("0"),
    "SUBSTRING('abc', '2abc')": {
      result: "bc",
      warnings: [1292],
      why: "MariaDB converts the constant twice and warns twice; MySQL warns once",
    },
  });
});
