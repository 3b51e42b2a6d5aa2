import { InvalidInputError } from "../errors/invalid-input-error.js";

/** A Modelfile split into the fields of Ollama's /api/create request. */
export interface ParsedModelfile {
  from?: string;
  adapters: string[];
  template?: string;
  system?: string;
  license: string[];
  parameters: Record<string, unknown>;
  messages: Array<{ role: string; content: string }>;
}

const INSTRUCTIONS = new Set(["FROM", "ADAPTER", "TEMPLATE", "SYSTEM", "LICENSE", "PARAMETER", "MESSAGE", "REQUIRES"]);

/** Ollama's typed options; everything else is sent as the string it is. */
const BOOLEAN = /^(true|false)$/i;
const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

function typed(value: string): unknown {
  if (BOOLEAN.test(value)) return value.toLowerCase() === "true";
  if (NUMBER.test(value)) return Number(value);
  return value;
}

function fail(line: number, reason: string): never {
  throw new InvalidInputError({ field: "modelfile", reason: `line ${line}: ${reason}` });
}

/**
 * Parses a Modelfile (docs/modelfile.md in ollama/ollama): one instruction a line, values bare,
 * "quoted" or """triple-quoted""" across lines, `#` comments. Since Ollama 0.5.5 /api/create
 * takes these fields rather than Modelfile text, so the client parses, as the ollama CLI does.
 */
export function parseModelfile(text: string): ParsedModelfile {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const result: ParsedModelfile = { adapters: [], license: [], parameters: {}, messages: [] };
  let i = 0;

  /** Reads a value that starts in `rest` (on line i) and may continue over later lines. */
  const readValue = (rest: string, lineNo: number): string => {
    if (rest.startsWith('"""')) {
      let body = rest.slice(3);
      let end = body.indexOf('"""');
      while (end === -1) {
        i++;
        if (i >= lines.length) fail(lineNo, 'a """ block is never closed');
        body += "\n" + lines[i];
        end = body.indexOf('"""');
      }
      if (body.slice(end + 3).trim() !== "") fail(i + 1, 'text after the closing """');
      return body.slice(0, end);
    }
    const trimmed = rest.trim();
    if (trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')) {
      try {
        return JSON.parse(trimmed) as string;
      } catch {
        return trimmed.slice(1, -1);
      }
    }
    return trimmed;
  };

  for (; i < lines.length; i++) {
    const lineNo = i + 1;
    const line = (lines[i] as string).trimStart();
    if (line === "" || line.startsWith("#")) continue;
    const match = /^(\S+)(?:\s+([\s\S]*))?$/.exec(line);
    const instruction = match?.[1]?.toUpperCase() ?? "";
    if (!INSTRUCTIONS.has(instruction)) fail(lineNo, `unknown instruction "${match?.[1] ?? line}"`);
    const rest = match?.[2] ?? "";
    if (rest.trim() === "") fail(lineNo, `${instruction} needs a value`);
    switch (instruction) {
      case "FROM":
        result.from = readValue(rest, lineNo);
        break;
      case "ADAPTER":
        result.adapters.push(readValue(rest, lineNo));
        break;
      case "TEMPLATE":
        result.template = readValue(rest, lineNo);
        break;
      case "SYSTEM":
        result.system = readValue(rest, lineNo);
        break;
      case "LICENSE":
        result.license.push(readValue(rest, lineNo));
        break;
      case "REQUIRES":
        break;
      case "PARAMETER":
      case "MESSAGE": {
        const pair = /^(\S+)\s+([\s\S]*)$/.exec(rest.trim());
        if (!pair) fail(lineNo, `${instruction} needs a name and a value`);
        const key = pair[1] as string;
        const value = readValue(pair[2] as string, lineNo);
        if (instruction === "MESSAGE") {
          result.messages.push({ role: key, content: value });
        } else if (key === "stop") {
          // Ollama collects every `PARAMETER stop` into one list.
          const stops = (result.parameters.stop as string[] | undefined) ?? [];
          stops.push(value);
          result.parameters.stop = stops;
        } else {
          result.parameters[key] = typed(value);
        }
        break;
      }
    }
  }
  return result;
}
