// Public re-exports of the model schemas and types.
export * from './span.js';
export * from './plan.js';
export * from './facts.js';
export * from './finding.js';
export * from './signature.js';
export * from './presentation.js';
