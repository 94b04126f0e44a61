/** The offline strings of the interface; part of the one message module, `m.offline` in `$lib/messages`. */
export const offline = {};
