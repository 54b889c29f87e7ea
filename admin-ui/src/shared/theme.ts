import { defaultDarkTheme, defaultLightTheme, type RaThemeOptions } from "react-admin";

/** The system's own fonts: nothing is fetched from a font host. */
export const SYSTEM_FONTS =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Helvetica, Arial, sans-serif';

const withChamp = (base: RaThemeOptions, primary: string): RaThemeOptions => ({
  ...base,
  palette: { ...base.palette, primary: { main: primary }, secondary: { main: "#6d4c41" } },
  typography: { ...base.typography, fontFamily: SYSTEM_FONTS },
});

// Greens with enough contrast for white text (light) and on a dark background (dark).
export const lightTheme = withChamp(defaultLightTheme, "#2e6b30");
export const darkTheme = withChamp(defaultDarkTheme, "#81c784");
