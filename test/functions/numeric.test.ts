import { describe } from "vitest";
import { cases } from "./cases/numeric.ts";
import { caseTable } from "./table.ts";

describe("numeric and flow builtins (recorded on the server)", () => {
  const invalidLog = {
    result: null,
    warnings: [3020],
    why: "MySQL 8 warns 3020 Invalid argument for logarithm (mathematical-functions.html); MariaDB warns 1365",
  };
  caseTable("numeric", cases, {
    "LN(0)": invalidLog,
    "LOG(0)": invalidLog,
    "LOG(1, 8)": invalidLog,
    "LOG2(-1)": invalidLog,
  });
});
