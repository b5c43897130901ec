// The one id pattern: pack, slot and content ids are lowercase kebab-case, so they are safe inside file names.
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
