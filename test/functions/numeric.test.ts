import { describe } from "vitest";
import { cases } from "./cases/numeric.ts";
import { caseTable } from "./table.ts";

describe("numeric and flow builtins (recorded on the server)", () => {
  caseTable("numeric", cases, {});
});
