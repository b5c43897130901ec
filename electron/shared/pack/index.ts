// Pack source schemas and the player-visible pack types, safe for the renderer.
export * from './source-schema';
export * from './public-types';
export * from './json-schema';
