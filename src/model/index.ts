export * from './names.js';
export * from './span.js';
export * from './extraction.js';
export * from './parsed.js';
export * from './relation-endpoints.js';
export * from './french-months.js';
export * from './graph-version.js';
export * from './confidence.js';
