export * from './model.js';
export * from './constraints.js';
export { applySchema } from './apply.js';
