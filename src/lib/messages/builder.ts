/** The builder strings of the interface; part of the one message module, `m.builder` in `$lib/messages`. */
export const builder = {};
