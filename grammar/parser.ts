// The SQL parser: one Chevrotain embedded-actions parser that builds the AST of src/ast.ts directly.
//
// Building the AST in the rules (instead of a CST and a visitor) halves the allocations per token, which is what
// the parse benchmark measures. Rules return plain objects; anything that calls methods on the results of other
// rules is wrapped in ACTION so that Chevrotain's grammar-recording phase (where rules return placeholders) never
// runs it.
//
// Offsets: the parser reads one statement chunk at a time; `base` is the chunk's offset in its file, added to every
// token offset so that AST spans are file offsets.

import { EMPTY_ALT, EmbeddedActionsParser, EOF, type IToken, type TokenType } from "chevrotain";
import type * as A from "../src/ast.ts";
import { foldBinary } from "./fold.ts";
import { decodeString, identName, systemVarParts, userVarName } from "./literals.ts";
import { messageProvider } from "./messages.ts";
import * as T from "./tokens.ts";

/** Raised from a grammar action for input the grammar accepts but MySQL does not (`SET FOO = 1` in SIGNAL). */
export class ActionError extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

type Stmts = A.Statement[];

/** Returns `value` once the token (or rule result) before it has been consumed: `tap(this.CONSUME(T.ALL), true)`. */
function tap<V>(_consumed: unknown, value: V): V {
  return value;
}

const signalItems = new Set<string>([
  "CLASS_ORIGIN",
  "SUBCLASS_ORIGIN",
  "MESSAGE_TEXT",
  "MYSQL_ERRNO",
  "CONSTRAINT_CATALOG",
  "CONSTRAINT_SCHEMA",
  "CONSTRAINT_NAME",
  "CATALOG_NAME",
  "SCHEMA_NAME",
  "TABLE_NAME",
  "COLUMN_NAME",
  "CURSOR_NAME",
]);
const conditionInfoItems = new Set<string>([...signalItems, "RETURNED_SQLSTATE"]);
const aggregates = new Set<string>([
  "COUNT",
  "SUM",
  "MIN",
  "MAX",
  "AVG",
  "GROUP_CONCAT",
  "BIT_AND",
  "BIT_OR",
  "BIT_XOR",
]);

interface CallArgs {
  distinct: boolean;
  args: A.Expr[];
  orderBy?: A.OrderItem[];
  separator?: string;
}

export class SqlParser extends EmbeddedActionsParser {
  /** Offset of the current chunk in its file. */
  base = 0;
  /** The chunk's text, for the `source` of CREATE statements. */
  text = "";

  /**
   * Chevrotain's grammar validations cost a second or more at start-up, on every CLI run and test file; they run in
   * test/grammar (`new SqlParser(true)`), which is where a grammar change would break them.
   */
  constructor(validate = false) {
    super(T.allTokens, { maxLookahead: 2, errorMessageProvider: messageProvider, skipValidations: !validate });
    this.performSelfAnalysis();
  }

  // ---- position helpers -------------------------------------------------------------------------------------

  private s(t: IToken): number {
    return t.startOffset + this.base;
  }
  /** End offset (exclusive) of the last consumed token. */
  private endNow(): number {
    const t = this.LA(0);
    return t.startOffset + t.image.length + this.base;
  }
  private upper(t: IToken): string {
    return t.image.toUpperCase();
  }

  // ---- entry points -----------------------------------------------------------------------------------------

  /** A chunk from the splitter: usually one statement; `;`-separated statements are accepted as a multi-statement. */
  public script = this.RULE("script", (): Stmts => {
    const out: Stmts = [];
    this.MANY(() => this.CONSUME(T.Semicolon));
    this.OR([
      {
        ALT: () => {
          out.push(this.SUBRULE(this.topStatement));
          this.MANY2(() => {
            this.CONSUME2(T.Semicolon);
            this.OPTION2(() => out.push(this.SUBRULE2(this.topStatement)));
          });
        },
      },
      // nothing but semicolons; the gate makes any other token a "expected a statement" error
      { GATE: () => this.LA(1).tokenType === EOF, ALT: EMPTY_ALT() },
    ]);
    return out;
  });

  public expressionOnly = this.RULE("expressionOnly", (): A.Expr => this.SUBRULE(this.expr));

  // ---- statements -------------------------------------------------------------------------------------------

  /** A statement at the top level of a script: BEGIN is START TRANSACTION here. */
  public topStatement = this.RULE(
    "topStatement",
    (): A.Statement =>
      this.OR([
        {
          ALT: () => {
            const b = this.CONSUME(T.BEGIN);
            this.OPTION(() => this.CONSUME(T.WORK));
            return { kind: "StartTransaction", syntax: "BEGIN", start: this.s(b), end: this.endNow() } as A.Statement;
          },
        },
        { ALT: () => this.SUBRULE(this.commonStatement) },
      ]),
  );

  /** Statements allowed both at top level and in routine bodies. */
  public commonStatement = this.RULE(
    "commonStatement",
    (): A.Statement =>
      this.OR([
        { ALT: () => this.SUBRULE(this.selectStatement) },
        { ALT: () => this.SUBRULE(this.insertStatement) },
        { ALT: () => this.SUBRULE(this.updateStatement) },
        { ALT: () => this.SUBRULE(this.deleteStatement) },
        { ALT: () => this.SUBRULE(this.setStatement) },
        { ALT: () => this.SUBRULE(this.callStatement) },
        { ALT: () => this.SUBRULE(this.doStatement) },
        { ALT: () => this.SUBRULE(this.createStatement) },
        { ALT: () => this.SUBRULE(this.dropStatement) },
        { ALT: () => this.SUBRULE(this.useStatement) },
        { ALT: () => this.SUBRULE(this.transactionStatement) },
        { ALT: () => this.SUBRULE(this.truncateStatement) },
        { ALT: () => this.SUBRULE(this.showStatement) },
        { ALT: () => this.SUBRULE(this.describeStatement) },
        // SIGNAL and GET DIAGNOSTICS also work outside stored programs
        { ALT: () => this.SUBRULE(this.signalStatement) },
        { ALT: () => this.SUBRULE(this.getDiagnostics) },
      ]),
  );

  /** A statement inside a routine or trigger body (BEGIN opens a block here). */
  public spStatement = this.RULE("spStatement", (): A.Statement => {
    // `label:` is read apart from the alternatives: as an alternative of its own (Ident Colon) it made Chevrotain's
    // lookahead drop statements that start with a non-reserved keyword, such as a bare ROLLBACK.
    let label: string | undefined;
    let labelStart: number | undefined;
    this.OPTION(() => {
      const l = this.CONSUME(T.Ident);
      this.CONSUME(T.Colon);
      label = identName(l.image);
      labelStart = this.s(l);
    });
    const labelled = (): void => {
      if (label !== undefined && labelStart !== undefined)
        throw new ActionError(labelStart, "only BEGIN, LOOP, WHILE and REPEAT can have a label");
    };
    return this.OR([
      { ALT: () => this.SUBRULE(this.block, { ARGS: [label, labelStart] }) },
      { ALT: () => this.SUBRULE(this.loopStatement, { ARGS: [label, labelStart] }) },
      { ALT: () => this.SUBRULE(this.whileStatement, { ARGS: [label, labelStart] }) },
      { ALT: () => this.SUBRULE(this.repeatStatement, { ARGS: [label, labelStart] }) },
      { ALT: () => tap(this.ACTION(labelled), this.SUBRULE(this.declareStatement)) },
      { ALT: () => tap(this.ACTION(labelled), this.SUBRULE(this.ifStatement)) },
      { ALT: () => tap(this.ACTION(labelled), this.SUBRULE(this.caseStatement)) },
      { ALT: () => tap(this.ACTION(labelled), this.SUBRULE(this.leaveIterate)) },
      { ALT: () => tap(this.ACTION(labelled), this.SUBRULE(this.returnStatement)) },
      { ALT: () => tap(this.ACTION(labelled), this.SUBRULE(this.cursorStatement)) },
      { ALT: () => tap(this.ACTION(labelled), this.SUBRULE(this.commonStatement)) },
    ]);
  });

  /** `stmt; stmt; ...` as in a BEGIN..END or a loop body; every statement ends with `;`. */
  public spList = this.RULE("spList", (): Stmts => {
    const out: Stmts = [];
    this.MANY({
      // END and UNTIL are non-reserved, so they also look like the label of a statement; Chevrotain does not look
      // past the rule to see that they close the list, so the gate does.
      GATE: () => {
        const t = this.LA(1).tokenType;
        return (t !== T.END && t !== T.UNTIL) || this.LA(2).tokenType === T.Colon;
      },
      DEF: () => {
        out.push(this.SUBRULE(this.spStatement));
        this.CONSUME(T.Semicolon);
      },
    });
    return out;
  });

  /**
   * The optional label after END. One that does not repeat the beginning label (case-insensitively) is kept in the
   * AST for the runtime to refuse with 1310 at CREATE, as MySQL's parser does; a matching one leaves no trace.
   */
  private endLabel(label: string | undefined): { mismatchedEndLabel?: string } {
    let end: string | undefined;
    this.OPTION9(() => {
      end = identName(this.CONSUME9(T.Ident).image);
    });
    if (end === undefined || (label !== undefined && label.toLowerCase() === end.toLowerCase())) return {};
    return { mismatchedEndLabel: end };
  }

  public block = this.RULE("block", (label?: string, labelStart?: number): A.Block => {
    const b = this.CONSUME(T.BEGIN);
    const body = this.SUBRULE(this.spList);
    this.CONSUME(T.END);
    const closing = this.endLabel(label);
    return { kind: "Block", label, ...closing, body, start: labelStart ?? this.s(b), end: this.endNow() };
  });

  public loopStatement = this.RULE("loopStatement", (label?: string, labelStart?: number): A.Loop => {
    const b = this.CONSUME(T.LOOP);
    const body = this.SUBRULE(this.spList);
    this.CONSUME(T.END);
    this.CONSUME2(T.LOOP);
    const closing = this.endLabel(label);
    return { kind: "Loop", label, ...closing, body, start: labelStart ?? this.s(b), end: this.endNow() };
  });

  public whileStatement = this.RULE("whileStatement", (label?: string, labelStart?: number): A.While => {
    const b = this.CONSUME(T.WHILE);
    const condition = this.SUBRULE(this.expr);
    this.CONSUME(T.DO);
    const body = this.SUBRULE(this.spList);
    this.CONSUME(T.END);
    this.CONSUME2(T.WHILE);
    const closing = this.endLabel(label);
    return { kind: "While", label, ...closing, condition, body, start: labelStart ?? this.s(b), end: this.endNow() };
  });

  public repeatStatement = this.RULE("repeatStatement", (label?: string, labelStart?: number): A.Repeat => {
    const b = this.CONSUME(T.REPEAT);
    const body = this.SUBRULE(this.spList);
    this.CONSUME(T.UNTIL);
    const until = this.SUBRULE(this.expr);
    this.CONSUME(T.END);
    this.CONSUME2(T.REPEAT);
    const closing = this.endLabel(label);
    return { kind: "Repeat", label, ...closing, body, until, start: labelStart ?? this.s(b), end: this.endNow() };
  });

  public declareStatement = this.RULE("declareStatement", (): A.Statement => {
    const d = this.CONSUME(T.DECLARE);
    const start = this.s(d);
    return this.OR([
      {
        ALT: () => {
          const n = this.CONSUME(T.Ident);
          this.CONSUME(T.CONDITION);
          this.CONSUME(T.FOR);
          const value = this.SUBRULE(this.conditionValue);
          return {
            kind: "DeclareCondition",
            name: identName(n.image),
            value,
            start,
            end: this.endNow(),
          } as A.Statement;
        },
      },
      {
        ALT: () => {
          const n = this.CONSUME2(T.Ident);
          this.CONSUME(T.CURSOR);
          this.CONSUME2(T.FOR);
          const query = this.SUBRULE(this.selectStatement);
          return { kind: "DeclareCursor", name: identName(n.image), query, start, end: this.endNow() } as A.Statement;
        },
      },
      {
        ALT: () => {
          const action = this.OR2([
            { ALT: () => tap(this.CONSUME(T.CONTINUE), "CONTINUE" as const) },
            { ALT: () => tap(this.CONSUME(T.EXIT), "EXIT" as const) },
            { ALT: () => tap(this.CONSUME(T.UNDO), "UNDO" as const) },
          ]);
          this.CONSUME(T.HANDLER);
          this.CONSUME3(T.FOR);
          const conditions: A.ConditionValue[] = [];
          this.AT_LEAST_ONE_SEP({
            SEP: T.Comma,
            DEF: () => conditions.push(this.SUBRULE2(this.conditionValue)),
          });
          const body = this.SUBRULE(this.spStatement);
          return { kind: "DeclareHandler", action, conditions, body, start, end: this.endNow() } as A.Statement;
        },
      },
      {
        ALT: () => {
          const names: string[] = [];
          this.AT_LEAST_ONE_SEP2({ SEP: T.Comma, DEF: () => names.push(identName(this.CONSUME3(T.Ident).image)) });
          const type = this.SUBRULE(this.dataType);
          let dflt: A.Expr | undefined;
          this.OPTION(() => {
            this.CONSUME(T.DEFAULT);
            dflt = this.SUBRULE(this.expr);
          });
          return { kind: "DeclareVar", names, type, default: dflt, start, end: this.endNow() } as A.Statement;
        },
      },
    ]);
  });

  /** The condition of a handler, a DECLARE CONDITION, or a SIGNAL. */
  public conditionValue = this.RULE(
    "conditionValue",
    (): A.ConditionValue =>
      this.OR([
        {
          ALT: () => {
            const t = this.CONSUME(T.SQLSTATE);
            this.OPTION(() => this.CONSUME(T.VALUE));
            const v = this.CONSUME(T.StringLiteral);
            return { kind: "SqlState", value: decodeString(v.image), start: this.s(t), end: this.endNow() } as const;
          },
        },
        {
          ALT: () => {
            const t = this.CONSUME(T.IntegerLiteral);
            return { kind: "ErrorCode", value: Number(t.image), start: this.s(t), end: this.endNow() } as const;
          },
        },
        {
          ALT: () =>
            ({ kind: "SqlException", start: this.s(this.CONSUME(T.SQLEXCEPTION)), end: this.endNow() }) as const,
        },
        { ALT: () => ({ kind: "SqlWarning", start: this.s(this.CONSUME(T.SQLWARNING)), end: this.endNow() }) as const },
        {
          ALT: () => {
            const t = this.CONSUME(T.NOT);
            this.CONSUME(T.FOUND);
            return { kind: "NotFound", start: this.s(t), end: this.endNow() } as const;
          },
        },
        {
          ALT: () => {
            const t = this.CONSUME(T.Ident);
            return { kind: "ConditionName", name: identName(t.image), start: this.s(t), end: this.endNow() } as const;
          },
        },
      ]),
  );

