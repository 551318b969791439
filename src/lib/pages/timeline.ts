import type { SharedFacts, TimelineEvent } from './facts';

/** What a `<Timeline>` asks for: listed events, a topic's events, or (neither) the explainer's topics'. */
export interface TimelineQuery {
  ids?: readonly string[] | undefined;
  topic?: string | undefined;
}

/** The events a timeline shows, oldest first. Unknown ids are skipped here; the checks report them. */
export function timelineEvents(
  query: TimelineQuery,
  explainerTopics: readonly string[],
  facts: SharedFacts,
): TimelineEvent[] {
  const topics = query.topic === undefined ? explainerTopics : [query.topic];
  const events = query.ids
    ? query.ids.flatMap((id) => facts.events.get(id) ?? [])
    : [...facts.events.values()].filter((event) => event.topics?.some((topic) => topics.includes(topic)));
  return events.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}
