// The errors the query compiler raises, with MySQL 8.0's texts.
//
// MySQL names the clause in 1054/1052 with fixed phrases ('field list', 'where clause', ...). MariaDB 10.11 prints
// different ones ('SELECT', 'WHERE', ...); spbed follows MySQL (see docs/mysql-vs-mariadb.md).

import { SqlError } from "../errors.ts";

/** Where a name is being resolved, for the text of 1054 and 1052. */
export type Clause =
  | "field list"
  | "where clause"
  | "group statement"
  | "having clause"
  | "order clause"
  | "on clause"
  | "from clause";

export function unknownColumn(name: string, clause: Clause): SqlError {
  return new SqlError(1054, "42S22", `Unknown column '${name}' in '${clause}'`);
}

export function ambiguousColumn(name: string, clause: Clause): SqlError {
  return new SqlError(1052, "23000", `Column '${name}' in ${clause} is ambiguous`);
}

export function unknownTable(name: string): SqlError {
  return new SqlError(1051, "42S02", `Unknown table '${name}'`);
}

export function noSuchTable(db: string, name: string): SqlError {
  return new SqlError(1146, "42S02", `Table '${db}.${name}' doesn't exist`);
}

export function noDatabaseSelected(): SqlError {
  return new SqlError(1046, "3D000", "No database selected");
}

export function nonUniqueTable(alias: string): SqlError {
  return new SqlError(1066, "42000", `Not unique table/alias: '${alias}'`);
}

export function subqueryTooManyRows(): SqlError {
  return new SqlError(1242, "21000", "Subquery returns more than 1 row");
}

/** MySQL refuses LIMIT directly inside an IN (or ALL/ANY/SOME) subquery: ER_NOT_SUPPORTED_YET at prepare time. */
export function limitInSubquery(): SqlError {
  return new SqlError(1235, "42000", "This version of MySQL doesn't yet support 'LIMIT & IN/ALL/ANY/SOME subquery'");
}

export function unionColumnCount(): SqlError {
  return new SqlError(1222, "21000", "The used SELECT statements have a different number of columns");
}

export function invalidGroupFunction(): SqlError {
  return new SqlError(1111, "HY000", "Invalid use of group function");
}

export function noTablesUsed(): SqlError {
  return new SqlError(1096, "HY000", "No tables used");
}

export function derivedNeedsAlias(): SqlError {
  return new SqlError(1248, "42000", "Every derived table must have its own alias");
}

export function duplicateColumn(name: string): SqlError {
  return new SqlError(1060, "42S21", `Duplicate column name '${name}'`);
}

export function cantGroupOn(name: string): SqlError {
  return new SqlError(1056, "42000", `Can't group on '${name}'`);
}
