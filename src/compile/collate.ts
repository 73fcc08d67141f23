// Choosing the collation of a comparison from its operands, as MySQL's DTCollation::aggregate does: the operand
// with the lower coercibility wins (COLLATE beats a column or variable, which beats a literal, which beats a
// number); a binary string makes the comparison binary; two different collations of equal coercibility are
// error 1267, unless one of them is a _bin collation (it wins).

import { SqlError } from "../errors.ts";
import { type Collation, collation } from "../values/collation.ts";
import { COERCIBILITY_NAMES, Coercibility, type Node } from "./node.ts";

export interface Derived {
  readonly collation: Collation;
  readonly coercibility: number;
}

function ofNode(n: Node, fallback: string): Derived {
  if (n.type.kind === "string") return { collation: collation(n.type.collation), coercibility: n.coercibility };
  // Numbers and temporals are converted with the connection collation when compared with a string.
  return {
    collation: collation(fallback),
    coercibility: n.type.kind === "null" ? Coercibility.IGNORABLE : Coercibility.NUMERIC,
  };
}

function illegalMix(a: Derived, b: Derived, op: string): SqlError {
  return new SqlError(
    1267,
    "HY000",
    `Illegal mix of collations (${a.collation.name},${COERCIBILITY_NAMES[a.coercibility]}) and (${b.collation.name},${COERCIBILITY_NAMES[b.coercibility]}) for operation '${op}'`,
  );
}

/** The collation under which `nodes` compare; throws 1267 for an illegal mix. */
export function aggregateCollation(nodes: readonly Node[], connection: string, op: string): Derived {
  let acc: Derived | undefined;
  for (const n of nodes) {
    const d = ofNode(n, connection);
    if (acc === undefined) {
      acc = d;
      continue;
    }
    if (d.collation.name === acc.collation.name) {
      if (d.coercibility < acc.coercibility) acc = d;
      continue;
    }
    // A binary string wins over any character string, whatever the coercibility.
    if (acc.collation.name === "binary") continue;
    if (d.collation.name === "binary") {
      acc = d;
      continue;
    }
    if (d.coercibility < acc.coercibility) acc = d;
    else if (d.coercibility === acc.coercibility) {
      if (d.coercibility === Coercibility.EXPLICIT) throw illegalMix(acc, d, op);
      if (acc.collation.name.endsWith("_bin")) continue;
      if (d.collation.name.endsWith("_bin")) acc = d;
      else if (d.coercibility <= Coercibility.IMPLICIT) throw illegalMix(acc, d, op);
    }
  }
  return acc ?? { collation: collation(connection), coercibility: Coercibility.COERCIBLE };
}
