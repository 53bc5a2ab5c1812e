/** Stream ids are `<category>-<aggregateId>`; the aggregate id (e.g. `bun_01H...`) never contains `-`'s meaning. */
export function toStreamId(category: string, aggregateId: string): string {
  if (category.length === 0 || category.includes('-')) {
    throw new TypeError(`stream category must be non-empty and contain no "-": ${category}`);
  }
  return `${category}-${aggregateId}`;
}

export function parseStreamId(streamId: string): { category: string; aggregateId: string } {
  const dash = streamId.indexOf('-');
  if (dash <= 0) return { category: streamId, aggregateId: streamId };
  return { category: streamId.slice(0, dash), aggregateId: streamId.slice(dash + 1) };
}
