/** Minifies one CSS text (the raw source between the backticks, interpolations included). */
export function minifyCss(source: string): string;
