/** The version of the command line. */

declare const __TUMBUH_VERSION__: string;

/** The package version, injected at build time; "0.0.0-dev" when run from source. */
export const VERSION: string = typeof __TUMBUH_VERSION__ === "string" ? __TUMBUH_VERSION__ : "0.0.0-dev";
