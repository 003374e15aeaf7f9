// parley's library API. extract() is pure: text in, Result out; no I/O beyond reading its bundled data once.
export { extract } from './pipeline.js';
export { decodeBytes } from './decode/decode.js';
export { timelineOf, sameMeeting, type TimelineInput } from './timeline/merge.js';
export type { Timeline, TimelineMeeting, Claim, Conflict, Supported } from './timeline/types.js';
export { ParleyError, UsageError, InputError } from './errors.js';
export type * from './types.js';
export type { UserGazetteer } from './gazetteer/load.js';
