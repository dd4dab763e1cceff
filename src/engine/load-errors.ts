// The messages of unreadable inputs, for the rule that reports them (load/unreadable): rules reach the loader's
// vocabulary through the engine, as they do its notes (LoadNote).
export { LOAD_ERROR_MESSAGES } from '../load/messages.js';