  public ifStatement = this.RULE("ifStatement", (): A.If => {
    const t = this.CONSUME(T.IF);
    const branches: A.If["branches"][number][] = [];
    let elseBody: Stmts | undefined;
    const condition = this.SUBRULE(this.expr);
    this.CONSUME(T.THEN);
    const body = this.SUBRULE(this.spList);
    branches.push({ condition, body, start: this.s(t), end: this.endNow() });
    this.MANY(() => {
      const e = this.CONSUME(T.ELSEIF);
      const c = this.SUBRULE2(this.expr);
      this.CONSUME2(T.THEN);
      const b = this.SUBRULE2(this.spList);
      branches.push({ condition: c, body: b, start: this.s(e), end: this.endNow() });
    });
    this.OPTION(() => {
      this.CONSUME(T.ELSE);
      elseBody = this.SUBRULE3(this.spList);
    });
    this.CONSUME(T.END);
    this.CONSUME2(T.IF);
    return { kind: "If", branches, else: elseBody, start: this.s(t), end: this.endNow() };
  });

  public caseStatement = this.RULE("caseStatement", (): A.CaseStmt => {
    const t = this.CONSUME(T.CASE);
    let operand: A.Expr | undefined;
    let elseBody: Stmts | undefined;
    const whens: A.WhenClause<readonly A.Statement[]>[] = [];
    this.OPTION(() => {
      operand = this.SUBRULE(this.expr);
    });
    this.AT_LEAST_ONE(() => {
      const w = this.CONSUME(T.WHEN);
      const when = this.SUBRULE2(this.expr);
      this.CONSUME(T.THEN);
      const then = this.SUBRULE(this.spList);
      whens.push({ kind: "When", when, then, start: this.s(w), end: this.endNow() });
    });
    this.OPTION2(() => {
      this.CONSUME(T.ELSE);
      elseBody = this.SUBRULE2(this.spList);
    });
    this.CONSUME(T.END);
    this.CONSUME2(T.CASE);
    return { kind: "CaseStmt", operand, whens, else: elseBody, start: this.s(t), end: this.endNow() };
  });

  public leaveIterate = this.RULE("leaveIterate", (): A.Leave | A.Iterate => {
    const kind = this.OR([
      { ALT: () => tap(this.CONSUME(T.LEAVE), "Leave" as const) },
      { ALT: () => tap(this.CONSUME(T.ITERATE), "Iterate" as const) },
    ]);
    const start = this.LA(0).startOffset + this.base;
    const label = identName(this.CONSUME(T.Ident).image);
    return { kind, label, start, end: this.endNow() };
  });

  public returnStatement = this.RULE("returnStatement", (): A.Return => {
    const t = this.CONSUME(T.RETURN);
    const value = this.SUBRULE(this.expr);
    return { kind: "Return", value, start: this.s(t), end: this.endNow() };
  });

  public cursorStatement = this.RULE("cursorStatement", (): A.Open | A.Fetch | A.Close =>
    this.OR([
      {
        ALT: () => {
          const t = this.CONSUME(T.OPEN);
          const cursor = identName(this.CONSUME(T.Ident).image);
          return { kind: "Open", cursor, start: this.s(t), end: this.endNow() } as A.Open;
        },
      },
      {
        ALT: () => {
          const t = this.CONSUME(T.CLOSE);
          const cursor = identName(this.CONSUME2(T.Ident).image);
          return { kind: "Close", cursor, start: this.s(t), end: this.endNow() } as A.Close;
        },
      },
      {
        ALT: () => {
          const t = this.CONSUME(T.FETCH);
          this.OPTION(() => {
            this.OPTION2(() => this.CONSUME(T.NEXT));
            this.CONSUME(T.FROM);
          });
          const cursor = identName(this.CONSUME3(T.Ident).image);
          this.CONSUME(T.INTO);
          const into = this.SUBRULE(this.intoTargets);
          return { kind: "Fetch", cursor, into, start: this.s(t), end: this.endNow() } as A.Fetch;
        },
      },
    ]),
  );

