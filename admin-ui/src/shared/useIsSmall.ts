import { useMediaQuery, type Theme } from "@mui/material";

/** True on a phone-sized screen, where lists show as simple lines instead of tables. */
export const useIsSmall = () => useMediaQuery<Theme>((theme) => theme.breakpoints.down("sm"));
