/** A progress line on stderr: bar, share, rows, rate and time left, redrawn in place on a terminal. */
export interface TProgress {
  update(bytesRead: number, rows: number): void;
  finish(rows: number): void;
}

const WIDTH = 28;

function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--:--';
  const whole = Math.round(seconds);
  const minutes = Math.floor(whole / 60);
  const hours = Math.floor(minutes / 60);
  const mm = String(minutes % 60).padStart(2, '0');
  const ss = String(whole % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${mm}:${ss}` : `${mm}:${ss}`;
}

export function describeProgress(
  bytesRead: number,
  totalBytes: number,
  rows: number,
  elapsedSeconds: number,
): string {
  const share = totalBytes > 0 ? Math.min(1, bytesRead / totalBytes) : 1;
  const filled = Math.round(share * WIDTH);
  const rate = elapsedSeconds > 0 ? rows / elapsedSeconds : 0;
  const left = share > 0 ? (elapsedSeconds / share) * (1 - share) : Number.NaN;
  return (
    `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${String(Math.floor(share * 100)).padStart(3)} % ` +
    `${rows.toLocaleString('en')} rows  ${Math.round(rate).toLocaleString('en')} rows/s  ETA ${formatDuration(left)}`
  );
}

export function createProgress(
  totalBytes: number,
  write: (text: string) => void,
  interactive: boolean,
): TProgress {
  const started = performance.now();
  let lastPrinted = 0;
  const elapsed = () => (performance.now() - started) / 1000;
  return {
    update(bytesRead, rows) {
      const now = elapsed();
      // On a terminal the line is redrawn; in a log, one line every five seconds is plenty.
      if (!interactive && now - lastPrinted < 5) return;
      lastPrinted = now;
      const line = describeProgress(bytesRead, totalBytes, rows, now);
      write(interactive ? `\r${line}` : `${line}\n`);
    },
    finish(rows) {
      const line = describeProgress(totalBytes, totalBytes, rows, elapsed());
      write(interactive ? `\r${line}\n` : `${line}\n`);
    },
  };
}
