/** Anchor links into the signals list and the timeline, so every reason can point to its signals. */

/** The element id of a signal in the signals list. */
export const signalAnchorId = (signalId: string) => `signal-${signalId}`;

/** The element id of an event on the timeline. */
export const timelineAnchorId = (eventId: string) => `event-${eventId}`;

/** The link to one signal in a youth's signals list. */
export const signalHref = (youthId: string, signalId: string) =>
  `/youths/${youthId}/signals#${signalAnchorId(signalId)}`;

/** The link to one event on a youth's timeline. */
export const timelineHref = (youthId: string, eventId: string) =>
  `/youths/${youthId}/timeline#${timelineAnchorId(eventId)}`;
