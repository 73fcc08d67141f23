// Validation of lambda_sync() payloads. The service rejects a payload that is not JSON before the function runs,
// and says where, in the style of the Java JSON library behind it (the seed quotes one such message).

const VALUE_EXPECTED = "expected a valid value (number, String, array, object, 'true', 'false' or 'null')";

class Bad {
  constructor(
    readonly at: number,
    readonly expecting: string,
  ) {}
}

/** Undefined when `text` is one JSON value; otherwise the problem and its position. */
export function validatePayload(text: string): string | undefined {
  let i = 0;
  const ws = () => {
    while (i < text.length && " \t\r\n".includes(text[i] ?? "")) i++;
  };
  const expect = (ch: string, what: string) => {
    if (text[i] !== ch) throw new Bad(i, what);
    i++;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === "{") {
      i++;
      ws();
      if (text[i] === "}") {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') throw new Bad(i, "was expecting double-quote to start field name");
        string();
        ws();
        expect(":", "was expecting a colon to separate field name and value");
        value();
        ws();
        if (text[i] === ",") {
          i++;
          continue;
        }
        expect("}", "was expecting comma to separate Object entries");
        return;
      }
    }
    if (c === "[") {
      i++;
      ws();
      if (text[i] === "]") {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text[i] === ",") {
          i++;
          continue;
        }
        expect("]", "was expecting comma to separate Array entries");
        return;
      }
    }
    if (c === '"') {
      string();
      return;
    }
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i));
    if (literal === null) throw new Bad(i, VALUE_EXPECTED);
    i += literal[0].length;
  };
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
    if (i >= text.length) throw new Bad(i, "was expecting closing quote for a string value");
    i++;
  };
  try {
    value();
    ws();
    if (i < text.length) throw new Bad(i, "was expecting end of input");
    return undefined;
  } catch (error) {
    if (!(error instanceof Bad)) throw error;
    return describe(text, error);
  }
}

function describe(text: string, bad: Bad): string {
  const before = text.slice(0, bad.at);
  const line = before.split("\n").length;
  const column = bad.at - before.lastIndexOf("\n");
  const where = `at [Source: (byte[])"${text}"; line: ${line}, column: ${column}]`;
  if (bad.at >= text.length) return `Unexpected end-of-input: ${bad.expecting} ${where}`;
  const ch = text[bad.at] ?? "";
  return `Unexpected character ('${ch}' (code ${ch.charCodeAt(0)})): ${bad.expecting} ${where}`;
}
