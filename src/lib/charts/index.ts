export * from './model.ts';
export * from './axis.ts';
export * from './bars.ts';
export * from './durations.ts';
export * from './follow-ups.ts';
export * from './render.ts';
export * from './incidents.ts';
export * from './time-axis.ts';
