-- The seed's database and table (third blog post, "Look Ma, no Guarantees").
-- The blog shows the CREATE TABLE without its closing parenthesis; it is completed here.

CREATE DATABASE IF NOT EXISTS fib;
USE fib;

CREATE TABLE fib.fibonacci (
  fib INTEGER,
  value INTEGER,
  correlation_id CHAR(36),
  success BOOLEAN,
  error_sqlstate CHAR(5),
  error_msg TEXT,
  error_errno INTEGER,
  PRIMARY KEY (correlation_id)
);