  /** Targets of SELECT INTO and FETCH INTO: local variables and @user variables. */
  public intoTargets = this.RULE("intoTargets", (): A.Target[] => {
    const out: A.Target[] = [];
    this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => out.push(this.SUBRULE(this.simpleTarget)) });
    return out;
  });

  public simpleTarget = this.RULE(
    "simpleTarget",
    (): A.Target =>
      this.OR([
        {
          ALT: () => {
            const t = this.CONSUME(T.UserVariable);
            return { kind: "UserVar", name: userVarName(t.image), start: this.s(t), end: this.endNow() } as A.Target;
          },
        },
        {
          ALT: () => {
            const t = this.CONSUME(T.Ident);
            return { kind: "LocalTarget", name: identName(t.image), start: this.s(t), end: this.endNow() } as A.Target;
          },
        },
      ]),
  );

  public signalStatement = this.RULE("signalStatement", (): A.Signal | A.Resignal => {
    let condition: A.ConditionValue | undefined;
    let items: A.SignalItem[] = [];
    return this.OR([
      {
        ALT: () => {
          const t = this.CONSUME(T.SIGNAL);
          condition = this.SUBRULE(this.signalCondition);
          this.OPTION(() => {
            items = this.SUBRULE(this.signalItems);
          });
          return { kind: "Signal", condition, items, start: this.s(t), end: this.endNow() } as A.Signal;
        },
      },
      {
        ALT: () => {
          const t = this.CONSUME(T.RESIGNAL);
          this.OPTION2(() => {
            condition = this.SUBRULE2(this.signalCondition);
          });
          this.OPTION3(() => {
            items = this.SUBRULE2(this.signalItems);
          });
          return { kind: "Resignal", condition, items, start: this.s(t), end: this.endNow() } as A.Resignal;
        },
      },
    ]);
  });

  public signalCondition = this.RULE(
    "signalCondition",
    (): A.ConditionValue =>
      this.OR([
        {
          ALT: () => {
            const t = this.CONSUME(T.SQLSTATE);
            this.OPTION(() => this.CONSUME(T.VALUE));
            const v = this.CONSUME(T.StringLiteral);
            return { kind: "SqlState", value: decodeString(v.image), start: this.s(t), end: this.endNow() } as const;
          },
        },
        {
          ALT: () => {
            const t = this.CONSUME(T.Ident);
            return { kind: "ConditionName", name: identName(t.image), start: this.s(t), end: this.endNow() } as const;
          },
        },
      ]),
  );

  public signalItems = this.RULE("signalItems", (): A.SignalItem[] => {
    const items: A.SignalItem[] = [];
    this.CONSUME(T.SET);
    this.AT_LEAST_ONE_SEP({
      SEP: T.Comma,
      DEF: () => {
        const n = this.CONSUME(T.Ident);
        this.CONSUME(T.Equals);
        const value = this.SUBRULE(this.simpleValue);
        this.ACTION(() => {
          const name = n.image.toUpperCase();
          if (!signalItems.has(name))
            throw new ActionError(this.s(n), `unknown condition information item '${n.image}'`);
          items.push({
            kind: "SignalItem",
            name: name as A.SignalItemName,
            value,
            start: this.s(n),
            end: this.endNow(),
          });
        });
      },
    });
    return items;
  });

  /** What SIGNAL items accept: a literal, a local variable or parameter, or a @user variable (not an expression). */
  public simpleValue = this.RULE(
    "simpleValue",
    (): A.Expr =>
      this.OR([
        { ALT: () => this.SUBRULE(this.signedLiteral) },
        {
          ALT: () => {
            const t = this.CONSUME(T.UserVariable);
            return { kind: "UserVar", name: userVarName(t.image), start: this.s(t), end: this.endNow() } as A.Expr;
          },
        },
        {
          ALT: () => {
            const t = this.CONSUME(T.Ident);
            return {
              kind: "ColumnRef",
              qualifier: [],
              name: identName(t.image),
              start: this.s(t),
              end: this.endNow(),
            } as A.Expr;
          },
        },
      ]),
  );

  public getDiagnostics = this.RULE("getDiagnostics", (): A.GetDiagnostics => {
    const t = this.CONSUME(T.GET);
    let area: "CURRENT" | "STACKED" = "CURRENT";
    let condition: A.Expr | undefined;
    const statementItems: A.DiagnosticsAssignment<A.StatementInfoItem>[] = [];
    const conditionItems: A.DiagnosticsAssignment<A.ConditionInfoItem>[] = [];
    this.OPTION(() =>
      this.OR([
        { ALT: () => this.CONSUME(T.CURRENT) },
        {
          ALT: () => {
            this.CONSUME(T.STACKED);
            area = "STACKED";
          },
        },
      ]),
    );
    this.CONSUME(T.DIAGNOSTICS);
    this.OR2([
      {
        ALT: () => {
          this.CONSUME(T.CONDITION);
          condition = this.SUBRULE(this.simpleValue);
          this.AT_LEAST_ONE_SEP({
            SEP: T.Comma,
            DEF: () => {
              const target = this.SUBRULE(this.simpleTarget);
              this.CONSUME(T.Equals);
              const n = this.CONSUME(T.Ident);
              this.ACTION(() => {
                const item = n.image.toUpperCase();
                if (!conditionInfoItems.has(item))
                  throw new ActionError(this.s(n), `unknown condition information item '${n.image}'`);
                conditionItems.push({
                  kind: "DiagnosticsAssignment",
                  target,
                  item: item as A.ConditionInfoItem,
                  start: target.start,
                  end: this.endNow(),
                });
              });
            },
          });
        },
      },
      {
        ALT: () => {
          this.AT_LEAST_ONE_SEP2({
            SEP: T.Comma,
            DEF: () => {
              const target = this.SUBRULE2(this.simpleTarget);
              this.CONSUME2(T.Equals);
              const item = this.OR3([
                { ALT: () => tap(this.CONSUME(T.NUMBER), "NUMBER" as const) },
                { ALT: () => tap(this.CONSUME(T.ROW_COUNT), "ROW_COUNT" as const) },
              ]);
              statementItems.push({
                kind: "DiagnosticsAssignment",
                target,
                item,
                start: target.start,
                end: this.endNow(),
              });
            },
          });
        },
      },
    ]);
    return {
      kind: "GetDiagnostics",
      area,
      condition,
      statementItems,
      conditionItems,
      start: this.s(t),
      end: this.endNow(),
    };
  });

  // ---- SET ----------------------------------------------------------------------------------------------------

  public setStatement = this.RULE("setStatement", (): A.SetStmt => {
    const t = this.CONSUME(T.SET);
    const assignments: A.SetAssignment[] = [];
    let names: A.SetStmt["names"];
    let transaction: string | undefined;
    this.OR({
      // SET SESSION TRANSACTION vs SET SESSION x = ...: the third token decides
      MAX_LOOKAHEAD: 3,
      DEF: [
        {
          ALT: () => {
            this.CONSUME(T.NAMES);
            const charset = this.SUBRULE(this.charsetName);
            let collation: string | undefined;
            this.OPTION(() => {
              this.CONSUME(T.COLLATE);
              collation = this.SUBRULE2(this.charsetName);
            });
            names = { charset, collation };
          },
        },
        {
          ALT: () => {
            this.OR2([
              { ALT: () => this.CONSUME(T.CHARSET) },
              {
                ALT: () => {
                  this.CONSUME(T.CHARACTER);
                  this.CONSUME2(T.SET);
                },
              },
            ]);
            names = { charset: this.SUBRULE3(this.charsetName) };
          },
        },
        {
          ALT: () => {
            this.OPTION2(() =>
              this.OR3([{ ALT: () => this.CONSUME(T.SESSION) }, { ALT: () => this.CONSUME(T.GLOBAL) }]),
            );
            this.CONSUME(T.TRANSACTION);
            const from = this.LA(1).startOffset;
            this.AT_LEAST_ONE(() => this.CONSUME(T.AnyName));
            this.MANY(() => {
              this.CONSUME(T.Comma);
              this.AT_LEAST_ONE2(() => this.CONSUME2(T.AnyName));
            });
            transaction = this.text.slice(from, this.LA(0).startOffset + this.LA(0).image.length);
          },
        },
        {
          ALT: () => {
            this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => assignments.push(this.SUBRULE(this.setAssignment)) });
          },
        },
      ],
    });
    return { kind: "Set", assignments, names, transaction, start: this.s(t), end: this.endNow() };
  });

  public setAssignment = this.RULE("setAssignment", (): A.SetAssignment => {
    const target = this.SUBRULE(this.setTarget);
    this.OR([{ ALT: () => this.CONSUME(T.Equals) }, { ALT: () => this.CONSUME(T.ColonEq) }]);
    const value = this.OR2([
      {
        // `SET autocommit = ON`: MySQL takes ON as the string 'ON' for system variables
        ALT: () => {
          const on = this.CONSUME(T.ON);
          return { kind: "String", value: "ON", start: this.s(on), end: this.endNow() } as A.Expr;
        },
      },
      { ALT: () => this.SUBRULE(this.expr) },
    ]);
    return { kind: "SetAssignment", target, value, start: target.start, end: this.endNow() };
  });

  public setTarget = this.RULE(
    "setTarget",
    (): A.Target =>
      this.OR([
        {
          ALT: () => {
            const scope = this.OR2([
              { ALT: () => tap(this.CONSUME(T.SESSION), "SESSION" as const) },
              { ALT: () => tap(this.CONSUME(T.LOCAL), "SESSION" as const) },
              { ALT: () => tap(this.CONSUME(T.GLOBAL), "GLOBAL" as const) },
            ]);
            const start = this.LA(0).startOffset + this.base;
            const n = this.CONSUME(T.Ident);
            return { kind: "SystemVarTarget", scope, name: identName(n.image), start, end: this.endNow() } as A.Target;
          },
        },
        {
          ALT: () => {
            const t = this.CONSUME(T.SystemVariable);
            const { scope, name } = systemVarParts(t.image);
            return { kind: "SystemVarTarget", scope, name, start: this.s(t), end: this.endNow() } as A.Target;
          },
        },
        {
          ALT: () => {
            const t = this.CONSUME(T.UserVariable);
            return { kind: "UserVar", name: userVarName(t.image), start: this.s(t), end: this.endNow() } as A.Target;
          },
        },
        {
          ALT: () => {
            const t = this.CONSUME2(T.Ident);
            let column: string | undefined;
            this.OPTION(() => {
              this.CONSUME(T.Dot);
              column = identName(this.CONSUME(T.AnyName).image);
            });
            return this.ACTION((): A.Target => {
              const name = identName(t.image);
              const row = name.toUpperCase();
              if (column === undefined) return { kind: "LocalTarget", name, start: this.s(t), end: this.endNow() };
              if (row !== "NEW" && row !== "OLD")
                throw new ActionError(
                  this.s(t),
                  `unknown variable '${name}.${column}'; only NEW.col and OLD.col are qualified`,
                );
              return { kind: "RowFieldTarget", row, column, start: this.s(t), end: this.endNow() };
            });
          },
        },
      ]),
  );

  // ---- small statements ---------------------------------------------------------------------------------------

  public callStatement = this.RULE("callStatement", (): A.Call => {
    const t = this.CONSUME(T.CALL);
    const name = this.SUBRULE(this.qualifiedName);
    let args: A.Expr[] = [];
    this.OPTION(() => {
      this.CONSUME(T.LParen);
      this.OPTION2(() => {
        args = this.SUBRULE(this.exprList);
      });
      this.CONSUME(T.RParen);
    });
    return { kind: "Call", name, args, start: this.s(t), end: this.endNow() };
  });

  public doStatement = this.RULE("doStatement", (): A.Do => {
    const t = this.CONSUME(T.DO);
    const exprs = this.SUBRULE(this.exprList);
    return { kind: "Do", exprs, start: this.s(t), end: this.endNow() };
  });

  public useStatement = this.RULE("useStatement", (): A.Use => {
    const t = this.CONSUME(T.USE);
    const name = identName(this.CONSUME(T.Ident).image);
    return { kind: "Use", name, start: this.s(t), end: this.endNow() };
  });

  public truncateStatement = this.RULE("truncateStatement", (): A.TruncateTable => {
    const t = this.CONSUME(T.TRUNCATE);
    this.OPTION(() => this.CONSUME(T.TABLE));
    const name = this.SUBRULE(this.qualifiedName);
    return { kind: "TruncateTable", name, start: this.s(t), end: this.endNow() };
  });

  public describeStatement = this.RULE("describeStatement", (): A.Describe => {
    const t = this.OR([
      { ALT: () => this.CONSUME(T.DESCRIBE) },
      { ALT: () => this.CONSUME(T.DESC) },
      { ALT: () => this.CONSUME(T.EXPLAIN) },
    ]);
    const table = this.SUBRULE(this.qualifiedName);
    return { kind: "Describe", table, start: this.s(t), end: this.endNow() };
  });

  public transactionStatement = this.RULE(
    "transactionStatement",
    (): A.Statement =>
      this.OR([
        {
          ALT: () => {
            const t = this.CONSUME(T.START);
            this.CONSUME(T.TRANSACTION);
            let readOnly: boolean | undefined;
            this.MANY_SEP({
              SEP: T.Comma,
              DEF: () =>
                this.OR2([
                  {
                    ALT: () => {
                      this.CONSUME(T.READ);
                      this.OR3([
                        {
                          ALT: () => {
                            this.CONSUME(T.ONLY);
                            readOnly = true;
                          },
                        },
                        {
                          ALT: () => {
                            this.CONSUME(T.WRITE);
                            readOnly = false;
                          },
                        },
                      ]);
                    },
                  },
                  {
                    ALT: () => {
                      this.CONSUME(T.WITH);
                      this.CONSUME(T.Ident); // CONSISTENT
                      this.CONSUME2(T.Ident); // SNAPSHOT
                    },
                  },
                ]),
            });
            return {
              kind: "StartTransaction",
              syntax: "START",
              readOnly,
              start: this.s(t),
              end: this.endNow(),
            } as A.Statement;
          },
        },
        {
          ALT: () => {
            const t = this.CONSUME(T.COMMIT);
            this.OPTION(() => this.CONSUME(T.WORK));
            return { kind: "Commit", start: this.s(t), end: this.endNow() } as A.Statement;
          },
        },
        {
          ALT: () => {
            const t = this.CONSUME(T.ROLLBACK);
            this.OPTION2(() => this.CONSUME2(T.WORK));
            return this.OR4([
              {
                ALT: () => {
                  this.CONSUME(T.TO);
                  this.OPTION3(() => this.CONSUME(T.SAVEPOINT));
                  const name = identName(this.CONSUME3(T.Ident).image);
                  return { kind: "RollbackToSavepoint", name, start: this.s(t), end: this.endNow() } as A.Statement;
                },
              },
              { ALT: () => ({ kind: "Rollback", start: this.s(t), end: this.endNow() }) as A.Statement },
            ]);
          },
        },
        {
          ALT: () => {
            const t = this.CONSUME2(T.SAVEPOINT);
            const name = identName(this.CONSUME4(T.Ident).image);
            return { kind: "Savepoint", name, start: this.s(t), end: this.endNow() } as A.Statement;
          },
        },
        {
          ALT: () => {
            const t = this.CONSUME(T.RELEASE);
            this.CONSUME3(T.SAVEPOINT);
            const name = identName(this.CONSUME5(T.Ident).image);
            return { kind: "ReleaseSavepoint", name, start: this.s(t), end: this.endNow() } as A.Statement;
          },
        },
      ]),
  );

  public showStatement = this.RULE("showStatement", (): A.Show => {
    const t = this.CONSUME(T.SHOW);
    let full: boolean | undefined;
    let scope: "SESSION" | "GLOBAL" | undefined;
    let name: A.QualifiedName | undefined;
    let from: string | undefined;
    let like: string | undefined;
    let where: A.Expr | undefined;
    const filter = (): void => {
      this.OPTION5(() =>
        this.OR5([
          {
            ALT: () => {
              this.CONSUME(T.LIKE);
              like = decodeString(this.CONSUME(T.StringLiteral).image);
            },
          },
          {
            ALT: () => {
              this.CONSUME(T.WHERE);
              where = this.SUBRULE(this.expr);
            },
          },
        ]),
      );
    };
    const fromDb = (): void => {
      this.OPTION6(() => {
        this.OR6([{ ALT: () => this.CONSUME(T.FROM) }, { ALT: () => this.CONSUME(T.IN) }]);
        from = identName(this.CONSUME(T.Ident).image);
      });
    };
    const what = this.OR([
      { ALT: () => tap(this.CONSUME(T.DATABASES), "DATABASES" as const) },
      {
        ALT: () => {
          this.OPTION(() => {
            this.CONSUME(T.FULL);
            full = true;
          });
          return this.OR2([
            { ALT: () => tap(this.CONSUME(T.TABLES), "TABLES" as const) },
            {
              ALT: () => {
                this.CONSUME(T.COLUMNS);
                this.OR7([{ ALT: () => this.CONSUME2(T.FROM) }, { ALT: () => this.CONSUME2(T.IN) }]);
                name = this.SUBRULE(this.qualifiedName);
                return "COLUMNS" as const;
              },
            },
          ]);
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.CREATE);
          const w = this.OR3([
            { ALT: () => tap(this.CONSUME(T.TABLE), "CREATE TABLE" as const) },
            { ALT: () => tap(this.CONSUME(T.PROCEDURE), "CREATE PROCEDURE" as const) },
            { ALT: () => tap(this.CONSUME(T.FUNCTION), "CREATE FUNCTION" as const) },
            { ALT: () => tap(this.CONSUME(T.TRIGGER), "CREATE TRIGGER" as const) },
          ]);
          name = this.SUBRULE2(this.qualifiedName);
          return w;
        },
      },
      { ALT: () => tap(this.CONSUME(T.TRIGGERS), "TRIGGERS" as const) },
      {
        ALT: () => {
          const w = this.OR4([
            { ALT: () => tap(this.CONSUME2(T.PROCEDURE), "PROCEDURE STATUS" as const) },
            { ALT: () => tap(this.CONSUME2(T.FUNCTION), "FUNCTION STATUS" as const) },
          ]);
          this.CONSUME(T.STATUS);
          return w;
        },
      },
      { ALT: () => tap(this.CONSUME(T.WARNINGS), "WARNINGS" as const) },
      { ALT: () => tap(this.CONSUME(T.ERRORS), "ERRORS" as const) },
      {
        // SHOW COUNT(*) WARNINGS|ERRORS: MySQL reads it as SELECT @@session.warning_count|error_count.
        GATE: () => this.LA(1).image.toUpperCase() === "COUNT" && this.LA(2).tokenType === T.LParen,
        ALT: () => {
          this.CONSUME2(T.Ident);
          this.CONSUME(T.LParen);
          this.CONSUME(T.Star);
          this.CONSUME(T.RParen);
          return this.OR9([
            { ALT: () => tap(this.CONSUME2(T.WARNINGS), "COUNT WARNINGS" as const) },
            { ALT: () => tap(this.CONSUME2(T.ERRORS), "COUNT ERRORS" as const) },
          ]);
        },
      },
      {
        ALT: () => {
          this.OPTION2(() =>
            this.OR8([
              { ALT: () => tap(this.CONSUME(T.SESSION), (scope = "SESSION")) },
              { ALT: () => tap(this.CONSUME(T.GLOBAL), (scope = "GLOBAL")) },
            ]),
          );
          this.CONSUME(T.VARIABLES);
          return "VARIABLES" as const;
        },
      },
    ]);
    fromDb();
    filter();
    return { kind: "Show", what, name, from, like, where, full, scope, start: this.s(t), end: this.endNow() };
  });

  // ---- CREATE / DROP ------------------------------------------------------------------------------------------

  public createStatement = this.RULE("createStatement", (): A.Statement => {
    const c = this.CONSUME(T.CREATE);
    const start = this.s(c);
    let definer: string | undefined;
    this.OPTION(() => {
      this.CONSUME(T.DEFINER);
      this.CONSUME(T.Equals);
      definer = this.SUBRULE(this.userName);
    });
    return this.OR([
      { ALT: () => this.SUBRULE(this.createDatabase, { ARGS: [start] }) },
      { ALT: () => this.SUBRULE(this.createTable, { ARGS: [start] }) },
      { ALT: () => this.SUBRULE(this.createRoutine, { ARGS: [start, definer] }) },
      { ALT: () => this.SUBRULE(this.createTrigger, { ARGS: [start, definer] }) },
    ]);
  });

  /** `user@host`, `'user'@'host'`, `CURRENT_USER[()]`, kept as written. */
  public userName = this.RULE("userName", (): string => {
    const from = this.LA(1).startOffset;
    this.OR([
      { ALT: () => this.CONSUME(T.Ident) },
      { ALT: () => this.CONSUME(T.StringLiteral) },
      {
        ALT: () => {
          this.CONSUME(T.CURRENT_USER);
          this.OPTION(() => {
            this.CONSUME(T.LParen);
            this.CONSUME(T.RParen);
          });
        },
      },
    ]);
    this.OPTION2(() => this.CONSUME(T.UserVariable));
    return this.text.slice(from, this.LA(0).startOffset + this.LA(0).image.length);
  });

  public ifNotExists = this.RULE("ifNotExists", (): boolean => {
    let yes = false;
    this.OPTION(() => {
      this.CONSUME(T.IF);
      this.CONSUME(T.NOT);
      this.CONSUME(T.EXISTS);
      yes = true;
    });
    return yes;
  });

  public ifExists = this.RULE("ifExists", (): boolean => {
    let yes = false;
    this.OPTION(() => {
      this.CONSUME(T.IF);
      this.CONSUME(T.EXISTS);
      yes = true;
    });
    return yes;
  });

  public createDatabase = this.RULE("createDatabase", (start: number): A.CreateDatabase => {
    this.OR([{ ALT: () => this.CONSUME(T.DATABASE) }, { ALT: () => this.CONSUME(T.SCHEMA) }]);
    const ifNotExists = this.SUBRULE(this.ifNotExists);
    const name = identName(this.CONSUME(T.Ident).image);
    let charset: string | undefined;
    let collation: string | undefined;
    this.MANY(() => {
      this.OPTION(() => this.CONSUME(T.DEFAULT));
      this.OR2([
        {
          ALT: () => {
            this.SUBRULE(this.charsetKeyword);
            this.OPTION2(() => this.CONSUME(T.Equals));
            charset = this.SUBRULE(this.charsetName);
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.COLLATE);
            this.OPTION3(() => this.CONSUME2(T.Equals));
            collation = this.SUBRULE2(this.charsetName);
          },
        },
      ]);
    });
    return { kind: "CreateDatabase", name, ifNotExists, charset, collation, start, end: this.endNow() };
  });

  /** CHARSET or CHARACTER SET. */
  public charsetKeyword = this.RULE("charsetKeyword", (): void => {
    this.OR([
      { ALT: () => this.CONSUME(T.CHARSET) },
      {
        ALT: () => {
          this.CONSUME(T.CHARACTER);
          this.CONSUME(T.SET);
        },
      },
    ]);
  });

  /** A character set or collation name: a word, a string, or BINARY. */
  public charsetName = this.RULE("charsetName", (): string =>
    this.OR([
      { ALT: () => identName(this.CONSUME(T.Ident).image) },
      { ALT: () => decodeString(this.CONSUME(T.StringLiteral).image) },
      { ALT: () => tap(this.CONSUME(T.BINARY), "binary") },
      { ALT: () => tap(this.CONSUME(T.DEFAULT), "default") },
    ]),
  );

  public createTable = this.RULE("createTable", (start: number): A.CreateTable => {
    let temporary = false;
    this.OPTION(() => {
      this.CONSUME(T.TEMPORARY);
      temporary = true;
    });
    this.CONSUME(T.TABLE);
    const ifNotExists = this.SUBRULE(this.ifNotExists);
    const name = this.SUBRULE(this.qualifiedName);
    const columns: A.ColumnDef[] = [];
    const indexes: A.IndexDef[] = [];
    const options: A.TableOption[] = [];
    let like: A.QualifiedName | undefined;
    let select: A.SelectStmt | undefined;
    let onDuplicate: "IGNORE" | "REPLACE" | undefined;
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.LIKE);
          like = this.SUBRULE2(this.qualifiedName);
        },
      },
      {
        // Definitions, options and a query, each optional: with none of them the table has no column (1113).
        ALT: () => {
          this.OPTION6(() => {
            this.CONSUME(T.LParen);
            this.AT_LEAST_ONE_SEP({
              SEP: T.Comma,
              DEF: () =>
                this.OR2([
                  { ALT: () => indexes.push(this.SUBRULE(this.indexDef)) },
                  { ALT: () => columns.push(this.SUBRULE(this.columnDef)) },
                ]),
            });
            this.CONSUME(T.RParen);
          });
          this.MANY(() => {
            this.OPTION2(() => this.CONSUME(T.Comma));
            options.push(this.SUBRULE(this.tableOption));
          });
          // [IGNORE | REPLACE] [AS] SELECT ...: the rows of CREATE TABLE ... SELECT.
          this.OPTION5(() => {
            this.OPTION3(() =>
              this.OR3([
                { ALT: () => tap(this.CONSUME(T.IGNORE), (onDuplicate = "IGNORE")) },
                { ALT: () => tap(this.CONSUME(T.REPLACE), (onDuplicate = "REPLACE")) },
              ]),
            );
            this.OPTION4(() => this.CONSUME(T.AS));
            select = this.SUBRULE(this.selectStatement);
          });
        },
      },
    ]);
    return {
      kind: "CreateTable",
      name,
      ifNotExists,
      temporary,
      columns,
      indexes,
      options,
      like,
      ...(select === undefined ? {} : { select }),
      ...(onDuplicate === undefined ? {} : { onDuplicate }),
      start,
      end: this.endNow(),
    };
  });

  public indexDef = this.RULE("indexDef", (): A.IndexDef => {
    const start = this.LA(1).startOffset + this.base;
    let name: string | undefined;
    this.OPTION(() => {
      this.CONSUME(T.CONSTRAINT);
      this.OPTION2(() => {
        name = identName(this.CONSUME(T.Ident).image);
      });
    });
    const type = this.OR([
      {
        ALT: () => {
          this.CONSUME(T.PRIMARY);
          this.CONSUME(T.KEY);
          return "PRIMARY" as const;
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.UNIQUE);
          this.OPTION3(() => this.OR2([{ ALT: () => this.CONSUME2(T.KEY) }, { ALT: () => this.CONSUME(T.INDEX) }]));
          return "UNIQUE" as const;
        },
      },
      {
        ALT: () => {
          this.OR3([{ ALT: () => this.CONSUME3(T.KEY) }, { ALT: () => this.CONSUME2(T.INDEX) }]);
          return "INDEX" as const;
        },
      },
    ]);
    this.OPTION4(() => {
      name = identName(this.CONSUME2(T.Ident).image);
    });
    this.CONSUME(T.LParen);
    const columns: string[] = [];
    this.AT_LEAST_ONE_SEP({
      SEP: T.Comma,
      DEF: () => {
        columns.push(identName(this.CONSUME3(T.Ident).image));
        this.OPTION5(() => {
          this.CONSUME2(T.LParen);
          this.CONSUME(T.IntegerLiteral);
          this.CONSUME2(T.RParen);
        });
        this.OPTION6(() => this.OR4([{ ALT: () => this.CONSUME(T.ASC) }, { ALT: () => this.CONSUME(T.DESC) }]));
      },
    });
    this.CONSUME(T.RParen);
    return { kind: "IndexDef", type, name, columns, start, end: this.endNow() };
  });

  public columnDef = this.RULE("columnDef", (): A.ColumnDef => {
    const n = this.CONSUME(T.Ident);
    const type = this.SUBRULE(this.dataType);
    let nullable: boolean | undefined;
    let dflt: A.Expr | undefined;
    let autoIncrement = false;
    let primaryKey = false;
    let unique = false;
    let comment: string | undefined;
    let onUpdateCurrentTimestamp: boolean | undefined;
    let collation: string | undefined;
    this.MANY(() =>
      this.OR([
        {
          ALT: () => {
            this.CONSUME(T.NOT);
            this.CONSUME(T.NULL);
            nullable = false;
          },
        },
        {
          ALT: () => {
            this.CONSUME2(T.NULL);
            nullable = true;
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.DEFAULT);
            dflt = this.SUBRULE(this.defaultValue);
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.AUTO_INCREMENT);
            autoIncrement = true;
          },
        },
        {
          ALT: () => {
            this.OPTION(() => this.CONSUME(T.PRIMARY));
            this.CONSUME(T.KEY);
            primaryKey = true;
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.UNIQUE);
            this.OPTION2(() => this.CONSUME2(T.KEY));
            unique = true;
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.COMMENT);
            comment = decodeString(this.CONSUME(T.StringLiteral).image);
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.ON);
            this.CONSUME(T.UPDATE);
            this.CONSUME(T.Niladic);
            this.OPTION3(() => {
              this.CONSUME(T.LParen);
              this.OPTION4(() => this.CONSUME(T.IntegerLiteral));
              this.CONSUME(T.RParen);
            });
            onUpdateCurrentTimestamp = true;
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.COLLATE);
            collation = this.SUBRULE(this.charsetName);
          },
        },
      ]),
    );
    const finalType = collation === undefined ? type : { ...type, collation };
    return {
      kind: "ColumnDef",
      name: identName(n.image),
      type: finalType,
      nullable,
      default: dflt,
      autoIncrement,
      primaryKey,
      unique,
      comment,
      onUpdateCurrentTimestamp,
      start: this.s(n),
      end: this.endNow(),
    };
  });

  /** Column DEFAULT: a literal, a signed number, CURRENT_TIMESTAMP[(n)], or `(expr)`. */
  public defaultValue = this.RULE(
    "defaultValue",
    (): A.Expr =>
      this.OR([
        { ALT: () => this.SUBRULE(this.signedLiteral) },
        {
          ALT: () => {
            this.CONSUME(T.LParen);
            const e = this.SUBRULE(this.expr);
            this.CONSUME(T.RParen);
            return e;
          },
        },
        {
          ALT: () => {
            const t = this.CONSUME(T.Niladic);
            const args: A.Expr[] = [];
            this.OPTION(() => {
              this.CONSUME2(T.LParen);
              this.OPTION2(() => args.push(this.SUBRULE(this.literal)));
              this.CONSUME2(T.RParen);
            });
            return { kind: "FunctionCall", name: this.upper(t), args, start: this.s(t), end: this.endNow() } as A.Expr;
          },
        },
      ]),
  );

  public tableOption = this.RULE("tableOption", (): A.TableOption => {
    const start = this.LA(1).startOffset + this.base;
    const name = this.OR([
      { ALT: () => tap(this.CONSUME(T.ENGINE), "ENGINE") },
      { ALT: () => tap(this.CONSUME(T.AUTO_INCREMENT), "AUTO_INCREMENT") },
      { ALT: () => tap(this.CONSUME(T.COMMENT), "COMMENT") },
      {
        ALT: () => {
          this.OPTION(() => this.CONSUME(T.DEFAULT));
          return this.OR2([
            { ALT: () => tap(this.SUBRULE(this.charsetKeyword), "CHARSET") },
            { ALT: () => tap(this.CONSUME(T.COLLATE), "COLLATE") },
          ]);
        },
      },
    ]);
    this.OPTION2(() => this.CONSUME(T.Equals));
    const value = this.OR3([
      { ALT: () => identName(this.CONSUME(T.Ident).image) },
      { ALT: () => decodeString(this.CONSUME(T.StringLiteral).image) },
      { ALT: () => this.CONSUME(T.IntegerLiteral).image },
      { ALT: () => tap(this.CONSUME(T.BINARY), "binary") },
    ]);
    return { kind: "TableOption", name, value, start, end: this.endNow() };
  });

  public createRoutine = this.RULE("createRoutine", (start: number, definer?: string): A.CreateRoutine => {
    const routineType = this.OR([
      { ALT: () => tap(this.CONSUME(T.PROCEDURE), "PROCEDURE" as const) },
      { ALT: () => tap(this.CONSUME(T.FUNCTION), "FUNCTION" as const) },
    ]);
    const ifNotExists = this.SUBRULE(this.ifNotExists);
    const name = this.SUBRULE(this.qualifiedName);
    this.CONSUME(T.LParen);
    const params: A.Param[] = [];
    this.MANY_SEP({ SEP: T.Comma, DEF: () => params.push(this.SUBRULE(this.param)) });
    this.CONSUME(T.RParen);
    let returns: A.DataType | undefined;
    this.OPTION(() => {
      this.CONSUME(T.RETURNS);
      returns = this.SUBRULE(this.dataType);
    });
    const characteristics = this.SUBRULE(this.characteristics);
    const body = this.SUBRULE(this.spStatement);
    const end = this.endNow();
    return {
      kind: "CreateRoutine",
      routineType,
      definer,
      ifNotExists,
      name,
      params,
      returns,
      characteristics,
      body,
      source: this.text.slice(start - this.base, end - this.base),
      start,
      end,
    };
  });

  public param = this.RULE("param", (): A.Param => {
    const start = this.LA(1).startOffset + this.base;
    let mode: A.Param["mode"] = "IN";
    this.OPTION(() => {
      mode = this.OR([
        { ALT: () => tap(this.CONSUME(T.IN), "IN" as const) },
        { ALT: () => tap(this.CONSUME(T.OUT), "OUT" as const) },
        { ALT: () => tap(this.CONSUME(T.INOUT), "INOUT" as const) },
      ]);
    });
    const name = identName(this.CONSUME(T.Ident).image);
    const type = this.SUBRULE(this.dataType);
    return { kind: "Param", mode, name, type, start, end: this.endNow() };
  });

  public characteristics = this.RULE("characteristics", (): A.Characteristics => {
    const c: {
      deterministic?: boolean;
      dataAccess?: A.Characteristics["dataAccess"];
      security?: "DEFINER" | "INVOKER";
      comment?: string;
      language?: "SQL";
    } = {};
    this.MANY(() =>
      this.OR([
        {
          ALT: () => {
            this.CONSUME(T.COMMENT);
            c.comment = decodeString(this.CONSUME(T.StringLiteral).image);
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.LANGUAGE);
            this.CONSUME(T.SQL);
            c.language = "SQL";
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.NOT);
            this.CONSUME(T.DETERMINISTIC);
            c.deterministic = false;
          },
        },
        {
          ALT: () => {
            this.CONSUME2(T.DETERMINISTIC);
            c.deterministic = true;
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.CONTAINS);
            this.CONSUME2(T.SQL);
            c.dataAccess = "CONTAINS SQL";
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.NO);
            this.CONSUME3(T.SQL);
            c.dataAccess = "NO SQL";
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.READS);
            this.CONSUME4(T.SQL);
            this.CONSUME(T.DATA);
            c.dataAccess = "READS SQL DATA";
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.MODIFIES);
            this.CONSUME5(T.SQL);
            this.CONSUME2(T.DATA);
            c.dataAccess = "MODIFIES SQL DATA";
          },
        },
        {
          ALT: () => {
            this.CONSUME6(T.SQL);
            this.CONSUME(T.SECURITY);
            c.security = this.OR2([
              { ALT: () => tap(this.CONSUME(T.DEFINER), "DEFINER" as const) },
              { ALT: () => tap(this.CONSUME(T.INVOKER), "INVOKER" as const) },
            ]);
          },
        },
      ]),
    );
    return c;
  });

  public createTrigger = this.RULE("createTrigger", (start: number, definer?: string): A.CreateTrigger => {
    this.CONSUME(T.TRIGGER);
    const ifNotExists = this.SUBRULE(this.ifNotExists);
    const name = this.SUBRULE(this.qualifiedName);
    const timing = this.OR([
      { ALT: () => tap(this.CONSUME(T.BEFORE), "BEFORE" as const) },
      { ALT: () => tap(this.CONSUME(T.AFTER), "AFTER" as const) },
    ]);
    const event = this.OR2([
      { ALT: () => tap(this.CONSUME(T.INSERT), "INSERT" as const) },
      { ALT: () => tap(this.CONSUME(T.UPDATE), "UPDATE" as const) },
      { ALT: () => tap(this.CONSUME(T.DELETE), "DELETE" as const) },
    ]);
    this.CONSUME(T.ON);
    const table = this.SUBRULE2(this.qualifiedName);
    this.CONSUME(T.FOR);
    this.CONSUME(T.EACH);
    this.CONSUME(T.Ident); // ROW (not a keyword we reserve)
    let order: A.CreateTrigger["order"];
    this.OPTION(() => {
      const position = this.OR3([
        { ALT: () => tap(this.CONSUME(T.FOLLOWS), "FOLLOWS" as const) },
        { ALT: () => tap(this.CONSUME(T.PRECEDES), "PRECEDES" as const) },
      ]);
      order = { position, other: identName(this.CONSUME2(T.Ident).image) };
    });
    const body = this.SUBRULE(this.spStatement);
    const end = this.endNow();
    return {
      kind: "CreateTrigger",
      definer,
      ifNotExists,
      name,
      timing,
      event,
      table,
      order,
      body,
      source: this.text.slice(start - this.base, end - this.base),
      start,
      end,
    };
  });

  public dropStatement = this.RULE("dropStatement", (): A.Statement => {
    const d = this.CONSUME(T.DROP);
    const start = this.s(d);
    return this.OR([
      {
        ALT: () => {
          this.OR2([{ ALT: () => this.CONSUME(T.DATABASE) }, { ALT: () => this.CONSUME(T.SCHEMA) }]);
          const ifExists = this.SUBRULE(this.ifExists);
          const name = identName(this.CONSUME(T.Ident).image);
          return { kind: "DropDatabase", name, ifExists, start, end: this.endNow() } as A.Statement;
        },
      },
      {
        ALT: () => {
          let temporary = false;
          this.OPTION(() => {
            this.CONSUME(T.TEMPORARY);
            temporary = true;
          });
          this.CONSUME(T.TABLE);
          const ifExists = this.SUBRULE5(this.ifExists);
          const names: A.QualifiedName[] = [];
          this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => names.push(this.SUBRULE(this.qualifiedName)) });
          return { kind: "DropTable", names, ifExists, temporary, start, end: this.endNow() } as A.Statement;
        },
      },
      {
        ALT: () => {
          const routineType = this.OR3([
            { ALT: () => tap(this.CONSUME(T.PROCEDURE), "PROCEDURE" as const) },
            { ALT: () => tap(this.CONSUME(T.FUNCTION), "FUNCTION" as const) },
          ]);
          const ifExists = this.SUBRULE6(this.ifExists);
          const name = this.SUBRULE2(this.qualifiedName);
          return { kind: "DropRoutine", routineType, name, ifExists, start, end: this.endNow() } as A.Statement;
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.TRIGGER);
          const ifExists = this.SUBRULE7(this.ifExists);
          const name = this.SUBRULE3(this.qualifiedName);
          return { kind: "DropTrigger", name, ifExists, start, end: this.endNow() } as A.Statement;
        },
      },
    ]);
  });

  // ---- data types -------------------------------------------------------------------------------------------

  public dataType = this.RULE("dataType", (): A.DataType => {
    const start = this.LA(1).startOffset + this.base;
    let length: number | undefined;
    let scale: number | undefined;
    let unsigned: boolean | undefined;
    let zerofill: boolean | undefined;
    let charset: string | undefined;
    let collation: string | undefined;
    let values: string[] | undefined;
    const lengthOpt = (): void => {
      this.OPTION(() => {
        this.CONSUME(T.LParen);
        length = Number(this.CONSUME(T.IntegerLiteral).image);
        this.OPTION2(() => {
          this.CONSUME(T.Comma);
          scale = Number(this.CONSUME2(T.IntegerLiteral).image);
        });
        this.CONSUME(T.RParen);
      });
    };
    const numericAttrs = (): void => {
      this.MANY(() =>
        this.OR2([
          { ALT: () => tap(this.CONSUME(T.UNSIGNED), (unsigned = true)) },
          { ALT: () => this.CONSUME(T.SIGNED) },
          { ALT: () => tap(this.CONSUME(T.ZEROFILL), (zerofill = true)) },
        ]),
      );
    };
    const name = this.OR([
      {
        ALT: (): A.TypeName => {
          const n = this.OR3([
            { ALT: () => tap(this.CONSUME(T.TINYINT), "TINYINT" as const) },
            { ALT: () => tap(this.CONSUME(T.SMALLINT), "SMALLINT" as const) },
            { ALT: () => tap(this.CONSUME(T.MEDIUMINT), "MEDIUMINT" as const) },
            { ALT: () => tap(this.CONSUME(T.INT), "INT" as const) },
            { ALT: () => tap(this.CONSUME(T.INTEGER), "INT" as const) },
            { ALT: () => tap(this.CONSUME(T.BIGINT), "BIGINT" as const) },
            { ALT: () => tap(this.CONSUME(T.DECIMAL), "DECIMAL" as const) },
            { ALT: () => tap(this.CONSUME(T.NUMERIC), "DECIMAL" as const) },
            { ALT: () => tap(this.CONSUME(T.FIXED), "DECIMAL" as const) },
            { ALT: () => tap(this.CONSUME(T.FLOAT), "FLOAT" as const) },
            { ALT: () => tap(this.CONSUME(T.REAL), "DOUBLE" as const) },
            {
              ALT: () => {
                this.CONSUME(T.DOUBLE);
                this.OPTION3(() => this.CONSUME(T.PRECISION));
                return "DOUBLE" as const;
              },
            },
          ]);
          lengthOpt();
          numericAttrs();
          return n;
        },
      },
      {
        ALT: (): A.TypeName => {
          const n = this.OR4([
            { ALT: () => tap(this.CONSUME(T.BIT), "BIT" as const) },
            { ALT: () => tap(this.CONSUME(T.BINARY), "BINARY" as const) },
            { ALT: () => tap(this.CONSUME(T.VARBINARY), "VARBINARY" as const) },
            { ALT: () => tap(this.CONSUME(T.TINYBLOB), "TINYBLOB" as const) },
            { ALT: () => tap(this.CONSUME(T.BLOB), "BLOB" as const) },
            { ALT: () => tap(this.CONSUME(T.MEDIUMBLOB), "MEDIUMBLOB" as const) },
            { ALT: () => tap(this.CONSUME(T.LONGBLOB), "LONGBLOB" as const) },
            { ALT: () => tap(this.CONSUME(T.BOOLEAN), "BOOLEAN" as const) },
            { ALT: () => tap(this.CONSUME(T.BOOL), "BOOLEAN" as const) },
            { ALT: () => tap(this.CONSUME(T.DATE), "DATE" as const) },
            { ALT: () => tap(this.CONSUME(T.DATETIME), "DATETIME" as const) },
            { ALT: () => tap(this.CONSUME(T.TIMESTAMP), "TIMESTAMP" as const) },
            { ALT: () => tap(this.CONSUME(T.TIME), "TIME" as const) },
            { ALT: () => tap(this.CONSUME(T.YEAR), "YEAR" as const) },
            { ALT: () => tap(this.CONSUME(T.JSON_), "JSON" as const) },
          ]);
          // length for BIT/BINARY/VARBINARY/BLOB, fractional seconds for DATETIME/TIME/TIMESTAMP
          this.OPTION4(() => {
            this.CONSUME2(T.LParen);
            const v = Number(this.CONSUME3(T.IntegerLiteral).image);
            this.CONSUME2(T.RParen);
            this.ACTION(() => {
              if (n === "DATETIME" || n === "TIME" || n === "TIMESTAMP") scale = v;
              else length = v;
            });
          });
          return n;
        },
      },
      {
        ALT: (): A.TypeName => {
          const n = this.OR5([
            { ALT: () => tap(this.CONSUME(T.CHAR), "CHAR" as const) },
            {
              ALT: () => {
                this.CONSUME(T.CHARACTER);
                return "CHAR" as const;
              },
            },
            { ALT: () => tap(this.CONSUME(T.VARCHAR), "VARCHAR" as const) },
            { ALT: () => tap(this.CONSUME(T.TINYTEXT), "TINYTEXT" as const) },
            { ALT: () => tap(this.CONSUME(T.TEXT), "TEXT" as const) },
            { ALT: () => tap(this.CONSUME(T.MEDIUMTEXT), "MEDIUMTEXT" as const) },
            { ALT: () => tap(this.CONSUME(T.LONGTEXT), "LONGTEXT" as const) },
            {
              ALT: () => {
                this.CONSUME(T.ENUM);
                this.CONSUME3(T.LParen);
                values = [];
                this.AT_LEAST_ONE_SEP({
                  SEP: T.Comma,
                  DEF: () => values?.push(decodeString(this.CONSUME(T.StringLiteral).image)),
                });
                this.CONSUME3(T.RParen);
                return "ENUM" as const;
              },
            },
          ]);
          this.OPTION5(() => {
            this.CONSUME4(T.LParen);
            length = Number(this.CONSUME4(T.IntegerLiteral).image);
            this.CONSUME4(T.RParen);
          });
          this.MANY2(() =>
            this.OR6([
              {
                ALT: () => {
                  this.SUBRULE(this.charsetKeyword);
                  charset = this.SUBRULE(this.charsetName);
                },
              },
              {
                ALT: () => {
                  this.CONSUME(T.COLLATE);
                  collation = this.SUBRULE2(this.charsetName);
                },
              },
              // `VARCHAR(10) BINARY` is the binary collation of the charset
              { ALT: () => this.CONSUME2(T.BINARY) },
            ]),
          );
          return n;
        },
      },
    ]);
    return {
      kind: "DataType",
      name,
      length,
      scale,
      unsigned,
      zerofill,
      charset,
      collation,
      values,
      start,
      end: this.endNow(),
    };
  });

  public castType = this.RULE("castType", (): A.CastType => {
    const start = this.LA(1).startOffset + this.base;
    let length: number | undefined;
    let scale: number | undefined;
    let charset: string | undefined;
    const name = this.OR([
      {
        ALT: () => {
          this.CONSUME(T.SIGNED);
          this.OPTION(() => this.OR2([{ ALT: () => this.CONSUME(T.INT) }, { ALT: () => this.CONSUME(T.INTEGER) }]));
          return "SIGNED" as const;
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.UNSIGNED);
          this.OPTION2(() => this.OR3([{ ALT: () => this.CONSUME2(T.INT) }, { ALT: () => this.CONSUME2(T.INTEGER) }]));
          return "UNSIGNED" as const;
        },
      },
      {
        ALT: () => {
          const n = this.OR4([
            { ALT: () => tap(this.CONSUME(T.DECIMAL), "DECIMAL" as const) },
            { ALT: () => tap(this.CONSUME(T.CHAR), "CHAR" as const) },
            { ALT: () => tap(this.CONSUME(T.BINARY), "BINARY" as const) },
            { ALT: () => tap(this.CONSUME(T.FLOAT), "FLOAT" as const) },
            { ALT: () => tap(this.CONSUME(T.DATETIME), "DATETIME" as const) },
            { ALT: () => tap(this.CONSUME(T.TIME), "TIME" as const) },
          ]);
          this.OPTION3(() => {
            this.CONSUME(T.LParen);
            length = Number(this.CONSUME(T.IntegerLiteral).image);
            this.OPTION4(() => {
              this.CONSUME(T.Comma);
              scale = Number(this.CONSUME2(T.IntegerLiteral).image);
            });
            this.CONSUME(T.RParen);
          });
          this.OPTION5(() => {
            this.SUBRULE(this.charsetKeyword);
            charset = this.SUBRULE(this.charsetName);
          });
          return n;
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.DOUBLE);
          this.OPTION6(() => this.CONSUME(T.PRECISION));
          return "DOUBLE" as const;
        },
      },
      { ALT: () => tap(this.CONSUME(T.REAL), "DOUBLE" as const) },
      { ALT: () => tap(this.CONSUME(T.DATE), "DATE" as const) },
      { ALT: () => tap(this.CONSUME(T.JSON_), "JSON" as const) },
    ]);
    return this.ACTION(() => {
      // DATETIME(n) and TIME(n) carry fractional-second precision, not a length
      if ((name === "DATETIME" || name === "TIME") && length !== undefined) {
        scale = length;
        length = undefined;
      }
      return { kind: "CastType", name, length, scale, charset, start, end: this.endNow() } as A.CastType;
    });
  });

  // ---- queries ----------------------------------------------------------------------------------------------

  public selectStatement = this.RULE("selectStatement", (): A.SelectStmt => {
    const head = this.SUBRULE(this.selectCore);
    const union: { all: boolean; select: A.SelectStmt }[] = [];
    let orderBy: A.OrderItem[] = [];
    let limit: A.Limit | undefined;
    let into: A.Target[] | undefined = head.into as A.Target[] | undefined;
    let forUpdate: boolean | undefined;
    this.MANY(() => {
      this.CONSUME(T.UNION);
      let all = false;
      this.OPTION(() =>
        this.OR([{ ALT: () => tap(this.CONSUME(T.ALL), (all = true)) }, { ALT: () => this.CONSUME(T.DISTINCT) }]),
      );
      union.push({ all, select: this.SUBRULE2(this.selectCore) });
    });
    this.OPTION2(() => {
      orderBy = this.SUBRULE(this.orderBy);
    });
    this.OPTION3(() => {
      limit = this.SUBRULE(this.limit);
    });
    this.OPTION4(() => {
      this.CONSUME(T.INTO);
      into = this.SUBRULE(this.intoTargets);
    });
    this.OPTION5(() =>
      this.OR2([
        {
          ALT: () => {
            this.CONSUME(T.FOR);
            this.CONSUME(T.UPDATE);
            forUpdate = true;
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.LOCK);
            this.CONSUME(T.IN);
            this.CONSUME(T.Ident); // SHARE
            this.CONSUME2(T.Ident); // MODE
          },
        },
      ]),
    );
    return this.ACTION(() => ({
      ...head,
      orderBy,
      limit,
      into,
      forUpdate,
      union: union.length > 0 ? union : undefined,
      end: this.endNow(),
    }));
  });

  /** One SELECT without ORDER BY/LIMIT (those belong to the whole UNION). */
  public selectCore = this.RULE("selectCore", (): A.SelectStmt => {
    const t = this.CONSUME(T.SELECT);
    let distinct = false;
    const items: A.SelectItem[] = [];
    let from: A.TableRef[] = [];
    let where: A.Expr | undefined;
    let groupBy: A.Expr[] = [];
    let having: A.Expr | undefined;
    let into: A.Target[] | undefined;
    this.OPTION(() =>
      this.OR([{ ALT: () => tap(this.CONSUME(T.DISTINCT), (distinct = true)) }, { ALT: () => this.CONSUME(T.ALL) }]),
    );
    this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => items.push(this.SUBRULE(this.selectItem)) });
    this.OPTION2(() => {
      this.CONSUME(T.INTO);
      into = this.SUBRULE(this.intoTargets);
    });
    this.OPTION3(() => {
      this.CONSUME(T.FROM);
      this.OR2([
        { ALT: () => this.CONSUME(T.DUAL) },
        {
          ALT: () => {
            from = this.SUBRULE(this.tableRefs);
          },
        },
      ]);
    });
    this.OPTION4(() => {
      this.CONSUME(T.WHERE);
      where = this.SUBRULE(this.expr);
    });
    this.OPTION5(() => {
      this.CONSUME(T.GROUP);
      this.CONSUME(T.BY);
      groupBy = this.SUBRULE(this.exprList);
    });
    this.OPTION6(() => {
      this.CONSUME(T.HAVING);
      having = this.SUBRULE2(this.expr);
    });
    return {
      kind: "Select",
      distinct,
      items,
      from,
      where,
      groupBy,
      having,
      orderBy: [],
      into,
      start: this.s(t),
      end: this.endNow(),
    };
  });

  public selectItem = this.RULE(
    "selectItem",
    (): A.SelectItem =>
      this.OR([
        {
          ALT: () => {
            const t = this.CONSUME(T.Star);
            const star: A.Expr = { kind: "Star", start: this.s(t), end: this.endNow() };
            return { kind: "SelectItem", expr: star, start: star.start, end: star.end } as A.SelectItem;
          },
        },
        {
          ALT: () => {
            const expr = this.SUBRULE(this.expr);
            let alias: string | undefined;
            this.OPTION(() => {
              this.OPTION2(() => this.CONSUME(T.AS));
              alias = this.SUBRULE(this.alias);
            });
            return { kind: "SelectItem", expr, alias, start: expr.start, end: this.endNow() } as A.SelectItem;
          },
        },
      ]),
  );

  public alias = this.RULE("alias", (): string =>
    this.OR([
      { ALT: () => identName(this.CONSUME(T.Ident).image) },
      { ALT: () => decodeString(this.CONSUME(T.StringLiteral).image) },
    ]),
  );

  public orderBy = this.RULE("orderBy", (): A.OrderItem[] => {
    const items: A.OrderItem[] = [];
    this.CONSUME(T.ORDER);
    this.CONSUME(T.BY);
    this.AT_LEAST_ONE_SEP({
      SEP: T.Comma,
      DEF: () => {
        const expr = this.SUBRULE(this.expr);
        let desc = false;
        this.OPTION(() =>
          this.OR([{ ALT: () => this.CONSUME(T.ASC) }, { ALT: () => tap(this.CONSUME(T.DESC), (desc = true)) }]),
        );
        items.push({ kind: "OrderItem", expr, desc, start: expr.start, end: this.endNow() });
      },
    });
    return items;
  });

  public limit = this.RULE("limit", (): A.Limit => {
    const t = this.CONSUME(T.LIMIT);
    const first = this.SUBRULE(this.limitValue);
    let count = first;
    let offset: A.Expr | undefined;
    this.OPTION(() =>
      this.OR([
        {
          ALT: () => {
            this.CONSUME(T.Comma);
            offset = first;
            count = this.SUBRULE2(this.limitValue);
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.OFFSET);
            offset = this.SUBRULE3(this.limitValue);
          },
        },
      ]),
    );
    return { kind: "Limit", count, offset, start: this.s(t), end: this.endNow() };
  });

  /** LIMIT takes integer literals and, inside stored programs, local variables. */
  public limitValue = this.RULE(
    "limitValue",
    (): A.Expr =>
      this.OR([
        {
          ALT: () => {
            const t = this.CONSUME(T.IntegerLiteral);
            return { kind: "Number", text: t.image, numberKind: "int", start: this.s(t), end: this.endNow() } as A.Expr;
          },
        },
        {
          ALT: () => {
            const t = this.CONSUME(T.Ident);
            return {
              kind: "ColumnRef",
              qualifier: [],
              name: identName(t.image),
              start: this.s(t),
              end: this.endNow(),
            } as A.Expr;
          },
        },
      ]),
  );

  public tableRefs = this.RULE("tableRefs", (): A.TableRef[] => {
    const out: A.TableRef[] = [];
    this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => out.push(this.SUBRULE(this.tableRef)) });
    return out;
  });

  public tableRef = this.RULE("tableRef", (): A.TableRef => {
    let left = this.SUBRULE(this.tableFactor);
    this.MANY(() => {
      const type = this.OR([
        {
          ALT: () => {
            this.OPTION(() => this.CONSUME(T.INNER));
            this.CONSUME(T.JOIN);
            return "INNER" as const;
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.CROSS);
            this.CONSUME2(T.JOIN);
            return "CROSS" as const;
          },
        },
        {
          ALT: () => {
            const lr = this.OR2([
              { ALT: () => tap(this.CONSUME(T.LEFT), "LEFT" as const) },
              { ALT: () => tap(this.CONSUME(T.RIGHT), "RIGHT" as const) },
            ]);
            this.OPTION2(() => this.CONSUME(T.OUTER));
            this.CONSUME3(T.JOIN);
            return lr;
          },
        },
      ]);
      const right = this.SUBRULE2(this.tableFactor);
      let on: A.Expr | undefined;
      let using: string[] | undefined;
      this.OPTION3(() =>
        this.OR3([
          {
            ALT: () => {
              this.CONSUME(T.ON);
              on = this.SUBRULE(this.expr);
            },
          },
          {
            ALT: () => {
              this.CONSUME(T.USING);
              this.CONSUME(T.LParen);
              const cols: string[] = [];
              this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => cols.push(identName(this.CONSUME(T.Ident).image)) });
              this.CONSUME(T.RParen);
              using = cols;
            },
          },
        ]),
      );
      left = { kind: "Join", type, left, right, on, using, start: left.start, end: this.endNow() };
    });
    return left;
  });

  public tableFactor = this.RULE(
    "tableFactor",
    (): A.TableRef =>
      this.OR([
        {
          ALT: () => {
            const name = this.SUBRULE(this.qualifiedName);
            let alias: string | undefined;
            this.OPTION(() => {
              this.OPTION2(() => this.CONSUME(T.AS));
              alias = identName(this.CONSUME(T.Ident).image);
            });
            return { kind: "TableName", name, alias, start: name.start, end: this.endNow() } as A.TableRef;
          },
        },
        {
          ALT: () => {
            const l = this.CONSUME(T.LParen);
            const query = this.SUBRULE(this.selectStatement);
            this.CONSUME(T.RParen);
            this.OPTION3(() => this.CONSUME2(T.AS));
            const alias = identName(this.CONSUME2(T.Ident).image);
            return { kind: "DerivedTable", query, alias, start: this.s(l), end: this.endNow() } as A.TableRef;
          },
        },
      ]),
  );

  public qualifiedName = this.RULE("qualifiedName", (): A.QualifiedName => {
    const first = this.CONSUME(T.Ident);
    let second: IToken | undefined;
    this.OPTION(() => {
      this.CONSUME(T.Dot);
      second = this.CONSUME(T.AnyName);
    });
    return second === undefined
      ? { kind: "QualifiedName", name: identName(first.image), start: this.s(first), end: this.endNow() }
      : {
          kind: "QualifiedName",
          schema: identName(first.image),
          name: identName(second.image),
          start: this.s(first),
          end: this.endNow(),
        };
  });

  // ---- INSERT / UPDATE / DELETE -----------------------------------------------------------------------------

  public insertStatement = this.RULE("insertStatement", (): A.Insert => {
    const t = this.LA(1);
    const replace = this.OR([
      { ALT: () => tap(this.CONSUME(T.INSERT), false) },
      { ALT: () => tap(this.CONSUME(T.REPLACE), true) },
    ]);
    let ignore = false;
    this.OPTION(() => {
      this.CONSUME(T.IGNORE);
      ignore = true;
    });
    this.OPTION2(() => this.CONSUME(T.INTO));
    const table = this.SUBRULE(this.qualifiedName);
    let columns: string[] | undefined;
    let values: A.Expr[][] | undefined;
    let set: A.Assignment[] | undefined;
    let select: A.SelectStmt | undefined;
    let onDuplicate: A.Assignment[] | undefined;
    this.OPTION3(() => {
      this.CONSUME(T.LParen);
      const cols: string[] = [];
      this.MANY_SEP({ SEP: T.Comma, DEF: () => cols.push(identName(this.CONSUME(T.Ident).image)) });
      this.CONSUME(T.RParen);
      columns = cols;
    });
    this.OR2([
      {
        ALT: () => {
          this.OR3([{ ALT: () => this.CONSUME(T.VALUES) }, { ALT: () => this.CONSUME(T.VALUE) }]);
          const rows: A.Expr[][] = [];
          this.AT_LEAST_ONE_SEP({
            SEP: T.Comma,
            DEF: () => {
              this.CONSUME2(T.LParen);
              let row: A.Expr[] = [];
              this.OPTION4(() => {
                row = this.SUBRULE(this.exprList);
              });
              this.CONSUME2(T.RParen);
              rows.push(row);
            },
          });
          values = rows;
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.SET);
          set = this.SUBRULE(this.assignments);
        },
      },
      {
        ALT: () => {
          select = this.SUBRULE(this.selectStatement);
        },
      },
    ]);
    this.OPTION5(() => {
      this.CONSUME(T.ON);
      this.CONSUME(T.DUPLICATE);
      this.CONSUME(T.KEY);
      this.CONSUME(T.UPDATE);
      onDuplicate = this.SUBRULE2(this.assignments);
    });
    return {
      kind: "Insert",
      replace,
      ignore,
      table,
      columns,
      values,
      set,
      select,
      onDuplicate,
      start: this.s(t),
      end: this.endNow(),
    };
  });

  public assignments = this.RULE("assignments", (): A.Assignment[] => {
    const out: A.Assignment[] = [];
    this.AT_LEAST_ONE_SEP({
      SEP: T.Comma,
      DEF: () => {
        const column = this.SUBRULE(this.columnName);
        this.CONSUME(T.Equals);
        const value = this.SUBRULE(this.expr);
        out.push({ kind: "Assignment", column, value, start: column.start, end: this.endNow() });
      },
    });
    return out;
  });

  public columnName = this.RULE("columnName", (): A.ColumnRef => {
    const first = this.CONSUME(T.Ident);
    const parts: string[] = [identName(first.image)];
    this.MANY(() => {
      this.CONSUME(T.Dot);
      parts.push(identName(this.CONSUME(T.AnyName).image));
    });
    return this.ACTION(() => ({
      kind: "ColumnRef",
      qualifier: parts.slice(0, -1),
      name: parts[parts.length - 1] as string,
      start: this.s(first),
      end: this.endNow(),
    }));
  });

  public updateStatement = this.RULE("updateStatement", (): A.Update => {
    const t = this.CONSUME(T.UPDATE);
    let ignore = false;
    this.OPTION(() => {
      this.CONSUME(T.IGNORE);
      ignore = true;
    });
    const tables = this.SUBRULE(this.tableRefs);
    this.CONSUME(T.SET);
    const set = this.SUBRULE(this.assignments);
    const tail = this.SUBRULE(this.dmlTail);
    return { kind: "Update", ignore, tables, set, ...tail, start: this.s(t), end: this.endNow() };
  });

  public deleteStatement = this.RULE("deleteStatement", (): A.Delete => {
    const t = this.CONSUME(T.DELETE);
    let ignore = false;
    this.OPTION(() => {
      this.CONSUME(T.IGNORE);
      ignore = true;
    });
    this.CONSUME(T.FROM);
    const table = this.SUBRULE(this.qualifiedName);
    const tail = this.SUBRULE(this.dmlTail);
    return { kind: "Delete", ignore, table, ...tail, start: this.s(t), end: this.endNow() };
  });

  /** `[WHERE e] [ORDER BY ...] [LIMIT n]` of UPDATE and DELETE. */
  public dmlTail = this.RULE("dmlTail", (): { where?: A.Expr; orderBy: A.OrderItem[]; limit?: A.Limit } => {
    let where: A.Expr | undefined;
    let orderBy: A.OrderItem[] = [];
    let limit: A.Limit | undefined;
    this.OPTION(() => {
      this.CONSUME(T.WHERE);
      where = this.SUBRULE(this.expr);
    });
    this.OPTION2(() => {
      orderBy = this.SUBRULE(this.orderBy);
    });
    this.OPTION3(() => {
      limit = this.SUBRULE(this.limit);
    });
    return { where, orderBy, limit };
  });

  // ---- expressions ------------------------------------------------------------------------------------------
  //
  // Levels, loosest first (MySQL 8 "Operator Precedence"): OR/||, XOR, AND/&&  (read flat, folded by fold.ts)
  // > NOT > comparisons and IS (left-associative chain) > BETWEEN/IN/LIKE/REGEXP (one per operand)
  // > | & << >> + - * / DIV % MOD ^ (read flat, folded) > unary - + ~ ! BINARY > COLLATE, -> and ->>.

  public exprList = this.RULE("exprList", (): A.Expr[] => {
    const out: A.Expr[] = [];
    this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => out.push(this.SUBRULE(this.expr)) });
    return out;
  });

  public expr = this.RULE("expr", (): A.Expr => {
    const operands: A.Expr[] = [this.SUBRULE(this.notExpr)];
    const ops: A.BinaryOp[] = [];
    this.MANY(() => {
      ops.push(
        this.OR([
          { ALT: () => tap(this.CONSUME(T.OR), "OR" as const) },
          { ALT: () => tap(this.CONSUME(T.PipePipe), "OR" as const) },
          { ALT: () => tap(this.CONSUME(T.XOR), "XOR" as const) },
          { ALT: () => tap(this.CONSUME(T.AND), "AND" as const) },
          { ALT: () => tap(this.CONSUME(T.AmpAmp), "AND" as const) },
        ]),
      );
      operands.push(this.SUBRULE2(this.notExpr));
    });
    return this.ACTION(() => foldBinary(operands, ops));
  });

  public notExpr = this.RULE(
    "notExpr",
    (): A.Expr =>
      this.OR([
        {
          ALT: () => {
            const t = this.CONSUME(T.NOT);
            const operand = this.SUBRULE(this.notExpr);
            return { kind: "Unary", op: "NOT", operand, start: this.s(t), end: this.endNow() } as A.Expr;
          },
        },
        { ALT: () => this.SUBRULE(this.boolPrimary) },
      ]),
  );

  public boolPrimary = this.RULE("boolPrimary", (): A.Expr => {
    let left = this.SUBRULE(this.predicate);
    this.MANY(() =>
      this.OR([
        {
          ALT: () => {
            const op = this.OR2([
              { ALT: () => tap(this.CONSUME(T.Equals), "=" as const) },
              { ALT: () => tap(this.CONSUME(T.NotEq), "<>" as const) },
              { ALT: () => tap(this.CONSUME(T.Less), "<" as const) },
              { ALT: () => tap(this.CONSUME(T.LessEq), "<=" as const) },
              { ALT: () => tap(this.CONSUME(T.Greater), ">" as const) },
              { ALT: () => tap(this.CONSUME(T.GreaterEq), ">=" as const) },
            ]);
            left = this.OR4([
              {
                // `x > ALL (SELECT ...)`: ANY and SOME are non-reserved, so `ANY (` wins over a function named any,
                // as on the server (MySQL's grammar reads them as the quantifier after a comparison operator)
                ALT: () => {
                  const quantifier = this.OR5([
                    { ALT: () => tap(this.CONSUME(T.ALL), "ALL" as const) },
                    { ALT: () => tap(this.CONSUME(T.ANY), "ANY" as const) },
                    { ALT: () => tap(this.CONSUME(T.SOME), "ANY" as const) },
                  ]);
                  this.CONSUME(T.LParen);
                  const query = this.SUBRULE(this.selectStatement);
                  this.CONSUME(T.RParen);
                  const node: A.Expr = {
                    kind: "Quantified",
                    op,
                    quantifier,
                    operand: left,
                    query,
                    start: left.start,
                    end: this.endNow(),
                  };
                  return node;
                },
                IGNORE_AMBIGUITIES: true,
              },
              {
                ALT: (): A.Expr => {
                  const right = this.SUBRULE2(this.predicate);
                  return { kind: "Binary", op, left, right, start: left.start, end: this.endNow() };
                },
              },
            ]);
          },
        },
        {
          // `<=>` takes no ANY/ALL (MySQL's grammar has it as a rule of its own)
          ALT: () => {
            this.CONSUME(T.NullSafeEq);
            const right = this.SUBRULE3(this.predicate);
            left = { kind: "Binary", op: "<=>", left, right, start: left.start, end: this.endNow() };
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.IS);
            let not = false;
            this.OPTION(() => {
              this.CONSUME(T.NOT);
              not = true;
            });
            const test = this.OR3([
              { ALT: () => tap(this.CONSUME(T.NULL), "NULL" as const) },
              { ALT: () => tap(this.CONSUME(T.TRUE), "TRUE" as const) },
              { ALT: () => tap(this.CONSUME(T.FALSE), "FALSE" as const) },
              { ALT: () => tap(this.CONSUME(T.UNKNOWN), "UNKNOWN" as const) },
            ]);
            left = { kind: "Is", operand: left, test, not, start: left.start, end: this.endNow() };
          },
        },
      ]),
    );
    return left;
  });

  public predicate = this.RULE("predicate", (): A.Expr => {
    const operand = this.SUBRULE(this.bitExpr);
    let result = operand;
    this.OPTION(() => {
      let not = false;
      this.OPTION2(() => {
        this.CONSUME(T.NOT);
        not = true;
      });
      result = this.OR([
        {
          ALT: () => {
            this.CONSUME(T.IN);
            this.CONSUME(T.LParen);
            const r = this.OR2([
              {
                ALT: () => {
                  const query = this.SUBRULE(this.selectStatement);
                  return { kind: "InSubquery", operand, query, not } as const;
                },
              },
              {
                ALT: () => {
                  const list = this.SUBRULE(this.exprList);
                  return { kind: "InList", operand, list, not } as const;
                },
              },
            ]);
            this.CONSUME(T.RParen);
            return { ...r, start: operand.start, end: this.endNow() } as A.Expr;
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.BETWEEN);
            const low = this.SUBRULE2(this.bitExpr);
            this.CONSUME(T.AND);
            const high = this.SUBRULE(this.predicate);
            return { kind: "Between", operand, low, high, not, start: operand.start, end: this.endNow() } as A.Expr;
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.LIKE);
            const pattern = this.SUBRULE3(this.bitExpr);
            let escapeChar: A.Expr | undefined;
            this.OPTION3(() => {
              this.CONSUME(T.ESCAPE);
              escapeChar = this.SUBRULE(this.primary);
            });
            return {
              kind: "Like",
              operand,
              pattern,
              escape: escapeChar,
              not,
              start: operand.start,
              end: this.endNow(),
            } as A.Expr;
          },
        },
        {
          ALT: () => {
            this.OR3([{ ALT: () => this.CONSUME(T.REGEXP) }, { ALT: () => this.CONSUME(T.RLIKE) }]);
            const pattern = this.SUBRULE4(this.bitExpr);
            return { kind: "Regexp", operand, pattern, not, start: operand.start, end: this.endNow() } as A.Expr;
          },
        },
      ]);
    });
    return result;
  });

  public bitExpr = this.RULE("bitExpr", (): A.Expr => {
    const operands: A.Expr[] = [this.SUBRULE(this.unary)];
    const ops: A.BinaryOp[] = [];
    this.MANY(() => {
      ops.push(
        this.OR([
          { ALT: () => tap(this.CONSUME(T.Pipe), "|" as const) },
          { ALT: () => tap(this.CONSUME(T.Amp), "&" as const) },
          { ALT: () => tap(this.CONSUME(T.ShiftLeft), "<<" as const) },
          { ALT: () => tap(this.CONSUME(T.ShiftRight), ">>" as const) },
          { ALT: () => tap(this.CONSUME(T.Plus), "+" as const) },
          { ALT: () => tap(this.CONSUME(T.Minus), "-" as const) },
          { ALT: () => tap(this.CONSUME(T.Star), "*" as const) },
          { ALT: () => tap(this.CONSUME(T.Slash), "/" as const) },
          { ALT: () => tap(this.CONSUME(T.DIV), "DIV" as const) },
          { ALT: () => tap(this.CONSUME(T.Percent), "%" as const) },
          { ALT: () => tap(this.CONSUME(T.MOD), "%" as const) },
          { ALT: () => tap(this.CONSUME(T.Caret), "^" as const) },
        ]),
      );
      operands.push(this.SUBRULE2(this.unary));
    });
    return this.ACTION(() => foldBinary(operands, ops));
  });

  public unary = this.RULE(
    "unary",
    (): A.Expr =>
      this.OR([
        {
          ALT: () => {
            const t = this.LA(1);
            const op = this.OR2([
              { ALT: () => tap(this.CONSUME(T.Minus), "-" as const) },
              { ALT: () => tap(this.CONSUME(T.Plus), "+" as const) },
              { ALT: () => tap(this.CONSUME(T.Tilde), "~" as const) },
              { ALT: () => tap(this.CONSUME(T.Bang), "!" as const) },
              { ALT: () => tap(this.CONSUME(T.BINARY), "BINARY" as const) },
            ]);
            const operand = this.SUBRULE(this.unary);
            return { kind: "Unary", op, operand, start: this.s(t), end: this.endNow() } as A.Expr;
          },
        },
        { ALT: () => this.SUBRULE(this.primary) },
      ]),
  );

  /** An operand with its postfix COLLATE and JSON arrows. */
  public primary = this.RULE("primary", (): A.Expr => {
    let e = this.SUBRULE(this.atom);
    this.MANY(() =>
      this.OR([
        {
          ALT: () => {
            this.CONSUME(T.COLLATE);
            const collation = this.SUBRULE(this.charsetName);
            e = { kind: "Collate", operand: e, collation, start: e.start, end: this.endNow() };
          },
        },
        {
          ALT: () => {
            const unquote = this.OR2([
              { ALT: () => tap(this.CONSUME(T.Arrow), false) },
              { ALT: () => tap(this.CONSUME(T.LongArrow), true) },
            ]);
            const p = this.CONSUME(T.StringLiteral);
            const path: A.StringLiteral = {
              kind: "String",
              value: decodeString(p.image),
              start: this.s(p),
              end: this.endNow(),
            };
            e = { kind: "JsonArrow", operand: e, path, unquote, start: e.start, end: this.endNow() };
          },
        },
      ]),
    );
    return e;
  });

  /** A literal or a signed number, as DEFAULT clauses and SIGNAL items take them. */
  public signedLiteral = this.RULE(
    "signedLiteral",
    (): A.Expr =>
      this.OR([
        { ALT: () => this.SUBRULE(this.literal) },
        {
          ALT: () => {
            const t = this.LA(1);
            const op = this.OR2([
              { ALT: () => tap(this.CONSUME(T.Minus), "-" as const) },
              { ALT: () => tap(this.CONSUME(T.Plus), "+" as const) },
            ]);
            const operand = this.SUBRULE(this.numberLiteral);
            return { kind: "Unary", op, operand, start: this.s(t), end: this.endNow() } as A.Expr;
          },
        },
      ]),
  );

  public literal = this.RULE(
    "literal",
    (): A.Expr =>
      this.OR([
        { ALT: () => this.SUBRULE(this.stringLiteral) },
        { ALT: () => this.SUBRULE(this.numberLiteral) },
        {
          // DATE '2001-02-03': a typed literal; DATE alone stays a name or a call
          ALT: () => {
            const t = this.OR2([
              { ALT: () => this.CONSUME(T.DATE) },
              { ALT: () => this.CONSUME(T.TIME) },
              { ALT: () => this.CONSUME(T.TIMESTAMP) },
            ]);
            const text = decodeString(this.CONSUME(T.StringLiteral).image);
            return this.ACTION((): A.Expr => {
              const type = this.upper(t) as A.TemporalLiteral["type"];
              return { kind: "TemporalLiteral", type, text, start: this.s(t), end: this.endNow() };
            });
          },
        },
        {
          ALT: () => {
            const t = this.CONSUME(T.HexLiteral);
            return this.ACTION(() => {
              const x = t.image[0] !== "0";
              const digits = x ? t.image.slice(2, -1) : t.image.slice(2);
              return { kind: "Hex", digits, form: x ? "x" : "0x", start: this.s(t), end: this.endNow() } as A.Expr;
            });
          },
        },
        {
          ALT: () => {
            const t = this.CONSUME(T.BitLiteral);
            return this.ACTION(() => {
              const b = t.image[0] !== "0";
              const digits = b ? t.image.slice(2, -1) : t.image.slice(2);
              return { kind: "Bit", digits, form: b ? "b" : "0b", start: this.s(t), end: this.endNow() } as A.Expr;
            });
          },
        },
        { ALT: () => ({ kind: "Null", start: this.s(this.CONSUME(T.NULL)), end: this.endNow() }) as A.Expr },
        {
          ALT: () => ({ kind: "Bool", value: true, start: this.s(this.CONSUME(T.TRUE)), end: this.endNow() }) as A.Expr,
        },
        {
          ALT: () =>
            ({ kind: "Bool", value: false, start: this.s(this.CONSUME(T.FALSE)), end: this.endNow() }) as A.Expr,
        },
      ]),
  );

  public numberLiteral = this.RULE("numberLiteral", (): A.NumberLiteral => {
    const t = this.LA(1);
    const numberKind = this.OR([
      { ALT: () => tap(this.CONSUME(T.IntegerLiteral), "int" as const) },
      { ALT: () => tap(this.CONSUME(T.DecimalLiteral), "decimal" as const) },
      { ALT: () => tap(this.CONSUME(T.FloatLiteral), "double" as const) },
    ]);
    return { kind: "Number", text: t.image, numberKind, start: this.s(t), end: this.endNow() };
  });

  /** `'a' 'b'` (adjacent literals concatenate), optionally after a charset introducer. */
  public stringLiteral = this.RULE("stringLiteral", (): A.Expr => {
    const start = this.LA(1).startOffset + this.base;
    const strings = (idx: number, charset: string | undefined): A.Expr => {
      let value = "";
      this.atLeastOne(idx, () => {
        value += decodeString(this.consume(idx, T.StringLiteral).image);
      });
      const node: A.StringLiteral = { kind: "String", value, charset, start, end: this.endNow() };
      return node;
    };
    return this.OR([
      { ALT: () => strings(1, undefined) },
      {
        // N'a' 'b': the national prefix belongs to the first literal only; the rest concatenate as usual
        ALT: () => {
          let value = decodeString(this.CONSUME(T.NationalStringLiteral).image.slice(1));
          this.MANY(() => {
            value += decodeString(this.CONSUME3(T.StringLiteral).image);
          });
          return { kind: "String", value, charset: "utf8mb3", start, end: this.endNow() } as A.Expr;
        },
      },
      {
        ALT: () => {
          const charset = this.CONSUME(T.CharsetIntroducer).image.slice(1).toLowerCase();
          return this.OR2([
            { ALT: () => strings(2, charset) },
            {
              // `_binary X'41'`: the introducer only names the charset of a hex string; keep the hex node
              ALT: () => {
                const t = this.CONSUME(T.HexLiteral);
                return this.ACTION(() => {
                  const x = t.image[0] !== "0";
                  const digits = x ? t.image.slice(2, -1) : t.image.slice(2);
                  return { kind: "Hex", digits, form: x ? "x" : "0x", start, end: this.endNow() } as A.Expr;
                });
              },
            },
          ]);
        },
      },
    ]);
  });

  public atom = this.RULE(
    "atom",
    (): A.Expr =>
      this.OR([
        { ALT: () => this.SUBRULE(this.literal) },
        {
          ALT: () => {
            const t = this.CONSUME(T.UserVariable);
            const name = userVarName(t.image);
            return this.OR2([
              {
                ALT: () => {
                  this.CONSUME(T.ColonEq);
                  const value = this.SUBRULE(this.expr);
                  return { kind: "AssignUserVar", name, value, start: this.s(t), end: this.endNow() } as A.Expr;
                },
              },
              { ALT: () => ({ kind: "UserVar", name, start: this.s(t), end: this.endNow() }) as A.Expr },
            ]);
          },
        },
        {
          ALT: () => {
            const t = this.CONSUME(T.SystemVariable);
            return this.ACTION(() => {
              const { scope, name } = systemVarParts(t.image);
              return { kind: "SystemVar", scope, name, start: this.s(t), end: this.endNow() } as A.Expr;
            });
          },
        },
        {
          ALT: () => {
            const l = this.CONSUME(T.LParen);
            const e = this.OR3([
              {
                ALT: () => {
                  const query = this.SUBRULE(this.selectStatement);
                  return { kind: "ScalarSubquery", query } as const;
                },
              },
              { ALT: () => ({ kind: "list", items: this.SUBRULE(this.exprList) }) as const },
            ]);
            this.CONSUME(T.RParen);
            return this.ACTION((): A.Expr => {
              if (e.kind === "ScalarSubquery") return { ...e, start: this.s(l), end: this.endNow() };
              // A parenthesised expression spans its parentheses, so the text of `(2 + 3) * 4` (a column name, say)
              // is the text as written.
              if (e.items.length === 1) return { ...(e.items[0] as A.Expr), start: this.s(l), end: this.endNow() };
              return { kind: "Row", items: e.items, start: this.s(l), end: this.endNow() };
            });
          },
        },
        {
          ALT: () => {
            const t = this.CONSUME(T.EXISTS);
            this.CONSUME2(T.LParen);
            const query = this.SUBRULE2(this.selectStatement);
            this.CONSUME2(T.RParen);
            return { kind: "Exists", query, start: this.s(t), end: this.endNow() } as A.Expr;
          },
        },
        { ALT: () => this.SUBRULE(this.caseExpr) },
        { ALT: () => this.SUBRULE(this.specialCall), IGNORE_AMBIGUITIES: true },
        {
          ALT: () => {
            const t = this.CONSUME(T.INTERVAL);
            const value = this.SUBRULE2(this.expr);
            const unit = this.CONSUME(T.Ident).image.toUpperCase();
            return { kind: "Interval", value, unit, start: this.s(t), end: this.endNow() } as A.Expr;
          },
        },
        {
          ALT: () => {
            const t = this.CONSUME(T.DEFAULT);
            let column: string | undefined;
            this.OPTION(() => {
              this.CONSUME3(T.LParen);
              column = identName(this.CONSUME2(T.Ident).image);
              this.CONSUME3(T.RParen);
            });
            return { kind: "Default", column, start: this.s(t), end: this.endNow() } as A.Expr;
          },
        },
        {
          ALT: () => {
            const t = this.CONSUME(T.Niladic);
            const args: A.Expr[] = [];
            this.OPTION2(() => {
              this.CONSUME4(T.LParen);
              this.OPTION3(() => args.push(this.SUBRULE3(this.expr)));
              this.CONSUME4(T.RParen);
            });
            return { kind: "FunctionCall", name: this.upper(t), args, start: this.s(t), end: this.endNow() } as A.Expr;
          },
        },
        {
          ALT: () => {
            const t = this.CONSUME(T.FuncKeyword);
            const call = this.SUBRULE(this.callArgs);
            return this.ACTION(() => this.makeCall(t, undefined, this.upper(t), call));
          },
        },
        { ALT: () => this.SUBRULE(this.nameOrCall) },
      ]),
  );

  /** `x`, `t.x`, `db.t.x`, `t.*`, `f(...)`, `db.f(...)`. */
  public nameOrCall = this.RULE("nameOrCall", (): A.Expr => {
    const first = this.CONSUME(T.Ident);
    const parts: string[] = [identName(first.image)];
    let star = false;
    this.MANY(() => {
      this.CONSUME(T.Dot);
      this.OR([
        { ALT: () => parts.push(identName(this.CONSUME(T.AnyName).image)) },
        { ALT: () => tap(this.CONSUME(T.Star), (star = true)) },
      ]);
    });
    let call: CallArgs | undefined;
    this.OPTION(() => {
      call = this.SUBRULE(this.callArgs);
    });
    return this.ACTION((): A.Expr => {
      const start = this.s(first);
      if (star) {
        if (call !== undefined) throw new ActionError(start, "unexpected '(' after '*'");
        return { kind: "Star", qualifier: parts, start, end: this.endNow() };
      }
      if (call !== undefined) {
        if (parts.length > 2) throw new ActionError(start, `function name '${parts.join(".")}' has too many parts`);
        const name = parts[parts.length - 1] as string;
        return this.makeCall(first, parts.length === 2 ? parts[0] : undefined, name, call);
      }
      return {
        kind: "ColumnRef",
        qualifier: parts.slice(0, -1),
        name: parts[parts.length - 1] as string,
        start,
        end: this.endNow(),
      };
    });
  });

  private makeCall(first: IToken, schema: string | undefined, name: string, call: CallArgs): A.Expr {
    const start = this.s(first);
    const upperName = name.toUpperCase();
    if (schema === undefined && aggregates.has(upperName)) {
      return {
        kind: "AggregateCall",
        name: upperName as A.AggregateName,
        distinct: call.distinct,
        args: call.args,
        orderBy: call.orderBy,
        separator: call.separator,
        start,
        end: this.endNow(),
      };
    }
    if (call.distinct || call.orderBy !== undefined || call.separator !== undefined)
      throw new ActionError(start, `DISTINCT, ORDER BY and SEPARATOR are only allowed in aggregate functions`);
    if (call.args.some((a) => a.kind === "Star"))
      throw new ActionError(start, `'*' is only allowed as the argument of COUNT`);
    // a qualified name is a stored function: keep its spelling; an unqualified one may be a builtin (case-insensitive):
    // upper-case it and keep the spelling in `written` for messages about stored functions
    if (schema !== undefined) return { kind: "FunctionCall", schema, name, args: call.args, start, end: this.endNow() };
    let args = call.args;
    if (upperName === "TIMESTAMPDIFF" || upperName === "TIMESTAMPADD") args = withUnitArgument(args, start);
    return {
      kind: "FunctionCall",
      name: upperName,
      written: upperName === name ? undefined : name,
      args,
      start,
      end: this.endNow(),
    };
  }

  /** `( [DISTINCT] args [ORDER BY ...] [SEPARATOR 's'] )`; the extras are checked against the name later. */
  public callArgs = this.RULE("callArgs", (): CallArgs => {
    const result: CallArgs = { distinct: false, args: [] };
    this.CONSUME(T.LParen);
    this.OPTION(() => {
      this.OPTION2(() =>
        this.OR([
          { ALT: () => tap(this.CONSUME(T.DISTINCT), (result.distinct = true)) },
          { ALT: () => this.CONSUME(T.ALL) },
        ]),
      );
      this.OR2([
        {
          ALT: () => {
            const t = this.CONSUME(T.Star);
            result.args = [{ kind: "Star", start: this.s(t), end: this.endNow() }];
          },
        },
        { ALT: () => (result.args = this.SUBRULE(this.exprList)) },
      ]);
      this.OPTION3(() => {
        result.orderBy = this.SUBRULE(this.orderBy);
      });
      this.OPTION4(() => {
        this.CONSUME(T.SEPARATOR);
        result.separator = decodeString(this.CONSUME(T.StringLiteral).image);
      });
    });
    this.CONSUME(T.RParen);
    return result;
  });

  public caseExpr = this.RULE("caseExpr", (): A.CaseExpr => {
    const t = this.CONSUME(T.CASE);
    let operand: A.Expr | undefined;
    let elseExpr: A.Expr | undefined;
    const whens: A.WhenClause<A.Expr>[] = [];
    this.OPTION(() => {
      operand = this.SUBRULE(this.expr);
    });
    this.AT_LEAST_ONE(() => {
      const w = this.CONSUME(T.WHEN);
      const when = this.SUBRULE2(this.expr);
      this.CONSUME(T.THEN);
      const then = this.SUBRULE3(this.expr);
      whens.push({ kind: "When", when, then, start: this.s(w), end: this.endNow() });
    });
    this.OPTION2(() => {
      this.CONSUME(T.ELSE);
      elseExpr = this.SUBRULE4(this.expr);
    });
    this.CONSUME(T.END);
    return { kind: "CaseExpr", operand, whens, else: elseExpr, start: this.s(t), end: this.endNow() };
  });

  /** CAST, CONVERT, TRIM, POSITION and SUBSTRING with their keyword syntax, normalised to plain calls. */
  public specialCall = this.RULE(
    "specialCall",
    (): A.Expr =>
      this.OR([
        {
          ALT: () => {
            const t = this.CONSUME(T.CAST);
            this.CONSUME(T.LParen);
            const operand = this.SUBRULE(this.expr);
            this.CONSUME(T.AS);
            const target = this.SUBRULE(this.castType);
            this.CONSUME(T.RParen);
            return { kind: "Cast", operand, target, syntax: "CAST", start: this.s(t), end: this.endNow() } as A.Expr;
          },
        },
        {
          ALT: () => {
            const t = this.CONSUME(T.CONVERT);
            this.CONSUME2(T.LParen);
            const operand = this.SUBRULE2(this.expr);
            const r = this.OR2([
              {
                ALT: () => {
                  this.CONSUME(T.Comma);
                  const target = this.SUBRULE2(this.castType);
                  return { kind: "Cast", operand, target, syntax: "CONVERT" } as const;
                },
              },
              {
                ALT: () => {
                  this.CONSUME(T.USING);
                  const charset = this.SUBRULE(this.charsetName);
                  return { kind: "ConvertUsing", operand, charset } as const;
                },
              },
            ]);
            this.CONSUME2(T.RParen);
            return { ...r, start: this.s(t), end: this.endNow() } as A.Expr;
          },
        },
        {
          // EXTRACT(unit FROM x) is EXTRACT('UNIT', x): the unit becomes an upper-case string argument
          ALT: () => {
            const t = this.CONSUME(T.EXTRACT);
            this.CONSUME7(T.LParen);
            const u = this.CONSUME(T.Ident);
            this.CONSUME4(T.FROM);
            const operand = this.subrule(13, this.expr, undefined);
            this.CONSUME7(T.RParen);
            const unit: A.Expr = {
              kind: "String",
              value: u.image.toUpperCase(),
              start: this.s(u),
              end: this.s(u) + u.image.length,
            };
            return {
              kind: "FunctionCall",
              name: "EXTRACT",
              args: [unit, operand],
              start: this.s(t),
              end: this.endNow(),
            } as A.Expr;
          },
        },
        {
          // CHAR(n, ... USING cs) is CONVERT(CHAR(n, ...) USING cs): CHAR builds bytes, USING names their charset
          ALT: () => {
            const t = this.CONSUME(T.CHAR);
            this.CONSUME6(T.LParen);
            const args = this.SUBRULE(this.exprList);
            let charset: string | undefined;
            this.OPTION5(() => {
              this.CONSUME2(T.USING);
              charset = this.SUBRULE2(this.charsetName);
            });
            this.CONSUME6(T.RParen);
            const call: A.Expr = { kind: "FunctionCall", name: "CHAR", args, start: this.s(t), end: this.endNow() };
            if (charset === undefined) return call;
            return { kind: "ConvertUsing", operand: call, charset, start: this.s(t), end: this.endNow() } as A.Expr;
          },
        },
        {
          ALT: () => {
            const t = this.CONSUME(T.TRIM);
            this.CONSUME3(T.LParen);
            let trim: "BOTH" | "LEADING" | "TRAILING" | undefined;
            let remove: A.Expr | undefined;
            let subject: A.Expr | undefined;
            this.OR3([
              {
                ALT: () => {
                  trim = this.OR4([
                    { ALT: () => tap(this.CONSUME(T.BOTH), "BOTH" as const) },
                    { ALT: () => tap(this.CONSUME(T.LEADING), "LEADING" as const) },
                    { ALT: () => tap(this.CONSUME(T.TRAILING), "TRAILING" as const) },
                  ]);
                  this.OPTION(() => {
                    remove = this.SUBRULE3(this.expr);
                  });
                  this.CONSUME(T.FROM);
                  subject = this.SUBRULE4(this.expr);
                },
              },
              {
                ALT: () => {
                  const first = this.SUBRULE5(this.expr);
                  subject = first;
                  this.OPTION2(() => {
                    this.CONSUME2(T.FROM);
                    remove = first;
                    subject = this.SUBRULE6(this.expr);
                  });
                },
              },
            ]);
            this.CONSUME3(T.RParen);
            return this.ACTION(() => {
              const args = remove === undefined ? [subject as A.Expr] : [subject as A.Expr, remove];
              return { kind: "FunctionCall", name: "TRIM", args, trim, start: this.s(t), end: this.endNow() } as A.Expr;
            });
          },
        },
        {
          ALT: () => {
            const t = this.CONSUME(T.POSITION);
            this.CONSUME4(T.LParen);
            const needle = this.SUBRULE(this.bitExpr);
            this.CONSUME(T.IN);
            const hay = this.SUBRULE7(this.expr);
            this.CONSUME4(T.RParen);
            return {
              kind: "FunctionCall",
              name: "LOCATE",
              args: [needle, hay],
              start: this.s(t),
              end: this.endNow(),
            } as A.Expr;
          },
        },
        {
          ALT: () => {
            const t = this.OR5([{ ALT: () => this.CONSUME(T.SUBSTRING) }, { ALT: () => this.CONSUME(T.SUBSTR) }]);
            this.CONSUME5(T.LParen);
            const args: A.Expr[] = [this.SUBRULE8(this.expr)];
            this.OR6([
              {
                ALT: () => {
                  this.CONSUME3(T.FROM);
                  args.push(this.SUBRULE9(this.expr));
                  this.OPTION3(() => {
                    this.CONSUME(T.FOR);
                    args.push(this.subrule(10, this.expr, undefined));
                  });
                },
              },
              {
                ALT: () => {
                  this.CONSUME2(T.Comma);
                  args.push(this.subrule(11, this.expr, undefined));
                  this.OPTION4(() => {
                    this.CONSUME3(T.Comma);
                    args.push(this.subrule(12, this.expr, undefined));
                  });
                },
              },
            ]);
            this.CONSUME5(T.RParen);
            return this.ACTION(
              () =>
                ({
                  kind: "FunctionCall",
                  name: t.image.toUpperCase(),
                  args,
                  start: this.s(t),
                  end: this.endNow(),
                }) as A.Expr,
            );
          },
        },
      ]),
  );
}

