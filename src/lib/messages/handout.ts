/** The handout strings of the interface; part of the one message module, `m.handout` in `$lib/messages`. */
export const handout = {};
