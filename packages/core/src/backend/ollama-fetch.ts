import { BackendResponseError } from "../errors/backend-response-error.js";

/** What one request's fetch saw; read by the error mapping. */
export interface RequestState {
  /** Response headers arrived. */
  responded: boolean;
  /** The time limit for the first response fired. */
  timedOut: boolean;
}

export interface RequestFetchOptions {
  /** Aborting it cancels the HTTP request, even mid-body (the socket is closed). */
  controller: AbortController;
  /** How long to wait for response headers (Ollama sends them with the first token). */
  headersTimeoutMs?: number | undefined;
  state: RequestState;
}

function isJson(line: string): boolean {
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
}

function malformed(line: string): BackendResponseError {
  const shown = line.length > 80 ? `${line.slice(0, 80)}…` : line;
  return new BackendResponseError({ backend: "ollama", detail: `a stream line that is not JSON (${JSON.stringify(shown)})` });
}

/**
 * Passes an NDJSON body through unchanged but fails it on the first line that is not JSON.
 * The ollama client skips such lines with a console warning, which would silently drop text
 * from a medical answer.
 */
export function validateNdjson(body: ReadableStream<Uint8Array>): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  /** Text of an unfinished line; its bytes were already passed on. */
  let pending = "";
  /** Raised on the next pull, so the good lines before the bad one are delivered first. */
  let failure: BackendResponseError | undefined;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (failure) {
          controller.error(failure);
          return;
        }
        const { done, value } = await reader.read();
        if (done) {
          pending += decoder.decode();
          if (pending.trim() !== "" && !isJson(pending)) controller.error(malformed(pending));
          else controller.close();
          return;
        }
        const carried = pending.length;
        const text = pending + decoder.decode(value, { stream: true });
        let start = 0;
        let newline = text.indexOf("\n");
        while (newline !== -1) {
          const line = text.slice(start, newline);
          if (line.trim() !== "" && !isJson(line)) {
            failure = malformed(line);
            await reader.cancel().catch(() => undefined);
            const good = start > carried ? text.slice(carried, start) : "";
            if (good) controller.enqueue(encoder.encode(good));
            else controller.error(failure);
            return;
          }
          start = newline + 1;
          newline = text.indexOf("\n", start);
        }
        pending = text.slice(start);
        controller.enqueue(value);
      },
      cancel(reason) {
        return reader.cancel(reason);
      }
    },
    { highWaterMark: 0 }
  );
}

/**
 * Gives an error response a JSON `{"error": ...}` body. The ollama client prints to stdout
 * ("Getting text from response") when an error body is not JSON, which would corrupt a CLI's
 * `--json` output.
 */
async function asJsonError(response: Response): Promise<Response> {
  // A response of these statuses cannot carry a body.
  if (response.status < 200 || response.status === 304) return response;
  const text = await response.text().catch(() => "");
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === "object" && typeof (parsed as { error?: unknown }).error === "string") return jsonResponse(text, response);
  } catch {
    // not JSON: wrapped below
  }
  return jsonResponse(JSON.stringify({ error: text.trim() || `${response.status} ${response.statusText}`.trim() }), response);
}

function jsonResponse(body: string, like: Response): Response {
  const headers = new Headers(like.headers);
  headers.set("content-type", "application/json; charset=utf-8");
  headers.delete("content-length");
  return new Response(body, { status: like.status, statusText: like.statusText, headers });
}

/**
 * A fetch for one request: ties it to the request's AbortController (the ollama client only
 * exposes abort() once the stream has started), limits the wait for headers, and validates
 * NDJSON bodies.
 */
export function createRequestFetch(base: typeof fetch, options: RequestFetchOptions): typeof fetch {
  return async (input, init = {}) => {
    const own = options.controller.signal;
    const signal = init.signal ? AbortSignal.any([init.signal, own]) : own;
    const timer =
      options.headersTimeoutMs !== undefined
        ? setTimeout(() => {
            options.state.timedOut = true;
            options.controller.abort();
          }, options.headersTimeoutMs)
        : undefined;
    try {
      const response = await base(input, { ...init, signal });
      options.state.responded = true;
      if (!response.ok) return await asJsonError(response);
      if (!response.body || !response.headers.get("content-type")?.includes("ndjson")) return response;
      return new Response(validateNdjson(response.body), {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers
      });
    } finally {
      if (timer !== undefined) clearTimeout(timer);
    }
  };
}
