-- The API Gateway envelope: the output sits inside a JSON string in "body", so the seed's trigger finds no output.
-- The parser comes from sql/json (sourced, as the mysql client's source command reads it).
-- rules: C1
CREATE DATABASE fib;
USE fib;
source sql/json/10_json_helpers.sql;
source sql/json/20_json_extract_property.sql;
SET @envelope = '{\n  "isBase64Encoded" : false,\n  "body" : "{\\"output\\":\\"5\\",\\"input\\":\\"{}\\",\\"error\\":null}",\n  "statusCode" : "200"\n}';
SELECT @envelope;
CALL json_extract_property(@envelope, 'output', @v, @t);
SELECT @v, @t;
CALL json_extract_property(@envelope, 'statusCode', @v, @t);
SELECT @v, @t;
CALL json_extract_property(@envelope, 'isBase64Encoded', @v, @t);
SELECT @v, @t;
CALL json_extract_property(@envelope, 'body', @v, @t);
SELECT @v, @t;
SET @body = '{"output":"5","input":"{}","error":null}';
CALL json_extract_property(@body, 'output', @v, @t);
SELECT @v, @t;
CALL json_extract_property(@body, 'error', @v, @t);
SELECT @v, @t;
CALL json_extract_property('{"output":"Event body is null","input":"{}","error":null}', 'output', @v, @t);
SELECT @v, @t;
