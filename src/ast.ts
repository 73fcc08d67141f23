// The typed AST of spbed's SQL subset.
//
// Every node has a literal `kind` and the offsets `start` (inclusive) and `end` (exclusive) into the file it came
// from. Line and column are derived from an offset only when an error is reported (see src/errors.ts). Nodes are
// plain data and never mutated after the parser builds them.
//
// Identifiers keep the spelling the user wrote (without backticks); comparisons of names are case-insensitive where
// MySQL's are, and that is decided by the consumer, not here.

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A possibly qualified name: `t`, `db.t`. */
export interface QualifiedName extends Span {
  readonly kind: "QualifiedName";
  readonly schema?: string;
  readonly name: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Data types

export type TypeName =
  | "TINYINT"
  | "SMALLINT"
  | "MEDIUMINT"
  | "INT"
  | "BIGINT"
  | "DECIMAL"
  | "FLOAT"
  | "DOUBLE"
  | "BIT"
  | "CHAR"
  | "VARCHAR"
  | "BINARY"
  | "VARBINARY"
  | "TINYTEXT"
  | "TEXT"
  | "MEDIUMTEXT"
  | "LONGTEXT"
  | "TINYBLOB"
  | "BLOB"
  | "MEDIUMBLOB"
  | "LONGBLOB"
  | "BOOLEAN"
  | "DATE"
  | "DATETIME"
  | "TIMESTAMP"
  | "TIME"
  | "YEAR"
  | "JSON"
  | "ENUM";

/**
 * A column, variable or parameter type. Synonyms are normalised by the parser: INTEGER is INT, BOOL is BOOLEAN,
 * NUMERIC/DEC/FIXED are DECIMAL, REAL and DOUBLE PRECISION are DOUBLE.
 */
export interface DataType extends Span {
  readonly kind: "DataType";
  readonly name: TypeName;
  /** Display width, length, or DECIMAL precision: `VARCHAR(32)` has length 32. */
  readonly length?: number;
  /** DECIMAL scale, or fractional seconds precision of DATETIME/TIME/TIMESTAMP. */
  readonly scale?: number;
  readonly unsigned?: boolean;
  readonly zerofill?: boolean;
  readonly charset?: string;
  readonly collation?: string;
  /** ENUM members. */
  readonly values?: readonly string[];
}

/** Target types of CAST(x AS t) and CONVERT(x, t). */
export interface CastType extends Span {
  readonly kind: "CastType";
  readonly name:
    | "SIGNED"
    | "UNSIGNED"
    | "DECIMAL"
    | "CHAR"
    | "BINARY"
    | "DOUBLE"
    | "FLOAT"
    | "DATE"
    | "DATETIME"
    | "TIME"
    | "JSON";
  readonly length?: number;
  readonly scale?: number;
  readonly charset?: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Expressions

export type Expr =
  | NullLiteral
  | BoolLiteral
  | NumberLiteral
  | StringLiteral
  | HexLiteral
  | BitLiteral
  | TemporalLiteral
  | ColumnRef
  | UserVar
  | SystemVar
  | AssignUserVar
  | Unary
  | Binary
  | Is
  | Like
  | Regexp
  | Between
  | InList
  | InSubquery
  | Quantified
  | Exists
  | ScalarSubquery
  | CaseExpr
  | FunctionCall
  | AggregateCall
  | CastExpr
  | ConvertUsing
  | Collate
  | Interval
  | RowExpr
  | DefaultExpr
  | JsonArrow
  | Star;

export interface NullLiteral extends Span {
  readonly kind: "Null";
}
export interface BoolLiteral extends Span {
  readonly kind: "Bool";
  readonly value: boolean;
}
/**
 * A numeric literal exactly as written. `numberKind` follows MySQL: digits only are integers (BIGINT, or DECIMAL when
 * they do not fit in 64 bits), a point makes DECIMAL, an exponent makes DOUBLE.
 */
export interface NumberLiteral extends Span {
  readonly kind: "Number";
  readonly text: string;
  readonly numberKind: "int" | "decimal" | "double";
}
/** A string literal with escapes decoded. Adjacent literals are concatenated by the parser, as MySQL does. */
export interface StringLiteral extends Span {
  readonly kind: "String";
  readonly value: string;
  /** Charset introducer such as `_utf8mb4` (without the underscore), or `_binary`; `N'...'` is `utf8mb3`. */
  readonly charset?: string;
}
/** `DATE '2001-02-03'`, `TIME '12:00:00'`, `TIMESTAMP '2001-02-03 12:00:00'`: the string as written. */
export interface TemporalLiteral extends Span {
  readonly kind: "TemporalLiteral";
  readonly type: "DATE" | "TIME" | "TIMESTAMP";
  readonly text: string;
}
/** `X'4142'` or `0x4142`: the hex digits as written (without prefix). */
export interface HexLiteral extends Span {
  readonly kind: "Hex";
  readonly digits: string;
  readonly form: "x" | "0x";
}
/** `b'0101'` or `0b0101`. */
export interface BitLiteral extends Span {
  readonly kind: "Bit";
  readonly digits: string;
  readonly form: "b" | "0b";
}
/**
 * A bare or qualified name used as a value: `x` (local variable, parameter or column, resolved by the compiler),
 * `t.c`, `db.t.c`, `NEW.col`, `OLD.col`. `qualifier` holds the parts before the last one.
 */
export interface ColumnRef extends Span {
  readonly kind: "ColumnRef";
  readonly qualifier: readonly string[];
  readonly name: string;
}
/** `@name` or `@'quoted name'`. */
export interface UserVar extends Span {
  readonly kind: "UserVar";
  readonly name: string;
}
/** `@@name`, `@@session.name`, `@@global.name`. */
export interface SystemVar extends Span {
  readonly kind: "SystemVar";
  readonly scope: "SESSION" | "GLOBAL" | "DEFAULT";
  readonly name: string;
}
/** `@name := expr`. */
export interface AssignUserVar extends Span {
  readonly kind: "AssignUserVar";
  readonly name: string;
  readonly value: Expr;
}
export type UnaryOp = "-" | "+" | "~" | "!" | "NOT" | "BINARY";
export interface Unary extends Span {
  readonly kind: "Unary";
  readonly op: UnaryOp;
  readonly operand: Expr;
}
/** `||` is OR (sql_mode without PIPES_AS_CONCAT) and `&&` is AND; the parser normalises both. */
export type BinaryOp =
  | "OR"
  | "XOR"
  | "AND"
  | "="
  | "<=>"
  | "<>"
  | "<"
  | "<="
  | ">"
  | ">="
  | "|"
  | "&"
  | "<<"
  | ">>"
  | "+"
  | "-"
  | "*"
  | "/"
  | "DIV"
  | "%"
  | "^";
export interface Binary extends Span {
  readonly kind: "Binary";
  readonly op: BinaryOp;
  readonly left: Expr;
  readonly right: Expr;
}
/** `x IS [NOT] NULL|TRUE|FALSE|UNKNOWN`. */
export interface Is extends Span {
  readonly kind: "Is";
  readonly operand: Expr;
  readonly test: "NULL" | "TRUE" | "FALSE" | "UNKNOWN";
  readonly not: boolean;
}
export interface Like extends Span {
  readonly kind: "Like";
  readonly operand: Expr;
  readonly pattern: Expr;
  readonly escape?: Expr;
  readonly not: boolean;
}
/** `x [NOT] REGEXP|RLIKE y`. */
export interface Regexp extends Span {
  readonly kind: "Regexp";
  readonly operand: Expr;
  readonly pattern: Expr;
  readonly not: boolean;
}
export interface Between extends Span {
  readonly kind: "Between";
  readonly operand: Expr;
  readonly low: Expr;
  readonly high: Expr;
  readonly not: boolean;
}
export interface InList extends Span {
  readonly kind: "InList";
  readonly operand: Expr;
  readonly list: readonly Expr[];
  readonly not: boolean;
}
export interface InSubquery extends Span {
  readonly kind: "InSubquery";
  readonly operand: Expr;
  readonly query: SelectStmt;
  readonly not: boolean;
}
/** The comparison operators that take ANY/SOME/ALL before a subquery (not `<=>`). */
export type QuantifiedOp = "=" | "<>" | "<" | "<=" | ">" | ">=";
/** `x op ANY|SOME|ALL (subquery)`. SOME is a synonym of ANY and is read as ANY. */
export interface Quantified extends Span {
  readonly kind: "Quantified";
  readonly op: QuantifiedOp;
  readonly quantifier: "ANY" | "ALL";
  readonly operand: Expr;
  readonly query: SelectStmt;
}
export interface Exists extends Span {
  readonly kind: "Exists";
  readonly query: SelectStmt;
}
export interface ScalarSubquery extends Span {
  readonly kind: "ScalarSubquery";
  readonly query: SelectStmt;
}
export interface WhenClause<T> extends Span {
  readonly kind: "When";
  readonly when: Expr;
  readonly then: T;
}
/** `CASE [operand] WHEN .. THEN .. [ELSE ..] END` as an expression. */
export interface CaseExpr extends Span {
  readonly kind: "CaseExpr";
  readonly operand?: Expr;
  readonly whens: readonly WhenClause<Expr>[];
  readonly else?: Expr;
}
/**
 * A call of a builtin or stored function. The special syntaxes are normalised to plain argument lists:
 * TRIM([BOTH|LEADING|TRAILING] [r] FROM s) becomes name TRIM with `trim` set and args [s, r?];
 * POSITION(a IN b) becomes LOCATE(a, b); SUBSTRING(s FROM p FOR n) becomes SUBSTRING(s, p, n).
 * `schema` is set for `db.f(...)`.
 */
export interface FunctionCall extends Span {
  readonly kind: "FunctionCall";
  readonly schema?: string;
  readonly name: string;
  readonly args: readonly Expr[];
  readonly trim?: "BOTH" | "LEADING" | "TRAILING";
  /**
   * The name as the user wrote it, when that differs from `name`: unqualified names are upper-cased (builtins are
   * case-insensitive), but a stored function's messages ("FUNCTION d.fibcomp does not exist") use the spelling.
   */
  readonly written?: string;
}
export type AggregateName = "COUNT" | "SUM" | "MIN" | "MAX" | "AVG" | "GROUP_CONCAT" | "BIT_AND" | "BIT_OR" | "BIT_XOR";
/** Aggregates, kept apart from function calls because they change how a SELECT is evaluated. `COUNT(*)` has args [Star]. */
export interface AggregateCall extends Span {
  readonly kind: "AggregateCall";
  readonly name: AggregateName;
  readonly distinct: boolean;
  readonly args: readonly Expr[];
  /** GROUP_CONCAT only. */
  readonly orderBy?: readonly OrderItem[];
  readonly separator?: string;
}
/** CAST(x AS t) and CONVERT(x, t). */
export interface CastExpr extends Span {
  readonly kind: "Cast";
  readonly operand: Expr;
  readonly target: CastType;
  readonly syntax: "CAST" | "CONVERT";
}
/** CONVERT(x USING charset). */
export interface ConvertUsing extends Span {
  readonly kind: "ConvertUsing";
  readonly operand: Expr;
  readonly charset: string;
}
export interface Collate extends Span {
  readonly kind: "Collate";
  readonly operand: Expr;
  readonly collation: string;
}
/** `INTERVAL expr unit`, only as an operand of + and - or of DATE_ADD/DATE_SUB. */
export interface Interval extends Span {
  readonly kind: "Interval";
  readonly value: Expr;
  readonly unit: string;
}
/** `(a, b)` row constructor. A single parenthesised expression is not a RowExpr. */
export interface RowExpr extends Span {
  readonly kind: "Row";
  readonly items: readonly Expr[];
}
/** `DEFAULT` in INSERT values or `DEFAULT(col)`. */
export interface DefaultExpr extends Span {
  readonly kind: "Default";
  readonly column?: string;
}
/** `col->'$.path'` and `col->>'$.path'`. */
export interface JsonArrow extends Span {
  readonly kind: "JsonArrow";
  readonly operand: Expr;
  readonly path: StringLiteral;
  readonly unquote: boolean;
}
/** `*` or `t.*` in a select list, and the argument of COUNT(*). */
export interface Star extends Span {
  readonly kind: "Star";
  readonly qualifier?: readonly string[];
}

// ---------------------------------------------------------------------------------------------------------------
// Queries

export interface SelectItem extends Span {
  readonly kind: "SelectItem";
  readonly expr: Expr;
  readonly alias?: string;
}
export interface OrderItem extends Span {
  readonly kind: "OrderItem";
  readonly expr: Expr;
  readonly desc: boolean;
}
export interface Limit extends Span {
  readonly kind: "Limit";
  readonly count: Expr;
  readonly offset?: Expr;
}
export type TableRef = TableName | DerivedTable | Join;
export interface TableName extends Span {
  readonly kind: "TableName";
  readonly name: QualifiedName;
  readonly alias?: string;
}
export interface DerivedTable extends Span {
  readonly kind: "DerivedTable";
  readonly query: SelectStmt;
  readonly alias: string;
}
export interface Join extends Span {
  readonly kind: "Join";
  readonly type: "INNER" | "LEFT" | "RIGHT" | "CROSS";
  readonly left: TableRef;
  readonly right: TableRef;
  readonly on?: Expr;
  readonly using?: readonly string[];
}
export interface SelectStmt extends Span {
  readonly kind: "Select";
  readonly distinct: boolean;
  readonly items: readonly SelectItem[];
  /** Comma-separated FROM items; each may be a join tree. */
  readonly from: readonly TableRef[];
  readonly where?: Expr;
  readonly groupBy: readonly Expr[];
  readonly having?: Expr;
  readonly orderBy: readonly OrderItem[];
  readonly limit?: Limit;
  /** SELECT ... INTO var, ... (local variables or @user variables). */
  readonly into?: readonly Target[];
  readonly forUpdate?: boolean;
  /** SELECT ... UNION [ALL] SELECT ...: the following parts, in order. */
  readonly union?: readonly { readonly all: boolean; readonly select: SelectStmt }[];
}

// ---------------------------------------------------------------------------------------------------------------
// Assignment targets

/** What SET, SELECT INTO, FETCH INTO and GET DIAGNOSTICS write to. */
export type Target = LocalTarget | UserVar | SystemVarTarget | RowFieldTarget;
/** A plain name: a local variable or parameter. */
export interface LocalTarget extends Span {
  readonly kind: "LocalTarget";
  readonly name: string;
}
/** `NEW.col` or `OLD.col` (OLD is parsed so that assigning to it can fail with MySQL's error 1362). */
export interface RowFieldTarget extends Span {
  readonly kind: "RowFieldTarget";
  readonly row: "NEW" | "OLD";
  readonly column: string;
}
/** `@@x`, `@@session.x`, `SESSION x`, `GLOBAL x`, or a bare system variable name such as `autocommit`. */
export interface SystemVarTarget extends Span {
  readonly kind: "SystemVarTarget";
  readonly scope: "SESSION" | "GLOBAL" | "DEFAULT";
  readonly name: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Statements

export type Statement =
  // definitions
  | CreateDatabase
  | DropDatabase
  | Use
  | CreateTable
  | DropTable
  | TruncateTable
  | CreateRoutine
  | DropRoutine
  | CreateTrigger
  | DropTrigger
  // data
  | SelectStmt
  | Insert
  | Update
  | Delete
  // transactions
  | StartTransaction
  | Commit
  | Rollback
  | Savepoint
  | RollbackToSavepoint
  | ReleaseSavepoint
  // session
  | SetStmt
  | Show
  | Describe
  | Do
  | Call
  // compound statements (inside routine bodies; BEGIN..END is also accepted as a body at top level of CREATE)
  | Block
  | DeclareVar
  | DeclareCondition
  | DeclareHandler
  | DeclareCursor
  | If
  | CaseStmt
  | While
  | Repeat
  | Loop
  | Leave
  | Iterate
  | Return
  | Open
  | Fetch
  | Close
  | Signal
  | Resignal
  | GetDiagnostics;

export interface CreateDatabase extends Span {
  readonly kind: "CreateDatabase";
  readonly name: string;
  readonly ifNotExists: boolean;
  readonly charset?: string;
  readonly collation?: string;
}
export interface DropDatabase extends Span {
  readonly kind: "DropDatabase";
  readonly name: string;
  readonly ifExists: boolean;
}
export interface Use extends Span {
  readonly kind: "Use";
  readonly name: string;
}

export interface ColumnDef extends Span {
  readonly kind: "ColumnDef";
  readonly name: string;
  readonly type: DataType;
  /** undefined when neither NULL nor NOT NULL was written. */
  readonly nullable?: boolean;
  readonly default?: Expr;
  readonly autoIncrement: boolean;
  readonly primaryKey: boolean;
  readonly unique: boolean;
  readonly comment?: string;
  readonly onUpdateCurrentTimestamp?: boolean;
}
export interface IndexDef extends Span {
  readonly kind: "IndexDef";
  readonly type: "PRIMARY" | "UNIQUE" | "INDEX";
  readonly name?: string;
  readonly columns: readonly string[];
}
export interface TableOption extends Span {
  readonly kind: "TableOption";
  /** Upper-cased option name: ENGINE, CHARSET (also for CHARACTER SET), COLLATE, AUTO_INCREMENT, COMMENT. */
  readonly name: string;
  readonly value: string;
}
export interface CreateTable extends Span {
  readonly kind: "CreateTable";
  readonly name: QualifiedName;
  readonly ifNotExists: boolean;
  readonly temporary: boolean;
  readonly columns: readonly ColumnDef[];
  readonly indexes: readonly IndexDef[];
  readonly options: readonly TableOption[];
  /** CREATE TABLE t LIKE other. */
  readonly like?: QualifiedName;
  /** CREATE TABLE t [(...)] [IGNORE | REPLACE] [AS] SELECT ...: the rows and the selected columns. */
  readonly select?: SelectStmt;
  readonly onDuplicate?: "IGNORE" | "REPLACE";
}
export interface DropTable extends Span {
  readonly kind: "DropTable";
  readonly names: readonly QualifiedName[];
  readonly ifExists: boolean;
  readonly temporary: boolean;
}
export interface TruncateTable extends Span {
  readonly kind: "TruncateTable";
  readonly name: QualifiedName;
}

export interface Param extends Span {
  readonly kind: "Param";
  /** Always IN for functions. */
  readonly mode: "IN" | "OUT" | "INOUT";
  readonly name: string;
  readonly type: DataType;
}
export interface Characteristics {
  readonly deterministic?: boolean;
  readonly dataAccess?: "CONTAINS SQL" | "NO SQL" | "READS SQL DATA" | "MODIFIES SQL DATA";
  readonly security?: "DEFINER" | "INVOKER";
  readonly comment?: string;
  readonly language?: "SQL";
}
export interface CreateRoutine extends Span {
  readonly kind: "CreateRoutine";
  readonly routineType: "PROCEDURE" | "FUNCTION";
  readonly definer?: string;
  readonly ifNotExists: boolean;
  readonly name: QualifiedName;
  readonly params: readonly Param[];
  /** FUNCTION only. */
  readonly returns?: DataType;
  readonly characteristics: Characteristics;
  readonly body: Statement;
  /** The source text of the whole CREATE statement, for SHOW CREATE and information_schema. */
  readonly source: string;
}
export interface DropRoutine extends Span {
  readonly kind: "DropRoutine";
  readonly routineType: "PROCEDURE" | "FUNCTION";
  readonly name: QualifiedName;
  readonly ifExists: boolean;
}
export interface CreateTrigger extends Span {
  readonly kind: "CreateTrigger";
  readonly definer?: string;
  readonly ifNotExists: boolean;
  readonly name: QualifiedName;
  readonly timing: "BEFORE" | "AFTER";
  readonly event: "INSERT" | "UPDATE" | "DELETE";
  readonly table: QualifiedName;
  readonly order?: { readonly position: "FOLLOWS" | "PRECEDES"; readonly other: string };
  readonly body: Statement;
  readonly source: string;
}
export interface DropTrigger extends Span {
  readonly kind: "DropTrigger";
  readonly name: QualifiedName;
  readonly ifExists: boolean;
}

export interface Assignment extends Span {
  readonly kind: "Assignment";
  readonly column: ColumnRef;
  readonly value: Expr;
}
export interface Insert extends Span {
  readonly kind: "Insert";
  /** REPLACE INTO is an Insert with `replace` set. */
  readonly replace: boolean;
  readonly ignore: boolean;
  readonly table: QualifiedName;
  readonly columns?: readonly string[];
  /** Exactly one of values, set and select is present. */
  readonly values?: readonly (readonly Expr[])[];
  readonly set?: readonly Assignment[];
  readonly select?: SelectStmt;
  readonly onDuplicate?: readonly Assignment[];
}
export interface Update extends Span {
  readonly kind: "Update";
  readonly ignore: boolean;
  readonly tables: readonly TableRef[];
  readonly set: readonly Assignment[];
  readonly where?: Expr;
  readonly orderBy: readonly OrderItem[];
  readonly limit?: Limit;
}
export interface Delete extends Span {
  readonly kind: "Delete";
  readonly ignore: boolean;
  readonly table: QualifiedName;
  readonly where?: Expr;
  readonly orderBy: readonly OrderItem[];
  readonly limit?: Limit;
}

export interface StartTransaction extends Span {
  readonly kind: "StartTransaction";
  /** BEGIN [WORK] or START TRANSACTION. */
  readonly syntax: "BEGIN" | "START";
  readonly readOnly?: boolean;
}
export interface Commit extends Span {
  readonly kind: "Commit";
}
export interface Rollback extends Span {
  readonly kind: "Rollback";
}
export interface Savepoint extends Span {
  readonly kind: "Savepoint";
  readonly name: string;
}
export interface RollbackToSavepoint extends Span {
  readonly kind: "RollbackToSavepoint";
  readonly name: string;
}
export interface ReleaseSavepoint extends Span {
  readonly kind: "ReleaseSavepoint";
  readonly name: string;
}

export interface SetAssignment extends Span {
  readonly kind: "SetAssignment";
  readonly target: Target;
  readonly value: Expr;
}
/** SET a = 1, @b = 2, NEW.c = 3, SESSION x = 4, @@y = 5. Also SET NAMES/CHARACTER SET as `names`. */
export interface SetStmt extends Span {
  readonly kind: "Set";
  readonly assignments: readonly SetAssignment[];
  readonly names?: { readonly charset: string; readonly collation?: string };
  /** SET TRANSACTION ISOLATION LEVEL ... (recorded, not enforced). */
  readonly transaction?: string;
}
export interface Show extends Span {
  readonly kind: "Show";
  readonly what:
    | "DATABASES"
    | "TABLES"
    | "CREATE TABLE"
    | "CREATE PROCEDURE"
    | "CREATE FUNCTION"
    | "CREATE TRIGGER"
    | "TRIGGERS"
    | "PROCEDURE STATUS"
    | "FUNCTION STATUS"
    | "WARNINGS"
    | "ERRORS"
    | "COUNT WARNINGS"
    | "COUNT ERRORS"
    | "VARIABLES"
    | "COLUMNS";
  readonly name?: QualifiedName;
  readonly from?: string;
  readonly like?: string;
  readonly where?: Expr;
  readonly full?: boolean;
  readonly scope?: "SESSION" | "GLOBAL";
}
export interface Describe extends Span {
  readonly kind: "Describe";
  readonly table: QualifiedName;
}
export interface Do extends Span {
  readonly kind: "Do";
  readonly exprs: readonly Expr[];
}
export interface Call extends Span {
  readonly kind: "Call";
  readonly name: QualifiedName;
  readonly args: readonly Expr[];
}

export interface Block extends Span {
  readonly kind: "Block";
  readonly label?: string;
  /** A label after END that does not repeat `label` (`a: LOOP ... END LOOP b`, or no `label`): 1310 at CREATE. */
  readonly mismatchedEndLabel?: string;
  readonly body: readonly Statement[];
}
export interface DeclareVar extends Span {
  readonly kind: "DeclareVar";
  readonly names: readonly string[];
  readonly type: DataType;
  readonly default?: Expr;
}
/** A condition value in DECLARE CONDITION / HANDLER and SIGNAL. */
export type ConditionValue =
  | { readonly kind: "SqlState"; readonly value: string; readonly start: number; readonly end: number }
  | { readonly kind: "ErrorCode"; readonly value: number; readonly start: number; readonly end: number }
  | { readonly kind: "ConditionName"; readonly name: string; readonly start: number; readonly end: number }
  | { readonly kind: "SqlException"; readonly start: number; readonly end: number }
  | { readonly kind: "SqlWarning"; readonly start: number; readonly end: number }
  | { readonly kind: "NotFound"; readonly start: number; readonly end: number };
export interface DeclareCondition extends Span {
  readonly kind: "DeclareCondition";
  readonly name: string;
  readonly value: ConditionValue;
}
export interface DeclareHandler extends Span {
  readonly kind: "DeclareHandler";
  readonly action: "CONTINUE" | "EXIT" | "UNDO";
  readonly conditions: readonly ConditionValue[];
  readonly body: Statement;
}
export interface DeclareCursor extends Span {
  readonly kind: "DeclareCursor";
  readonly name: string;
  readonly query: SelectStmt;
}
export interface If extends Span {
  readonly kind: "If";
  /** IF and each ELSEIF, in order. */
  readonly branches: readonly {
    readonly condition: Expr;
    readonly body: readonly Statement[];
    readonly start: number;
    readonly end: number;
  }[];
  readonly else?: readonly Statement[];
}
export interface CaseStmt extends Span {
  readonly kind: "CaseStmt";
  readonly operand?: Expr;
  readonly whens: readonly WhenClause<readonly Statement[]>[];
  readonly else?: readonly Statement[];
}
export interface While extends Span {
  readonly kind: "While";
  readonly label?: string;
  /** A label after END that does not repeat `label` (`a: LOOP ... END LOOP b`, or no `label`): 1310 at CREATE. */
  readonly mismatchedEndLabel?: string;
  readonly condition: Expr;
  readonly body: readonly Statement[];
}
export interface Repeat extends Span {
  readonly kind: "Repeat";
  readonly label?: string;
  /** A label after END that does not repeat `label` (`a: LOOP ... END LOOP b`, or no `label`): 1310 at CREATE. */
  readonly mismatchedEndLabel?: string;
  readonly body: readonly Statement[];
  readonly until: Expr;
}
export interface Loop extends Span {
  readonly kind: "Loop";
  readonly label?: string;
  /** A label after END that does not repeat `label` (`a: LOOP ... END LOOP b`, or no `label`): 1310 at CREATE. */
  readonly mismatchedEndLabel?: string;
  readonly body: readonly Statement[];
}
export interface Leave extends Span {
  readonly kind: "Leave";
  readonly label: string;
}
export interface Iterate extends Span {
  readonly kind: "Iterate";
  readonly label: string;
}
export interface Return extends Span {
  readonly kind: "Return";
  readonly value: Expr;
}
export interface Open extends Span {
  readonly kind: "Open";
  readonly cursor: string;
}
export interface Fetch extends Span {
  readonly kind: "Fetch";
  readonly cursor: string;
  readonly into: readonly Target[];
}
export interface Close extends Span {
  readonly kind: "Close";
  readonly cursor: string;
}
export type SignalItemName =
  | "CLASS_ORIGIN"
  | "SUBCLASS_ORIGIN"
  | "MESSAGE_TEXT"
  | "MYSQL_ERRNO"
  | "CONSTRAINT_CATALOG"
  | "CONSTRAINT_SCHEMA"
  | "CONSTRAINT_NAME"
  | "CATALOG_NAME"
  | "SCHEMA_NAME"
  | "TABLE_NAME"
  | "COLUMN_NAME"
  | "CURSOR_NAME";
/** `MESSAGE_TEXT = value`; MySQL allows a literal, a local variable, a parameter or a user variable here. */
export interface SignalItem extends Span {
  readonly kind: "SignalItem";
  readonly name: SignalItemName;
  readonly value: Expr;
}
export interface Signal extends Span {
  readonly kind: "Signal";
  /** SqlState or ConditionName. */
  readonly condition: ConditionValue;
  readonly items: readonly SignalItem[];
}
export interface Resignal extends Span {
  readonly kind: "Resignal";
  readonly condition?: ConditionValue;
  readonly items: readonly SignalItem[];
}
export type StatementInfoItem = "NUMBER" | "ROW_COUNT";
export type ConditionInfoItem =
  | "CLASS_ORIGIN"
  | "SUBCLASS_ORIGIN"
  | "RETURNED_SQLSTATE"
  | "MESSAGE_TEXT"
  | "MYSQL_ERRNO"
  | "CONSTRAINT_CATALOG"
  | "CONSTRAINT_SCHEMA"
  | "CONSTRAINT_NAME"
  | "CATALOG_NAME"
  | "SCHEMA_NAME"
  | "TABLE_NAME"
  | "COLUMN_NAME"
  | "CURSOR_NAME";
export interface DiagnosticsAssignment<I> extends Span {
  readonly kind: "DiagnosticsAssignment";
  readonly target: Target;
  readonly item: I;
}
export interface GetDiagnostics extends Span {
  readonly kind: "GetDiagnostics";
  readonly area: "CURRENT" | "STACKED";
  /** Present for `GET DIAGNOSTICS CONDITION n ...`. */
  readonly condition?: Expr;
  readonly statementItems: readonly DiagnosticsAssignment<StatementInfoItem>[];
  readonly conditionItems: readonly DiagnosticsAssignment<ConditionInfoItem>[];
}

/** Every node kind, for exhaustive handler maps. */
export type Node =
  | Statement
  | Expr
  | DataType
  | CastType
  | QualifiedName
  | SelectItem
  | OrderItem
  | Limit
  | TableRef
  | ColumnDef
  | IndexDef
  | TableOption
  | Param
  | Assignment
  | SetAssignment
  | SignalItem
  | WhenClause<unknown>
  | Target;

export type NodeKind = Node["kind"];
export type StatementKind = Statement["kind"];
export type ExprKind = Expr["kind"];

/** One statement of a script, as the splitter and parser produce it. */
export interface ParsedStatement {
  readonly statement: Statement;
  /** Offset of the statement's first character in the file. */
  readonly start: number;
  readonly end: number;
  /** The statement's text, without the delimiter. */
  readonly text: string;
}
