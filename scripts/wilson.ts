/** The Wilson score interval of a proportion `right`/`all`: z 1.96 is 95% two-sided, z 1.28 80% one-sided. */
export function wilsonInterval(right: number, all: number, z = 1.96): [number, number] {
  if (all === 0) return [0, 0];
  const p = right / all;
  const centre = p + (z * z) / (2 * all);
  const spread = z * Math.sqrt((p * (1 - p)) / all + (z * z) / (4 * all * all));
  const scale = 1 + (z * z) / all;
  return [(centre - spread) / scale, (centre + spread) / scale];
}
