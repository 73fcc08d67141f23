// The reply formatting of Aurora MySQL's lambda_sync(): the function's JSON result pretty-printed the way Jackson's
// default pretty printer does it (two-space indent, ` : ` between key and value, arrays on one line). The seed's
// author found that this formatting adds line feeds (0x0A) to the reply, which his parser had to strip first.

export function prettyJson(value: unknown, indent = ""): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean") return JSON.stringify(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return "[ ]";
    return `[ ${value.map((v) => prettyJson(v, indent)).join(", ")} ]`;
  }
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return "{ }";
    const inner = `${indent}  `;
    const body = entries.map(([k, v]) => `${inner}${JSON.stringify(k)} : ${prettyJson(v, inner)}`).join(",\n");
    return `{\n${body}\n${indent}}`;
  }
  return JSON.stringify(String(value));
}
