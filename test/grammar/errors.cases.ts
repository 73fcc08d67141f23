// Scripts with syntax errors, and the reason, line and column each must report.

/** [script, reason, line, column] */
export const errorCases: [string, string, number, number][] = [
  ["SELECT 1 FROM", "expected one of DUAL, identifier, '(', found end of input", 1, 14],
  ["SELECT * FROM t WHERE", "expected expression, found end of input", 1, 22],
  ["SELECT * FROM t WHERE   \n\n", "expected expression, found end of input", 1, 22],
  ["SELEC 1", "expected one of BEGIN, SELECT, INSERT, REPLACE, UPDATE, DELETE, SET, CALL, ..., found 'SELEC'", 1, 1],
  ["CREATE PROCEDURE p() BEGIN\n  SET x = 1\n  SET y = 2;\nEND", "expected ';', found 'SET'", 3, 3],
  ["DELIMITER $$\nCREATE PROCEDURE p()\nBEGIN\n  IF x THEN SET y = 1; END;\nEND$$", "expected IF, found ';'", 4, 27],
  ["SELECT 1;\nSELECT 'abc", "unterminated string literal", 2, 8],
  ["SELECT `abc", "unterminated quoted identifier", 1, 8],
  ["SELECT 1 /* x", "unterminated comment", 1, 10],
  ["SELECT a ? b", "unexpected character '?'", 1, 10],
  ["SIGNAL SQLSTATE '45000' SET FOO = 1", "unknown condition information item 'FOO'", 1, 29],
  // SIGNAL items take literals and variables only, as on the server
  ["SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = CONCAT('a')", "unexpected '(' after the end of the statement", 1, 50],
  [
    "CREATE PROCEDURE p() BEGIN SET a.b = 1; END",
    "unknown variable 'a.b'; only NEW.col and OLD.col are qualified",
    1,
    32,
  ],
  ["CREATE PROCEDURE p() x: SET a = 1", "only BEGIN, LOOP, WHILE and REPEAT can have a label", 1, 22],
  ["SELECT (1, 2", "expected ')', found end of input", 1, 13],
  // CREATE TABLE ... SELECT: the query is required after IGNORE/REPLACE/AS and comes last
  ["CREATE TABLE t\n  IGNORE AS", "expected SELECT, found end of input", 2, 12],
  ["CREATE TABLE t (a INT) AS VALUES (1)", "expected SELECT, found 'VALUES'", 1, 27],
  ["CREATE TABLE t LIKE u SELECT 1", "unexpected 'SELECT' after the end of the statement", 1, 23],
  // ANY/SOME/ALL take a subquery, and <=> takes none (MySQL's grammar gives it a rule of its own)
  ["SELECT 1\n  FROM t WHERE a > ALL (1)", "expected SELECT, found '1'", 2, 25],
  ["SELECT a = ANY (b)", "expected SELECT, found 'b'", 1, 17],
  ["SELECT a <=> ANY (SELECT 1)", "expected ')', found 'SELECT'", 1, 19],
  ["SELECT a <=> ALL (SELECT 1)", "expected expression, found 'ALL'", 1, 14],
  [
    "CREATE TABLE t (a INT,",
    "expected one of CONSTRAINT, PRIMARY, UNIQUE, KEY, INDEX, identifier, found end of input",
    1,
    23,
  ],
  ["SELECT 1; SELECT FROM", "expected one of expression, '*', found 'FROM'", 1, 18],
  ["INSERT INTO t VALUES (1,)", "expected expression, found ')'", 1, 25],
  [
    "DECLARE x INT",
    "expected one of BEGIN, SELECT, INSERT, REPLACE, UPDATE, DELETE, SET, CALL, ..., found 'DECLARE'",
    1,
    1,
  ],
  ["SELECT f(DISTINCT a)", "DISTINCT, ORDER BY and SEPARATOR are only allowed in aggregate functions", 1, 8],
  ["SELECT 1 2", "unexpected '2' after the end of the statement", 1, 10],
  // without DELIMITER the client cuts the body at its first `;`
  [
    "CREATE TRIGGER t BEFORE INSERT ON x FOR EACH ROW\nBEGIN\n  SET NEW.a = 1;\n",
    "expected ';', found end of input",
    3,
    16,
  ],
  [
    "DELIMITER $$\nCREATE TRIGGER t BEFORE INSERT ON x FOR EACH ROW\nBEGIN\n  SET NEW.a = 1;\n",
    "expected END, found end of input",
    4,
    17,
  ],
  [
    "DELIMITER //\nCREATE PROCEDURE p() BEGIN WHILE x DO SET y = 1; END LOOP; END//",
    "expected WHILE, found 'LOOP'",
    2,
    54,
  ],
  ["CREATE FUNCTION f() RETURNS INT RETURN", "expected expression, found end of input", 1, 39],
  ["SELECT status, value, select FROM t", "expected one of expression, '*', found 'select'", 1, 23],
  ["CREATE TABLE t (key INT)", "expected '(', found 'INT'", 1, 21],
  // reserved words that spbed does not implement stay reserved, as on the server
  ["SELECT * FROM t NATURAL JOIN u", "unexpected 'NATURAL' after the end of the statement", 1, 17],
  ["SELECT a FROM t WITH x", "unexpected 'WITH' after the end of the statement", 1, 17],
  [
    "DROP VIEW v",
    "expected one of DATABASE, SCHEMA, TEMPORARY, TABLE, PROCEDURE, FUNCTION, TRIGGER, found 'VIEW'",
    1,
    6,
  ],
];
