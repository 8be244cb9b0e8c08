import { useCallback, useEffect, useState } from 'react';

/**
 * The drawing width of a chart: its box's width in CSS pixels, up to `widest`. An SVG drawn in a
 * fixed 640-wide space shrinks its 11 px labels to 5 px on a phone; drawn in the box's own width
 * its text keeps its size and the layout (ticks, labels) adapts instead. The ref is a callback,
 * so a box that appears only once the data is there is measured too.
 */
export function useChartWidth<T extends HTMLElement>(widest: number, narrowest = 280) {
  const [element, setElement] = useState<T | null>(null);
  const [width, setWidth] = useState(widest);
  const ref = useCallback((node: T | null) => setElement(node), []);
  useEffect(() => {
    if (!element) return;
    const update = () => {
      const measured = element.clientWidth;
      if (measured > 0) setWidth(Math.round(Math.min(widest, Math.max(narrowest, measured))));
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, widest, narrowest]);
  return [ref, width] as const;
}
