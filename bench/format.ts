/** Prints one benchmark figure in the project's format, with its baseline and the ratio. */
export function reportFigure(
  figure: string,
  value: number,
  unit: string,
  baseline: { what: string; value: number; unit?: string },
): void {
  const ratio = baseline.value === 0 ? Number.NaN : value / baseline.value;
  console.log(
    `${figure}: ${round(value)} ${unit} | baseline ${baseline.what}: ${round(baseline.value)} ${baseline.unit ?? unit} | ratio ${ratio.toFixed(2)}`,
  );
}

function round(n: number): string {
  return Math.abs(n) >= 100 ? n.toFixed(0) : n.toFixed(2);
}
