// Scripts for the splitter tests.

export const splitInputs = [
  "SELECT 1; SELECT 2;",
  "SELECT ';' , \"x;\" , `a;b`; SELECT 'it\\'s;'; SELECT 'a'';'",
  "-- comment; here\nSELECT 1; # another; one\nSELECT /* in; line */ 2;",
  "DELIMITER $$\nCREATE PROCEDURE p() BEGIN SELECT 1; END$$\nDELIMITER ;\nCALL p();",
];
