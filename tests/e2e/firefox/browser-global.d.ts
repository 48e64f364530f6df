// In a Firefox extension page the WebExtension API is `browser`, with promises.
declare const browser: import('webextension-polyfill').Browser;
