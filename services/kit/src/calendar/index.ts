// The calendar: dates and instants in a time zone (dates.ts), in words (words.ts), each AMAP's zone (zones.ts).
export * from "./dates";
export * from "./words";
export * from "./zones";
