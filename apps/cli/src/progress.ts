import cliProgress from "cli-progress";

/**
 * A progress bar on stderr for long steps (model download, model load, `ollama create`).
 * Only on a terminal: in pipes and CI it prints nothing, so stdout and stderr stay parseable.
 */
export class ProgressBar {
  private bar: cliProgress.SingleBar | undefined;
  private label = "";
  private readonly stream: NodeJS.WriteStream;
  private readonly enabled: boolean;

  constructor(options: { stream?: NodeJS.WriteStream; enabled?: boolean } = {}) {
    this.stream = options.stream ?? process.stderr;
    this.enabled = options.enabled ?? this.stream.isTTY === true;
  }

  /** Show `label` at `fraction` (0..1); a new label starts a new bar. `detail` is shown after it. */
  update(label: string, fraction: number, detail = ""): void {
    if (!this.enabled) return;
    const value = Math.round(Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0)) * 1000);
    if (this.bar && label !== this.label) this.stop();
    if (!this.bar) {
      this.label = label;
      this.bar = new cliProgress.SingleBar(
        {
          format: `${label.padEnd(12)} {bar} {percentage}% {detail}`,
          stream: this.stream,
          hideCursor: true,
          clearOnComplete: true,
          barsize: 30,
          etaBuffer: 20
        },
        cliProgress.Presets.shades_classic
      );
      this.bar.start(1000, value, { detail });
      return;
    }
    this.bar.update(value, { detail });
  }

  stop(): void {
    if (!this.bar) return;
    this.bar.stop();
    this.bar = undefined;
    this.label = "";
  }
}

export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return "";
  const units = ["B", "KB", "MB", "GB", "TB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value.toFixed(unit === 0 ? 0 : 1)} ${units[unit]}`;
}
