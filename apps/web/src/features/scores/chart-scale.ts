/** A round step (1, 2 or 5 times a power of ten) giving about `count` ticks over the span. */
function niceStep(span: number, count: number): number {
  const raw = span / count || 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
}

/** Round ticks covering [from, to]: the axis is read in the score's own numbers, not 77 or −59. */
export function niceTicks(from: number, to: number, count = 4): number[] {
  const step = niceStep(to - from, count);
  const first = Math.floor(from / step) * step;
  const ticks: number[] = [];
  for (let tick = first; tick <= to + step / 1000; tick += step)
    ticks.push(Number(tick.toFixed(6)));
  if ((ticks.at(-1) ?? from) < to) ticks.push(Number((first + ticks.length * step).toFixed(6)));
  return ticks;
}