/** The one parser instance, reused for every parse (Chevrotain parsers are expensive to build, cheap to reset). */
export const sqlParser = new SqlParser();

/** Tokens by type, for the error messages that name what was expected. */
export type { TokenType };

const TIMESTAMP_UNITS = new Set(["MICROSECOND", "SECOND", "MINUTE", "HOUR", "DAY", "WEEK", "MONTH", "QUARTER", "YEAR"]);

/**
 * TIMESTAMPDIFF(unit, a, b) and TIMESTAMPADD(unit, n, d) take a unit keyword, not a column: the first argument becomes
 * the upper-case unit name as a string, as EXTRACT's does (SQL_TSI_DAY is DAY). Anything else is a syntax error.
 */
function withUnitArgument(args: readonly A.Expr[], start: number): A.Expr[] {
  const first = args[0];
  const word = first?.kind === "ColumnRef" && first.qualifier.length === 0 ? first.name.toUpperCase() : undefined;
  const unit = word?.startsWith("SQL_TSI_") ? word.slice(8) : word;
  if (first === undefined || unit === undefined || !TIMESTAMP_UNITS.has(unit)) {
    throw new ActionError(first?.start ?? start, "TIMESTAMPDIFF and TIMESTAMPADD need a unit such as DAY first");
  }
  return [{ kind: "String", value: unit, start: first.start, end: first.end }, ...args.slice(1)];
}
