import { describe } from "vitest";
import { cases } from "./cases/string.ts";
import { caseTable } from "./table.ts";

describe("string builtins (recorded on the server)", () => {
  caseTable("string", cases, {
    "SUBSTRING('abc', '2abc')": {
      result: "bc",
      warnings: [1292],
      why: "MariaDB converts the constant twice and warns twice; MySQL warns once",
    },
    "SUBSTRING_INDEX('aaa', 'aa', -1)": {
      result: "",
      warnings: [],
      why: "MySQL's String::strrstr takes the match that ends at the end of the string; MariaDB returns 'a'",
    },
  });
});
