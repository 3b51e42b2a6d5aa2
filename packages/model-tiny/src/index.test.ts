import { createHash } from "node:crypto";
import { open, readFile, stat } from "node:fs/promises";
import { isAbsolute } from "node:path";
import { describe, expect, it } from "vitest";
import defaultExport, { modelInfo, modelPath } from "./index.js";

describe("modelPath", () => {
  it("should be an absolute path to the shipped GGUF", async () => {
    expect(isAbsolute(modelPath)).toBe(true);
    expect(modelPath.endsWith(modelInfo.file)).toBe(true);
    expect((await stat(modelPath)).isFile()).toBe(true);
    expect(defaultExport).toBe(modelPath);
  });

  it("should point at a GGUF v3 file", async () => {
    const fh = await open(modelPath, "r");
    try {
      const head = Buffer.alloc(8);
      await fh.read(head, 0, 8, 0);
      expect(head.subarray(0, 4).toString("latin1")).toBe("GGUF");
      expect(head.readUInt32LE(4)).toBe(3);
    } finally {
      await fh.close();
    }
  });
});

describe("modelInfo", () => {
  it("should describe the file that is shipped (size and sha256)", async () => {
    const bytes = await readFile(modelPath);
    expect(bytes.length).toBe(modelInfo.bytes);
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(modelInfo.sha256);
  });

  it("should stay under the repository's 5 MB limit for tracked files", () => {
    expect(modelInfo.bytes).toBeLessThanOrEqual(5_000_000);
  });

  it("should say plainly that it is a demo model and not medical advice", () => {
    expect(modelInfo.demo).toBe(true);
    expect(modelInfo.notice).toMatch(/demo/);
    expect(modelInfo.notice).toMatch(/not medical advice/);
  });
});
